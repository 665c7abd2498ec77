import type { Locale } from '@vntip/schema';
import { createTranslator, type Translate } from '../messages';
import type { CliIo } from './cli-io';
import { createProgress, type Progress } from './progress';
import { terminalJson, terminalText } from './terminal-text';

/** Global output settings, from the command line and the environment. */
export interface OutputOptions {
  readonly locale: Locale;
  /** Data and errors as JSON; no progress, no side messages. */
  readonly json: boolean;
  /** No progress and no side messages; errors and data still print. */
  readonly quiet: boolean;
}

/** Text styles; each is the identity when colour is off. */
export interface Paint {
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  bold(text: string): string;
  dim(text: string): string;
}

/** How commands print: data to stdout, everything else to stderr. */
export interface Output extends OutputOptions {
  readonly t: Translate;
  readonly io: CliIo;
  /** Styles for stdout. */
  readonly paint: Paint;
  /** Styles for stderr. */
  readonly paintErr: Paint;
  /**
   * Writes data to stdout as is: the caller has passed every data-derived part through `terminalText` (the pretty
   * printers do), or the bytes are a file's (HTML, whose text is escaped for HTML and for the terminal).
   */
  data(text: string | Uint8Array): void;
  /** Writes a value to stdout as JSON (`terminalJson`), indented by 2 unless `indent` says otherwise. */
  printJson(value: unknown, indent?: number): void;
  /** A side message on stderr; silent with --quiet or --json. */
  info(text: string): void;
  /** A warning on stderr (a JSON line with --json); printed even with --quiet. */
  warn(text: string): void;
  /** An error on stderr (a JSON line with --json); always printed. */
  error(text: string, code?: string): void;
  /** A progress bar on stderr, only on a terminal, not under CI, --quiet or --json. */
  progress(label: string, total?: number): Progress;
}

/** True when colour may be used on a stream: a terminal, NO_COLOR unset, not a dumb terminal. */
export function colorEnabled(io: CliIo, stream: 'stdout' | 'stderr'): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.TERM === 'dumb') return false;
  return io[stream].isTTY === true;
}

/** Creates the output of one run. */
export function createOutput(io: CliIo, options: OutputOptions): Output {
  const t = createTranslator(options.locale);
  const paint = createPaint(!options.json && colorEnabled(io, 'stdout'));
  const paintErr = createPaint(!options.json && colorEnabled(io, 'stderr'));
  const progressOn = !options.quiet && !options.json && io.stderr.isTTY === true && !isCi(io.env);
  const line = (level: string, text: string, code?: string) =>
    `${terminalJson({ level, ...(code ? { code } : {}), message: text })}\n`;
  return {
    ...options,
    t,
    io,
    paint,
    paintErr,
    data(text) {
      io.stdout.write(text);
    },
    printJson(value, indent = 2) {
      io.stdout.write(`${terminalJson(value, indent)}\n`);
    },
    // Side messages are one line each: the whole text is escaped, so a newline from data cannot start another.
    info(text) {
      if (options.quiet || options.json) return;
      io.stderr.write(`${terminalText(text)}\n`);
    },
    warn(text) {
      if (options.json) io.stderr.write(line('warning', text));
      else io.stderr.write(`${paintErr.yellow(`${t('warningPrefix')}:`)} ${terminalText(text)}\n`);
    },
    error(text, code) {
      if (options.json) io.stderr.write(line('error', text, code));
      else io.stderr.write(`${paintErr.red(`${t('errorPrefix')}:`)} ${terminalText(text)}\n`);
    },
    progress(label, total) {
      return createProgress(io.stderr, label, total, progressOn);
    },
  };
}

/** True under a CI service (the CI variable set to anything but false or 0). */
export function isCi(env: CliIo['env']): boolean {
  const ci = env.CI;
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}

function createPaint(on: boolean): Paint {
  const style = (open: number, close: number) => (text: string) =>
    on ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  return {
    red: style(31, 39),
    green: style(32, 39),
    yellow: style(33, 39),
    bold: style(1, 22),
    dim: style(2, 22),
  };
}
