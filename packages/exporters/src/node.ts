// Node-only entry (`@vntip/exporters/node`): a sink that writes files into a folder, and a folder as import input.
import { createReadStream } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { access, mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { type ImportFile, isSafeSinkPath, type Sink, VntipError } from '@vntip/core';

/** Options of `createFolderSink`. */
export interface FolderSinkOptions {
  /** Replace files that already exist in the folder. @default false */
  readonly overwrite?: boolean;
  /**
   * Mode of every file once the export commits, e.g. `0o644` for a public release. While the export runs each file is
   * a `*.partial` of mode 0600, whatever this says, so a stopped export leaves nothing readable by others.
   * @default 0o600
   */
  readonly mode?: number;
}

/**
 * A sink that writes each file into `dir` (created when missing) under a temporary name, and renames every file to
 * its real name only when the export commits; when it aborts, the temporary files and the folders it created are
 * deleted, so a failed export leaves nothing behind. Writes are awaited, so a slow disk slows the exporter down instead of filling memory.
 * Each file is created with mode 0600, flushed to disk (fsync) before it is renamed, and given `mode` (default 0600)
 * when it is renamed; the folder is flushed after the renames, so a crash leaves either the old name or the whole file.
 * @example
 * await exportRecords(records, { exporter: csvExporter, sink: createFolderSink('out'), profile: 'internal' });
 */
export function createFolderSink(dir: string, options: FolderSinkOptions = {}): Sink {
  const root = resolve(dir);
  const mode = options.mode ?? PARTIAL_MODE;
  const pending: PendingFile[] = [];
  let counter = 0;
  /** Folders `open` created, to remove on abort. */
  const created: string[] = [];
  return {
    async open(path) {
      if (!isSafeSinkPath(path)) {
        throw new VntipError('INVALID_ARGUMENT', `The path "${path}" is not a safe relative path.`);
      }
      const final = join(root, ...path.split('/'));
      if (!options.overwrite && (await exists(final))) {
        throw new VntipError(
          'INVALID_ARGUMENT',
          `${final} already exists. Choose an empty folder or set overwrite.`,
        );
      }
      const made = await mkdir(dirname(final), { recursive: true });
      if (made) created.push(made);
      const temp = `${final}.${process.pid}-${counter++}.partial`;
      const file: PendingFile = { temp, final, handle: undefined };
      pending.push(file);
      const handle = await open(temp, 'wx', PARTIAL_MODE);
      // The mode asked of open() is narrowed by the umask, never widened; chmod makes it exact.
      await handle.chmod(PARTIAL_MODE);
      file.handle = handle;
      return {
        async write(chunk) {
          await handle.write(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
        },
        async close() {
          if (!file.handle) return;
          file.handle = undefined;
          await handle.close();
        },
      };
    },
    async commit() {
      const folders = new Set<string>();
      for (const file of pending) {
        const handle = file.handle ?? (await open(file.temp, 'r+'));
        file.handle = undefined;
        try {
          await handle.sync();
          await handle.chmod(mode);
        } finally {
          await handle.close();
        }
        await rename(file.temp, file.final);
        folders.add(dirname(file.final));
      }
      pending.length = 0;
      for (const folder of folders) await syncFolder(folder);
    },
    async abort() {
      for (const file of pending) {
        await file.handle?.close().catch(() => undefined);
        file.handle = undefined;
        await rm(file.temp, { force: true });
      }
      pending.length = 0;
      // Folders this export created go too: they hold nothing but the temporary files just removed.
      for (const dir of created) await rm(dir, { recursive: true, force: true });
      created.length = 0;
    },
  };
}

/**
 * The files directly inside a folder whose extension is one of `extensions` (all when empty), sorted by name, each
 * streamed from disk when read: the input of `importRecords`.
 * @example
 * for await (const chunk of importRecords(await folderFiles('out', ['csv']), { importer: csvImporter })) …
 */
export async function folderFiles(
  dir: string,
  extensions: readonly string[] = [],
): Promise<ImportFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .filter(
      (entry) =>
        extensions.length === 0 ||
        extensions.some((ext) => entry.name.toLowerCase().endsWith(`.${ext}`)),
    )
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ name, bytes: streamFile(join(dir, name)) }));
}

// --- Internal helpers ---

/** Mode of a file while it is written: readable by its owner only. */
const PARTIAL_MODE = 0o600;

/** Flushes a folder's entries (the renames into it) to disk; a no-op where folders cannot be opened. */
async function syncFolder(path: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, 'r');
    await handle.sync();
  } catch {
    // Some platforms (Windows) cannot fsync a folder; the files themselves were flushed.
  } finally {
    await handle?.close();
  }
}

interface PendingFile {
  readonly temp: string;
  readonly final: string;
  handle: FileHandle | undefined;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

async function* streamFile(path: string): AsyncGenerator<Uint8Array> {
  for await (const chunk of createReadStream(path)) yield chunk as Uint8Array;
}
