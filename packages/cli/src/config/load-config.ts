import { existsSync } from 'node:fs';
import { readFile, realpath } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  type AnyRuleDefinition,
  type ConfiguredRule,
  createRegistry,
  definePlugin,
  type Plugin,
  type Registry,
} from '@vntip/core';
import type { ConfiguredIndicator } from '@vntip/indicators';
import { BUILTIN_INDICATORS } from '@vntip/indicators';
import { BUILTIN_RULES } from '@vntip/validate';
import { CliUsageError } from '../errors';
import type { Translate } from '../messages';
import { ownValue } from '../own-property';

/** A plugin entry of the config file: a module specifier, or `[specifier, options]`. */
export type PluginEntry = string | readonly [string, unknown];

/** What `vntip.config.json` (or `.mjs`, `.ts`) holds. */
export interface VntipConfig {
  /** Plugins, each a specifier or `[specifier, options]`, resolved relative to the config file. */
  readonly plugins?: readonly PluginEntry[];
  /** Rules to turn off (`false`) or to run with options, by id. */
  readonly rules?: Readonly<Record<string, unknown>>;
  /**
   * Indicators to turn off (`false`) or to compute with options, by id, e.g.
   * `{ "sdg-16-2-2": { "population": { "24@124/2004": 1900000 } } }`. An indicator whose options are required runs
   * only when given them here.
   */
  readonly indicators?: Readonly<Record<string, unknown>>;
  /**
   * Public keys (PEM files, relative to the config file) whose signatures are trusted: a package signed by one of them
   * is verified whenever it is read; `--public-key` adds to them.
   */
  readonly trustedKeys?: readonly string[];
  /** Limits of every run, each overridden by its flag (`--max-issues`, `--max-bytes`, `--max-records`). */
  readonly limits?: Partial<RunLimits>;
}

/** How much one run reads and keeps. */
export interface RunLimits {
  /** Issues kept per input (all are counted). @default 1000 */
  readonly maxIssues: number;
  /** Largest input file, and largest JSON document or archive content, in bytes. @default 536870912 (512 MiB) */
  readonly maxBytes: number;
  /** Most records read from one input; past it the input is refused as incomplete. @default 10000000 */
  readonly maxRecords: number;
}

/** The limits when neither flag nor config sets them. */
export const DEFAULT_RUN_LIMITS: RunLimits = Object.freeze({
  maxIssues: 1000,
  maxBytes: 512 * 1024 * 1024,
  maxRecords: 10_000_000,
});

/** A trusted public key from the config. */
export interface TrustedKeyFile {
  /** Absolute path of the PEM file. */
  readonly path: string;
  readonly pem: string;
}

/** The config after loading: the registry of built-ins and plugins, and the rules to run. */
export interface ResolvedConfig {
  /** The config file, when one was loaded. */
  readonly path?: string;
  /** A config file found upward from the working folder but not loaded, as it lies inside this input. */
  readonly ignored?: { readonly path: string; readonly input: string };
  readonly trustedKeys: readonly TrustedKeyFile[];
  readonly limits: Partial<RunLimits>;
  readonly plugins: readonly Plugin[];
  readonly registry: Registry;
  /** Every registered rule, minus those turned off, with the options the config gives. */
  readonly rules: readonly ConfiguredRule[];
  /** Every registered indicator, minus those turned off or lacking required options, with the config's options. */
  readonly indicators: readonly ConfiguredIndicator[];
}

/** Config file names looked for in each folder from the working folder upward, in order. */
export const CONFIG_FILES = ['vntip.config.json', 'vntip.config.mjs', 'vntip.config.ts'];

const builtinRulesPlugin = definePlugin({
  meta: { name: '@vntip/validate', version: '0.1.0', namespace: 'vntip' },
  rules: BUILTIN_RULES as Readonly<Record<string, AnyRuleDefinition>>,
});

const builtinIndicatorsPlugin = definePlugin({
  meta: { name: '@vntip/indicators', version: '0.1.0', namespace: 'vntip' },
  indicators: BUILTIN_INDICATORS,
});

/** The built-in rules and indicators, as plugins; the built-in formats are loaded on demand (they are heavy). */
export const BUILTIN_PLUGINS: readonly Plugin[] = [builtinRulesPlugin, builtinIndicatorsPlugin];

/** What a command needs from the config. */
export interface LoadConfigOptions {
  /** Register the built-in formats too (export, convert, explain). @default false */
  readonly formats?: boolean;
  /** The command's inputs: a config file found inside one of them is data, never code to run. @default [] */
  readonly inputs?: readonly string[];
}

