import { guardReader, ReadContext } from '../read-context';
import type { InputFile, ReadChunk } from '../read-event';
import type { ReadOptions } from '../read-options';
import { collectArchiveBytes } from './collect-archive-bytes';
import { DESCRIPTOR_FILE, type PackageFiles, readPackageFiles } from './read-package';
import {
  InflateBudget,
  inflateEntry,
  openZipArchive,
  type ZipArchive,
  type ZipEntry,
} from './zip-archive';

/**
 * Reads an exchange package packed as a zip: `datapackage.json` at the root of the archive, or inside its one
 * top-level folder. The archive limits (file count, total uncompressed size, compression ratio) are checked from the
 * central directory before anything is inflated, and enforced again while inflating; a truncated or damaged archive
 * becomes an `invalid_archive` issue marked incomplete. Entries are inflated one at a time, as the readers consume them.
 */
export function readPackageZip(
  file: InputFile,
  options: ReadOptions = {},
): AsyncIterable<ReadChunk> {
  const context = new ReadContext(file.name, options);
  return guardReader(context, () => readPackageZipEvents(file, context));
}

async function* readPackageZipEvents(
  file: InputFile,
  context: ReadContext,
): AsyncGenerator<ReadChunk> {
  const { limits } = context;
  const bytes = await collectArchiveBytes(file, context);
  if (!bytes) return;
  const archive = openZipArchive(bytes, limits);
  yield* readPackageFiles(
    zipPackageFiles(archive, new InflateBudget(limits.maxArchiveBytes)),
    context,
  );
}

/** The files of a zip package, rooted at the folder that holds `datapackage.json`. */
function zipPackageFiles(archive: ZipArchive, budget: InflateBudget): PackageFiles {
  const files = archive.entries.filter((entry) => !entry.isDirectory);
  const root = packageRoot(files);
  const byPath = new Map<string, ZipEntry>();
  for (const entry of files) {
    if (entry.name.startsWith(root)) byPath.set(entry.name.slice(root.length), entry);
  }
  return {
    paths: [...byPath.keys()],
    open(path) {
      const entry = byPath.get(path);
      if (!entry) return undefined;
      return (async function* () {
        yield* inflateEntry(archive, entry, budget);
      })();
    },
  };
}

function packageRoot(entries: readonly ZipEntry[]): string {
  if (entries.some((entry) => entry.name === DESCRIPTOR_FILE)) return '';
  const nested = entries.filter((entry) => /^[^/]+\/datapackage\.json$/.test(entry.name));
  const only = nested.length === 1 ? nested[0] : undefined;
  return only ? only.name.slice(0, -DESCRIPTOR_FILE.length) : '';
}
