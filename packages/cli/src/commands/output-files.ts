import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CliUsageError } from '../errors';
import { refuseInputAsOutput } from '../io/output-path';
import { trackTemporaryPath, untrackTemporaryPath } from '../io/temporary-paths';
import { exists, FileExistsError, writeFileAtomic } from '../io/write-file';
import type { CommandContext } from './context';

/**
 * Checks a file a command will write before it reads anything: never one of `inputs` (nor inside or holding one),
 * whatever `--overwrite` says; not an existing file unless `overwrite`. Returns its absolute path.
 */
export async function checkOutputFile(
  ctx: CommandContext,
  output: string,
  overwrite: boolean,
  inputs: readonly string[],
): Promise<string> {
  const path = await refuseInputAsOutput({ output, inputs, cwd: ctx.io.cwd }, ctx.t);
  if (!overwrite && (await exists(path))) {
    throw new CliUsageError(ctx.t('errFileExistsOverwrite', { path: output }), 'FILE_EXISTS');
  }
  return path;
}

/** Writes a checked output file atomically (fsync, then rename); a file that appeared meanwhile is refused. */
export async function writeOutputFile(
  ctx: CommandContext,
  path: string,
  shown: string,
  data: string | Uint8Array,
  options: { overwrite: boolean; mode: number },
): Promise<void> {
  try {
    await writeFileAtomic(resolve(ctx.io.cwd, path), data, options);
  } catch (error) {
    if (error instanceof FileExistsError) {
      throw new CliUsageError(ctx.t('errFileExistsOverwrite', { path: shown }), 'FILE_EXISTS');
    }
    throw error;
  }
}

/** Runs `work` with a private temporary folder (mode 0700) that is removed afterwards, and on SIGINT/SIGTERM. */
export async function withScratch<T>(work: (folder: string) => Promise<T>): Promise<T> {
  const folder = await mkdtemp(join(tmpdir(), 'vntip-'));
  trackTemporaryPath(folder);
  try {
    return await work(folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
    untrackTemporaryPath(folder);
  }
}
