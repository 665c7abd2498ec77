import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { CliUsageError } from '../errors';
import type { Translate } from '../messages';

/** What a command is about to write, and what it read. */
export interface OutputCheck {
  /** The output as the user gave it (for messages). */
  readonly output: string;
  /** Every path the command reads: inputs, targets, keys, option and config files. */
  readonly inputs: readonly string[];
  /** The folder relative paths are resolved against. */
  readonly cwd: string;
}

/**
 * Refuses an output that is, or is inside, or holds one of the command's inputs, whatever `--overwrite` says:
 * `vntip report pkg --out pkg/datapackage.json` would destroy the package it just read. Paths are compared as real
 * paths (links resolved, also for an output that does not exist yet, through its nearest existing folder) and, for a
 * file that exists, by device and inode, so a hard link is caught too. Returns the output's absolute path.
 */
export async function refuseInputAsOutput(check: OutputCheck, t: Translate): Promise<string> {
  const target = resolve(check.cwd, check.output);
  const real = await realTarget(target);
  const targetInfo = await stat(real).catch(() => undefined);
  for (const input of check.inputs) {
    const inputPath = resolve(check.cwd, input);
    const inputReal = await realpath(inputPath).catch(() => inputPath);
    const inputInfo = await stat(inputReal).catch(() => undefined);
    const sameFile =
      targetInfo !== undefined &&
      inputInfo !== undefined &&
      targetInfo.dev === inputInfo.dev &&
      targetInfo.ino === inputInfo.ino;
    if (sameFile || real === inputReal || isInside(real, inputReal) || isInside(inputReal, real)) {
      throw new CliUsageError(
        t('errOutputIsInput', { output: check.output, input }),
        'OUTPUT_IS_INPUT',
      );
    }
  }
  return target;
}

/** True when `path` lies strictly inside the folder `folder`. */
function isInside(path: string, folder: string): boolean {
  const prefix = folder.endsWith(sep) ? folder : folder + sep;
  return path.startsWith(prefix);
}

/** The real path of a target that may not exist yet: its nearest existing ancestor resolved, the rest appended. */
async function realTarget(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    const parent = dirname(path);
    if (parent === path) return path;
    return join(await realTarget(parent), basename(path));
  }
}
