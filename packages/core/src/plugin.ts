import type { AnyExporterDefinition } from './exporter';
import type { AnyImporterDefinition } from './importer';
import type { AnyIndicatorDefinition } from './indicator';
import type { AnyRuleDefinition } from './rule';

/** Static facts about a plugin package. */
export interface PluginMeta {
  /** Package name, e.g. `vntip-plugin-acme`. */
  readonly name: string;
  readonly version: string;
  /** Prefix of the plugin's ids, e.g. `acme` for `acme/no-empty-title` or `acme/province-sheet`. */
  readonly namespace: string;
}

/** A bundle of extensions a third party ships; built-ins use the same shape. */
export interface Plugin {
  readonly meta: PluginMeta;
  /** Rules keyed by id. */
  readonly rules?: Readonly<Record<string, AnyRuleDefinition>>;
  /** Indicators keyed by id. */
  readonly indicators?: Readonly<Record<string, AnyIndicatorDefinition>>;
  /** Exporters keyed by id. */
  readonly exporters?: Readonly<Record<string, AnyExporterDefinition>>;
  /** Importers keyed by id. */
  readonly importers?: Readonly<Record<string, AnyImporterDefinition>>;
}

/** Declares a plugin. An identity function for type inference. */
export function definePlugin<P extends Plugin>(plugin: P): P {
  return plugin;
}