/**
 * Loads the config file named by `--config`, or else the nearest of `CONFIG_FILES` found from `cwd` upward, but only
 * when its folder neither lies inside one of the command's inputs nor holds one (so `cd received-package && vntip
 * validate .` or `… validate data/person.csv` runs no code the sender put there); and registers its plugins beside the built-ins through `createRegistry`, so third-party rules,
 * indicators and formats work like built-ins. Plugins are loaded from the config file only.
 */
export async function loadConfig(
  configPath: string | undefined,
  cwd: string,
  t: Translate,
  options: LoadConfigOptions = {},
): Promise<ResolvedConfig> {
  let path: string | undefined;
  let ignored: ResolvedConfig['ignored'];
  if (configPath) {
    path = resolve(cwd, configPath);
    if (!existsSync(path)) {
      throw new CliUsageError(t('errFileNotFound', { path: configPath }), 'CONFIG_NOT_FOUND');
    }
  } else {
    const found = findConfigUpward(cwd);
    const input = found && (await inputHolding(dirname(found), options.inputs ?? [], cwd));
    if (found && input !== undefined) ignored = { path: found, input };
    else path = found;
  }
  const config = path ? await readConfig(path, t) : {};
  const plugins = [...BUILTIN_PLUGINS];
  if (options.formats) plugins.push((await import('@vntip/exporters')).builtinPlugin);
  for (const entry of config.plugins ?? []) {
    plugins.push(await loadPlugin(entry, path as string, t));
  }
  const registry = createRegistry(plugins);
  const rules: ConfiguredRule[] = [];
  for (const [id, rule] of registry.rules) {
    const setting = ownValue(config.rules, id);
    if (setting === false || setting === 'off') continue;
    rules.push(setting === undefined || setting === true ? rule : [rule, setting]);
  }
  const indicators: ConfiguredIndicator[] = [];
  for (const [id, indicator] of registry.indicators) {
    const setting = ownValue(config.indicators, id);
    if (setting === false || setting === 'off') continue;
    if (setting === undefined || setting === true) {
      if (!indicator.options) indicators.push(indicator);
    } else indicators.push([indicator, setting]);
  }
  const trustedKeys: TrustedKeyFile[] = [];
  for (const file of config.trustedKeys ?? []) {
    const keyPath = resolve(dirname(path as string), file);
    try {
      trustedKeys.push({ path: keyPath, pem: await readFile(keyPath, 'utf8') });
    } catch (error) {
      throw new CliUsageError(
        t('errConfigRead', { path, reason: `trustedKeys: ${reasonOf(error)}` }),
        'CONFIG',
        { cause: error },
      );
    }
  }
  return {
    ...(path ? { path } : {}),
    ...(ignored ? { ignored } : {}),
    plugins,
    registry,
    rules,
    indicators,
    trustedKeys,
    limits: config.limits ?? {},
  };
}

/** The nearest config file from `cwd` upward, or undefined. */
function findConfigUpward(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of CONFIG_FILES) {
      const file = join(dir, name);
      if (existsSync(file)) return file;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * The input (as given) that is the folder `dir`, holds it or lies inside it, comparing real paths; undefined when none
 * does.
 */
async function inputHolding(
  dir: string,
  inputs: readonly string[],
  cwd: string,
): Promise<string | undefined> {
  const real = await realpath(dir).catch(() => dir);
  for (const input of inputs) {
    const path = resolve(cwd, input);
    const inputReal = await realpath(path).catch(() => path);
    const within = (inner: string, outer: string) =>
      inner === outer || inner.startsWith(outer.endsWith(sep) ? outer : outer + sep);
    // Inside an input (`cd received && vntip validate .`), or holding one (`cd received && vntip validate
    // data/person.csv`): either way the config may be the sender's.
    if (within(real, inputReal) || within(inputReal, real)) return input;
  }
  return undefined;
}

async function readConfig(path: string, t: Translate): Promise<VntipConfig> {
  let value: unknown;
  try {
    if (path.endsWith('.json')) {
      value = JSON.parse(await readFile(path, 'utf8'));
    } else if (path.endsWith('.ts')) {
      // Node 20 cannot import TypeScript itself; tsx, an optional peer dependency, transpiles the config (and what
      // it imports) on the fly. Without it a .ts config is refused with the two ways out.
      const { tsImport } = await importTsx(path, t);
      const module = (await tsImport(pathToFileURL(path).href, import.meta.url)) as {
        default?: unknown;
      };
      value = module.default ?? module;
      // Outside an ESM package the file is compiled as CommonJS: its default export arrives wrapped once more.
      const inner = value as { default?: unknown };
      if (typeof inner === 'object' && inner !== null && 'default' in inner) value = inner.default;
    } else {
      const module = (await import(pathToFileURL(path).href)) as { default?: unknown };
      value = module.default ?? module;
    }
  } catch (error) {
    if (error instanceof CliUsageError) throw error;
    throw new CliUsageError(t('errConfigRead', { path, reason: reasonOf(error) }), 'CONFIG', {
      cause: error,
    });
  }
  return checkConfig(value, path, t);
}

async function importTsx(path: string, t: Translate): Promise<typeof import('tsx/esm/api')> {
  try {
    return await import('tsx/esm/api');
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_MODULE_NOT_FOUND') {
      throw new CliUsageError(t('errConfigNeedsTsx', { path }), 'CONFIG', { cause: error });
    }
    throw error;
  }
}

