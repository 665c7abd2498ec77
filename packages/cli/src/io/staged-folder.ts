import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { syncFolder } from './sync-folder';
import { trackTemporaryPath, untrackTemporaryPath } from './temporary-paths';

/** An output folder being built beside its final place. */
export interface StagedFolder {
  /** Where the new folder is written (hand it to the folder sink). */
  readonly path: string;
  /** A private scratch folder beside it, removed with it (record spills). */
  readonly scratch: string;
  /** Puts the new folder in place of the target, whole: the old one, if any, is swapped out and removed. */
  commit(): Promise<void>;
  /** Removes everything staged; the target is untouched. */
  discard(): Promise<void>;
}

/**
 * Stages an output folder: a hidden folder of mode 0700 beside `target` (same file system, so renames are atomic)
 * holds the new folder and scratch space; `commit` renames the old target aside, renames the new one into its
 * place, flushes the parent and removes the old one. Readers of `target` see the old folder or the new one, never a
 * mix of both; a stopped process leaves the hidden folder, which the binary removes on SIGINT and SIGTERM.
 */
export async function stageFolder(target: string, mode: number): Promise<StagedFolder> {
  const parent = dirname(target);
  await mkdir(parent, { recursive: true });
  const root = join(
    parent,
    `.${basename(target)}.vntip-${process.pid}-${randomBytes(4).toString('hex')}`,
  );
  trackTemporaryPath(root);
  await mkdir(root, { mode: 0o700 });
  await chmod(root, 0o700);
  const path = join(root, 'new');
  const scratch = join(root, 'scratch');
  await mkdir(path, { mode });
  await mkdir(scratch, { mode: 0o700 });
  const discard = async () => {
    await rm(root, { recursive: true, force: true });
    untrackTemporaryPath(root);
  };
  return {
    path,
    scratch,
    discard,
    async commit() {
      await rm(scratch, { recursive: true, force: true });
      await chmod(path, mode);
      await syncFolder(path);
      const old = join(root, 'old');
      const existing = await stat(target).catch(() => undefined);
      if (existing) await rename(target, old);
      try {
        await rename(path, target);
      } catch (error) {
        if (existing) await rename(old, target);
        throw error;
      }
      await syncFolder(parent);
      await discard();
    },
  };
}

/** The first visible entry of a folder, or undefined when it is empty or missing. */
export async function firstEntry(folder: string): Promise<string | undefined> {
  try {
    return (await readdir(folder)).find((name) => !name.startsWith('.'));
  } catch {
    return undefined;
  }
}
