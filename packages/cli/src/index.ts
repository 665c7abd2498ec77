/**
 * The `vntip` command as a function: `run(argv, io)` parses the arguments, runs the command and returns the exit
 * code, writing only to the streams it is given. The `vntip` binary calls it with the process's streams.
 * @packageDocumentation
 */
import { isVntipError, PluginError } from '@vntip/core';
import { CommanderError } from 'commander';
import { createCommandContext } from './commands/context';
import {
  CliUsageError,
  EXIT_CODES,
  type ExitCode,
  internalErrorCode,
  isSystemError,
  suggest,
} from './errors';
import type { CliIo } from './io/cli-io';
import { createOutput } from './io/output';
import { createTranslator, type Translate } from './messages';
import { createProgram, detectLocale, unknownLang } from './program';
import { reportInternalError } from './report-internal-error';

export type { ExitCode } from './errors';
export { EXIT_CODES } from './errors';
export type { CliIo, OutputStream } from './io/cli-io';

/**
 * Runs `vntip` with the arguments after the program name and returns its exit code: 0 clean, 1 data errors,
 * 2 usage or system errors. It never calls `process.exit`.
 * @example
 * const code = await run(['validate', 'examples/bac-giang-2024', '--lang', 'en'], {
 *   stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd(),
 * });
 */
export async function run(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const locale = detectLocale(argv, io.env);
  const t = createTranslator(locale);
  let exitCode: ExitCode = EXIT_CODES.OK;
  const ctx = createCommandContext(io, locale, t, (code) => {
    exitCode = code;
  });
  const program = createProgram(ctx);
  const json = argv.includes('--json');
  const debug = argv.includes('--debug');
  const out = createOutput(io, { locale, json, quiet: false });
  try {
    const lang = unknownLang(argv);
    if (lang !== undefined) throw new CliUsageError(t('errUnknownLang', { lang }), 'UNKNOWN_LANG');
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help'
      ) {
        return EXIT_CODES.OK;
      }
      if (error.code === 'commander.executeSubCommandAsync') return EXIT_CODES.USAGE_OR_SYSTEM;
      out.error(
        commanderMessage(
          error,
          t,
          program.commands.map((c) => c.name()),
        ),
        error.code,
      );
      return EXIT_CODES.USAGE_OR_SYSTEM;
    }
    if (error instanceof CliUsageError) {
      out.error(error.message, error.code);
      if (debug && error.cause instanceof Error) io.stderr.write(`${error.cause.stack}\n`);
      return error.exitCode;
    }
    if (isVntipError(error) || isSystemError(error)) {
      out.error(systemMessage(error, t), error.code);
    } else {
      reportInternalError(error, io, t, json);
    }
    if (debug && error instanceof Error) io.stderr.write(`${error.stack}\n`);
    return EXIT_CODES.USAGE_OR_SYSTEM;
  }
}

/** Commander's English error, translated by its code. */
function commanderMessage(error: CommanderError, t: Translate, commands: string[]): string {
  const quoted = /'([^']*)'/.exec(error.message)?.[1];
  const detail = quoted ?? error.message.replace(/^error:\s*/, '');
  switch (error.code) {
    case 'commander.unknownOption':
      return t('errUnknownOption', { detail });
    case 'commander.unknownCommand': {
      const near = suggest(detail, commands);
      const hint = near.length > 0 ? ` ${t('didYouMean', { suggestions: near.join(', ') })}` : '';
      return `${t('errUnknownCommand', { detail })}${hint}`;
    }
    case 'commander.missingArgument':
      return t('errMissingArgument', { detail });
    case 'commander.optionMissingArgument':
    case 'commander.missingMandatoryOptionValue':
      return t('errOptionMissingArgument', { detail });
    case 'commander.excessArguments':
      return t('errExcessArguments', { detail: error.message.replace(/^error:\s*/, '') });
    default:
      return t('errUsageGeneric', { detail: error.message.replace(/^error:\s*/, '') });
  }
}

/** A thrown error as a vi/en message: coded VN-TIP errors by their code, anything else as a program error. */
function systemMessage(error: unknown, t: Translate): string {
  if (error instanceof PluginError) {
    const cause = error.cause instanceof Error ? error.cause.message : String(error.cause);
    return t('errPluginFailed', { plugin: error.plugin, hook: error.hook, detail: cause });
  }
  if (isVntipError(error)) {
    const detail = error.message.replace(/^\[vntip\]\s*/, '');
    switch (error.code) {
      case 'MISSING_PSEUDONYM_KEY':
        return t('errKeyMissing', { profile: '' }).replace('  ', ' ');
      case 'INVALID_PSEUDONYM_KEY':
        return t('errKeyInvalid');
      case 'DUPLICATE_PLUGIN_ID':
        return t('errDuplicatePlugin', { detail });
      case 'SINK_FAILED':
        return t('errSinkFailed', { detail });
      case 'PROFILE_NOT_HONOURED':
        return t('errProfileNotHonoured');
      case 'INVALID_PLUGIN_OPTIONS':
        return t('errBadOptions', { what: detail.split(']')[0]?.replace('[', '') ?? '', detail });
      default:
        return t('errVntip', { code: error.code, message: detail });
    }
  }
  if (isSystemError(error)) {
    return t('errSystem', {
      code: error.code,
      call: error.syscall,
      path: error.path ?? '',
      reason: error.message,
    });
  }
  return t('errInternal', { code: internalErrorCode(error) });
}
