import { randomBytes } from 'node:crypto';
import { access, mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { syncFolder } from './sync-folder';
import { trackTemporaryPath, untrackTemporaryPath } from './temporary-paths';

/** Options of `writeFileAtomic`. */
export interface WriteFileOptions {
  /** Replace a file that exists. @default false */
  readonly overwrite?: boolean;
  /** File mode, exact (not narrowed by the umask): e.g. 0o600 for a private key or victims' data. @default 0o644 */
  readonly mode?: number;
}

/** Thrown when the target exists and `overwrite` is off. */
export class FileExistsError extends Error {
  constructor(readonly path: string) {
    super(`${path} exists`);
    this.name = 'FileExistsError';
  }
}

/**
 * Writes a file under a temporary name in the same folder (mode 0600 while it is written), flushes it to disk, gives it
 * its mode and renames it into place, then flushes the folder: a failure or a crash never leaves a half-written file
 * under the real name, and a stopped process leaves no `*.partial` (the binary removes the tracked temporary files).
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: WriteFileOptions = {},
): Promise<void> {
  if (!options.overwrite && (await exists(path))) throw new FileExistsError(path);
  await mkdir(dirname(path), { recursive: true });
  const temp = join(
    dirname(path),
    `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.partial`,
  );
  trackTemporaryPath(temp);
  try {
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.chmod(0o600);
      await handle.writeFile(data);
      await handle.sync();
      await handle.chmod(options.mode ?? 0o644);
    } finally {
      await handle.close();
    }
    if (!options.overwrite && (await exists(path))) throw new FileExistsError(path);
    await rename(temp, path);
    untrackTemporaryPath(temp);
    await syncFolder(dirname(path));
  } catch (error) {
    await rm(temp, { force: true });
    untrackTemporaryPath(temp);
    throw error;
  }
}

/** True when something exists at `path`. */
export async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
