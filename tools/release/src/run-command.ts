// Runs a command with the release tools' binaries (publint, attw, tsc of the consumer) on PATH; output captured.
import { spawn } from 'node:child_process';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = join(dirname(fileURLToPath(import.meta.url)), '../node_modules/.bin');

export interface CommandResult {
  /** The exit code; null when the command was killed (by the timeout). */
  readonly status: number | null;
  /** stdout and stderr, interleaved as they came. */
  readonly output: string;
}

export interface CommandOptions {
  readonly cwd: string;
  readonly env?: Readonly<Record<string, string>>;
  /** @default 300_000 */
  readonly timeoutMs?: number;
}

/** Runs `command` and resolves when it ends, whatever its exit code. */
export function runCommand(
  command: string,
  args: readonly string[],
  options: CommandOptions,
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: {
        ...process.env,
        NO_COLOR: '1',
        ...options.env,
        PATH: `${BIN}${delimiter}${process.env.PATH ?? ''}`,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: options.timeoutMs ?? 300_000,
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (status) =>
      resolve({ status, output: Buffer.concat(chunks).toString('utf8') }),
    );
  });
}
