#!/usr/bin/env node
// The `vntip` binary: hands the process's arguments and streams to `run` and exits with its code. It alone touches the
// process: closed pipes, errors that escape `run`, and SIGINT/SIGTERM (temporary files removed, then 130/143).
import { EXIT_CODES } from './errors';
import { run } from './index';
import { pipeSafeStream } from './io/pipe-safe-stream';
import { removeTemporaryPaths } from './io/temporary-paths';
import { createTranslator } from './messages';
import { detectLocale } from './program';
import { reportInternalError } from './report-internal-error';

const argv = process.argv.slice(2);
const stdout = pipeSafeStream(process.stdout);
const stderr = pipeSafeStream(process.stderr);

function fatal(error: unknown): void {
  removeTemporaryPaths();
  reportInternalError(
    error,
    { stderr },
    createTranslator(detectLocale(argv, process.env)),
    argv.includes('--json'),
  );
  if (argv.includes('--debug') && error instanceof Error) stderr.write(`${error.stack}\n`);
  process.exit(EXIT_CODES.USAGE_OR_SYSTEM);
}
process.on('uncaughtException', fatal);
process.on('unhandledRejection', fatal);
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  process.on(signal, () => {
    removeTemporaryPaths();
    process.exit(code);
  });
}

const code = await run(argv, { stdout, stderr, env: process.env, cwd: process.cwd() });
// A write error is emitted on a later tick: let it arrive before judging the output.
await new Promise((done) => setImmediate(done));
const lost = stdout.failure();
if (lost) {
  // The output did not all get out (a full disk): say so, and never let the exit code pass for success or findings.
  const reason = (lost as NodeJS.ErrnoException).code ?? lost.message;
  stderr.write(
    `vntip: the output could not be written (${reason}) · không ghi được kết quả (${reason})\n`,
  );
}
process.exitCode = lost ? EXIT_CODES.USAGE_OR_SYSTEM : code;
