import { access, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Options of `writeFileAtomic`. */
export interface WriteFileOptions {
  /** Replace a file that exists. @default false */
  readonly overwrite?: boolean;
  /** File mode, e.g. 0o600 for a private key. */
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
 * Writes a file under a temporary name in the same folder, then renames it into place, so a failure never leaves
 * a half-written file behind.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: WriteFileOptions = {},
): Promise<void> {
  if (!options.overwrite && (await exists(path))) throw new FileExistsError(path);
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}-${Date.now()}.partial`;
  try {
    await writeFile(temp, data, { flag: 'wx', ...(options.mode ? { mode: options.mode } : {}) });
    if (!options.overwrite && (await exists(path))) throw new FileExistsError(path);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
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