function checkConfig(value: unknown, path: string, t: Translate): VntipConfig {
  const fail = (reason: string) =>
    new CliUsageError(t('errConfigShape', { path, reason }), 'CONFIG');
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw fail('{ "plugins": [...] }');
  }
  const config = value as Record<string, unknown>;
  for (const key of Object.keys(config)) {
    if (!['plugins', 'rules', 'indicators', 'trustedKeys', 'limits', '$schema'].includes(key)) {
      throw fail(`"${key}"?`);
    }
  }
  const trusted = config.trustedKeys;
  if (
    trusted !== undefined &&
    (!Array.isArray(trusted) || !trusted.every((file) => typeof file === 'string'))
  ) {
    throw fail('"trustedKeys" → [ "keys/sender.pub" ]');
  }
  const limits = config.limits;
  if (limits !== undefined) {
    const ok =
      typeof limits === 'object' &&
      limits !== null &&
      !Array.isArray(limits) &&
      Object.entries(limits).every(
        ([name, value]) =>
          Object.hasOwn(DEFAULT_RUN_LIMITS, name) &&
          Number.isSafeInteger(value) &&
          (value as number) > 0,
      );
    if (!ok)
      throw fail('"limits" → { "maxIssues": 1000, "maxBytes": 536870912, "maxRecords": 10000000 }');
  }
  const plugins = config.plugins;
  if (plugins !== undefined) {
    if (!Array.isArray(plugins)) throw fail('"plugins" → [ "specifier" | ["specifier", {…}] ]');
    for (const entry of plugins) {
      const ok =
        typeof entry === 'string' ||
        (Array.isArray(entry) && entry.length <= 2 && typeof entry[0] === 'string');
      if (!ok) throw fail(`"plugins": ${JSON.stringify(entry)}`);
    }
  }
  const rules = config.rules;
  if (
    rules !== undefined &&
    (typeof rules !== 'object' || rules === null || Array.isArray(rules))
  ) {
    throw fail('"rules" → { "rule-id": false | {…} }');
  }
  const indicators = config.indicators;
  if (
    indicators !== undefined &&
    (typeof indicators !== 'object' || indicators === null || Array.isArray(indicators))
  ) {
    throw fail('"indicators" → { "indicator-id": false | {…} }');
  }
  return config as VntipConfig;
}

async function loadPlugin(entry: PluginEntry, configPath: string, t: Translate): Promise<Plugin> {
  const [specifier, options] = typeof entry === 'string' ? [entry, undefined] : entry;
  let exported: unknown;
  try {
    const url = resolveSpecifier(specifier, configPath);
    const module = (await import(url)) as Record<string, unknown>;
    exported = module.default ?? module.plugin ?? module;
  } catch (error) {
    throw new CliUsageError(
      t('errPluginLoad', { specifier, config: configPath, reason: reasonOf(error) }),
      'PLUGIN_LOAD',
      { cause: error },
    );
  }
  const plugin = typeof exported === 'function' ? await exported(options) : exported;
  if (!isPlugin(plugin)) throw new CliUsageError(t('errPluginShape', { specifier }), 'PLUGIN_LOAD');
  return plugin;
}

/** A file URL for a specifier: relative paths against the config's folder, bare names as the config's folder would. */
function resolveSpecifier(specifier: string, configPath: string): string {
  if (specifier.startsWith('.') || isAbsolute(specifier)) {
    return pathToFileURL(resolve(dirname(configPath), specifier)).href;
  }
  return pathToFileURL(createRequire(configPath).resolve(specifier)).href;
}

function isPlugin(value: unknown): value is Plugin {
  const meta = (value as { meta?: Record<string, unknown> } | undefined)?.meta;
  return typeof meta?.name === 'string' && typeof meta.namespace === 'string';
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
