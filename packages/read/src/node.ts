// Node-only entry (`@vntip/read/node`): readers that need the file system.
import { createReadStream } from 'node:fs';
import { readdir, readFile as readTextFile, realpath, stat } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';
import {
  DESCRIPTOR_FILE,
  isIgnorable,
  type PackageFiles,
  readPackageFiles,
} from './package/read-package';
import { guardReader, ReadContext } from './read-context';
import type { ReadChunk } from './read-event';
import { readFile } from './read-file';
import type { ReadOptions } from './read-options';

/**
 * Reads an exchange package from a folder holding `datapackage.json`: the descriptor, then each listed resource,
 * streamed from disk. Resource paths that leave the folder (`..`, links pointing outside) are not read. A folder with
 * no exchange-package descriptor (none at all, or the Frictionless `tabular-data-package` the CSV exporter writes
 * beside its tables) is a set of data files, read one after the other as `readFile` reads each (`person.csv`,
 * `Hỗ trợ.xlsx`), documentation and the risk report left aside.
 * @example
 * const result = await validate(readPackageFolder('examples/bac-giang-2024'));
 */
export function readPackageFolder(
  dir: string,
  options: ReadOptions = {},
): AsyncIterable<ReadChunk> {
  const context = new ReadContext(basename(resolve(dir)), options);
  return guardReader(context, () => readFolderEvents(dir, context));
}

/**
 * Reads a path: a folder as an exchange package, a file with `readFile` (streamed from disk).
 * @example
 * for await (const chunk of readPath('data/people.csv'))
 *   for (const event of Array.isArray(chunk) ? chunk : [chunk]) console.log(event.kind);
 */
export function readPath(path: string, options: ReadOptions = {}): AsyncIterable<ReadChunk> {
  const context = new ReadContext(basename(path), options);
  return guardReader(context, async function* () {
    const info = await stat(path);
    if (info.isDirectory()) {
      yield* readPackageFolder(path, options);
      return;
    }
    yield* readFile({ name: basename(path), bytes: createReadStream(path) }, options);
  });
}

async function* readFolderEvents(dir: string, context: ReadContext): AsyncGenerator<ReadChunk> {
  const root = await realpath(resolve(dir));
  const paths = await listFiles(root, context.limits.maxArchiveFiles);
  if (paths === undefined) {
    context.report('archive_too_many_files', {
      params: {
        count: `> ${context.limits.maxArchiveFiles}`,
        limit: context.limits.maxArchiveFiles,
      },
      incomplete: true,
    });
    return;
  }
  const files: PackageFiles = {
    paths,
    open(path) {
      return openInside(root, path);
    },
  };
  const data = paths.filter(isDataFile);
  if (data.length > 0 && !(await holdsExchangeDescriptor(root, paths))) {
    for (const path of data) {
      const bytes = files.open(path);
      if (bytes) yield* readFile({ name: path, bytes }, context.options);
    }
    return;
  }
  yield* readPackageFiles(files, context);
}

/** Data files readFile reads, outside any hidden folder, besides the descriptor, its signature and the docs. */
const DATA_FILE = /\.(csv|tsv|json|ndjson|jsonl|xlsx|xlsm)$/i;

function isDataFile(path: string): boolean {
  return path !== DESCRIPTOR_FILE && DATA_FILE.test(path) && !isIgnorable(path);
}

/** True unless the folder has no `datapackage.json`, or one that is a Frictionless tabular data package. */
async function holdsExchangeDescriptor(root: string, paths: readonly string[]): Promise<boolean> {
  if (!paths.includes(DESCRIPTOR_FILE)) return false;
  try {
    const text = await readTextFile(join(root, DESCRIPTOR_FILE), 'utf8');
    const descriptor = JSON.parse(text) as { profile?: unknown } | null;
    return descriptor?.profile !== 'tabular-data-package';
  } catch {
    // Unreadable or not JSON: the package reader says what is wrong with it.
    return true;
  }
}

/** Relative `/`-separated paths of the regular files under a folder, or undefined past `limit` files. */
async function listFiles(root: string, limit: number): Promise<string[] | undefined> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const paths: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const parent =
      (entry as { parentPath?: string; path?: string }).parentPath ??
      (entry as { path?: string }).path ??
      root;
    paths.push(relative(root, join(parent, entry.name)).split(sep).join('/'));
    if (paths.length > limit) return undefined;
  }
  return paths.sort();
}

/** Streams a file of the package, refusing one whose real location is outside the package folder. */
function openInside(root: string, path: string): AsyncIterable<Uint8Array> | undefined {
  const full = resolve(root, ...path.split('/'));
  if (full !== root && !full.startsWith(root + sep)) return undefined;
  return (async function* () {
    const real = await realpath(full);
    if (!real.startsWith(root + sep)) throw new Error(`${path} points outside the package folder`);
    yield* createReadStream(real) as AsyncIterable<Uint8Array>;
  })();
}
