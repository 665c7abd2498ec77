import { type FileHandle, open } from 'node:fs/promises';

/** Flushes a folder's entries (renames into it) to disk; a no-op where a folder cannot be opened (Windows). */
export async function syncFolder(path: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, 'r');
    await handle.sync();
  } catch {
    // The files themselves were flushed; only the folder entry may be lost on a crash.
  } finally {
    await handle?.close();
  }
}
