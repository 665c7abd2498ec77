import type { Locale } from '@vntip/schema';
import type { Command } from 'commander';
import { type LoadConfigOptions, loadConfig, type ResolvedConfig } from '../config/load-config';
import { CliUsageError, type ExitCode } from '../errors';
import type { CliIo } from '../io/cli-io';
import { createOutput, type Output } from '../io/output';
import type { MessageKey, Translate } from '../messages';

/** The options every command takes. */
export interface GlobalOptions {
  readonly lang: Locale;
  readonly json: boolean;
  readonly quiet: boolean;
  readonly config?: string;
  readonly debug: boolean;
}

/** What a command gets when it runs. */
export interface CommandRun {
  readonly out: Output;
  readonly globals: GlobalOptions;
  /** Loads the config file and its plugins (once); `formats` adds the built-in formats. */
  config(options?: LoadConfigOptions): Promise<ResolvedConfig>;
}

/** What the program gives every command while it is being defined and run. */
export interface CommandContext {
  readonly io: CliIo;
  readonly locale: Locale;
  readonly t: Translate;
  /** Starts a run of a command: global options, output and config. */
  start(command: Command): CommandRun;
  /** Sets the exit code of the run. */
  exit(code: ExitCode): void;
}

/** Checks that an option's value is one of `choices`; otherwise a usage error naming them. */
export function oneOf<T extends string>(
  t: Translate,
  option: string,
  value: string | undefined,
  choices: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new CliUsageError(t('errBadChoice', { option, value, choices: choices.join(', ') }));
}

/** Creates the context of one `run`. */
export function createCommandContext(
  io: CliIo,
  locale: Locale,
  t: Translate,
  setExit: (code: ExitCode) => void,
): CommandContext {
  return {
    io,
    locale,
    t,
    exit: setExit,
    start(command) {
      const raw = command.optsWithGlobals() as Record<string, unknown>;
      const globals: GlobalOptions = {
        lang: locale,
        json: raw.json === true,
        quiet: raw.quiet === true,
        debug: raw.debug === true,
        ...(typeof raw.config === 'string' ? { config: raw.config } : {}),
      };
      const out = createOutput(io, { locale, json: globals.json, quiet: globals.quiet });
      let loaded: Promise<ResolvedConfig> | undefined;
      return {
        out,
        globals,
        config: (options) => {
          loaded ??= loadConfig(globals.config, io.cwd, t, options).then((config) => {
            if (config.path) out.info(t('configLoaded', { path: config.path }));
            if (config.ignored) out.warn(t('configIgnored', config.ignored));
            return config;
          });
          return loaded;
        },
      };
    },
  };
}

/** A description in the run's language. */
export function describe(ctx: CommandContext, key: MessageKey): string {
  return ctx.t(key);
}
