import type { AnyExporterDefinition } from './exporter';
import type { AnyImporterDefinition } from './importer';
import type { AnyIndicatorDefinition } from './indicator';
import type { Plugin } from './plugin';
import type { AnyRuleDefinition } from './rule';
import { VntipError } from './vntip-error';

/** The extensions of a set of plugins, by id; built-ins and third parties alike. */
export interface Registry {
  readonly rules: ReadonlyMap<string, AnyRuleDefinition>;
  readonly indicators: ReadonlyMap<string, AnyIndicatorDefinition>;
  readonly exporters: ReadonlyMap<string, AnyExporterDefinition>;
  readonly importers: ReadonlyMap<string, AnyImporterDefinition>;
  /** The rule with this id; throws `UNKNOWN_PLUGIN_ID` naming the known ids. */
  rule(id: string): AnyRuleDefinition;
  indicator(id: string): AnyIndicatorDefinition;
  exporter(id: string): AnyExporterDefinition;
  importer(id: string): AnyImporterDefinition;
}

type Kind = 'rules' | 'indicators' | 'exporters' | 'importers';
const KINDS: readonly Kind[] = ['rules', 'indicators', 'exporters', 'importers'];
const SINGULAR: Readonly<Record<Kind, string>> = {
  rules: 'rule',
  indicators: 'indicator',
  exporters: 'exporter',
  importers: 'importer',
};

/**
 * Collects the rules, indicators, exporters and importers of plugins by id. Each key must equal its definition's
 * `meta.id`, and an id may appear once per kind across all plugins; otherwise `DUPLICATE_PLUGIN_ID` or
 * `INVALID_ARGUMENT` is thrown, naming both plugins.
 * @example
 * const registry = createRegistry([builtinPlugin, acmePlugin]);
 * const exporter = registry.exporter('csv');
 */
export function createRegistry(plugins: readonly Plugin[]): Registry {
  const maps = {
    rules: new Map<string, AnyRuleDefinition>(),
    indicators: new Map<string, AnyIndicatorDefinition>(),
    exporters: new Map<string, AnyExporterDefinition>(),
    importers: new Map<string, AnyImporterDefinition>(),
  };
  const owners = new Map<string, string>();
  for (const plugin of plugins) {
    for (const kind of KINDS) {
      const entries = plugin[kind] as
        | Readonly<Record<string, { meta: { id: string } }>>
        | undefined;
      for (const [key, definition] of Object.entries(entries ?? {})) {
        if (definition.meta.id !== key) {
          throw new VntipError(
            'INVALID_ARGUMENT',
            `The ${SINGULAR[kind]} "${definition.meta.id}" is listed under the key "${key}"; key it by its id.`,
            { scope: plugin.meta.name },
          );
        }
        const owner = owners.get(`${kind}:${key}`);
        if (owner !== undefined) {
          throw new VntipError(
            'DUPLICATE_PLUGIN_ID',
            `Both ${owner} and ${plugin.meta.name} define the ${SINGULAR[kind]} "${key}". Remove one of the plugins.`,
            { scope: plugin.meta.name },
          );
        }
        owners.set(`${kind}:${key}`, plugin.meta.name);
        (maps[kind] as Map<string, unknown>).set(key, definition);
      }
    }
  }
  const lookup =
    <T>(kind: Kind, map: ReadonlyMap<string, T>) =>
    (id: string): T => {
      const found = map.get(id);
      if (found === undefined) {
        const known = [...map.keys()].sort().join(', ') || '(none)';
        throw new VntipError(
          'UNKNOWN_PLUGIN_ID',
          `No ${SINGULAR[kind]} is named "${id}". Known: ${known}. Check the name or add the plugin that defines it.`,
        );
      }
      return found;
    };
  return {
    ...maps,
    rule: lookup('rules', maps.rules),
    indicator: lookup('indicators', maps.indicators),
    exporter: lookup('exporters', maps.exporters),
    importer: lookup('importers', maps.importers),
  };
}
