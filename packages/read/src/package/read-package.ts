// The exchange-package reader shared by the zip and folder forms: descriptor first, then each listed resource by its
// format and record type, checking the declared size and SHA-256 hash while the bytes stream past.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { nestsDeeperThan } from '../json/json-records';
import { parseJsonText, readJson, readWholeText } from '../json/read-json';
import { readNdjson } from '../json/read-ndjson';
import type { ReadContext } from '../read-context';
import type { InputFile, ReadChunk, ReadEvent } from '../read-event';
import { getOwn, isJsonObject, normalizeJsonValue, type OversizedValue } from '../safe-object';

/** The files of a package, whatever holds them (a zip archive, a folder). */
export interface PackageFiles {
  /** Paths of every file, relative to the folder holding `datapackage.json`, with `/` separators. */
  readonly paths: readonly string[];
  /** The bytes of a file, or undefined when there is no such file. */
  open(path: string): AsyncIterable<Uint8Array> | undefined;
}

/** The descriptor's file name. */
export const DESCRIPTOR_FILE = 'datapackage.json';

// The resource path pattern of the exchange-package schema: relative, `/`-separated, no `..` segment.
const SAFE_PATH = /^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/;
// Files a package may hold besides its resources without being reported: documentation, the signature of a signed
// package (`datapackage.json.sig`, checked by verifyPackage) and the risk report every export writes.
const EXPECTED_EXTRAS =
  /^((readme|license|licence|changelog)(\.[a-z0-9]+)?|datapackage\.json\.sig|risk-report\.json)$/i;

/** Reads a package: yields the descriptor, then every record of every resource, then what is missing or extra. */
export async function* readPackageFiles(
  files: PackageFiles,
  context: ReadContext,
): AsyncGenerator<ReadChunk> {
  const descriptorContext = context.forFile(DESCRIPTOR_FILE);
  const available = new Set(files.paths);
  const descriptorBytes = available.has(DESCRIPTOR_FILE) ? files.open(DESCRIPTOR_FILE) : undefined;
  if (!descriptorBytes) {
    context.report('missing_descriptor', { incomplete: true });
    return;
  }
  const descriptor = await readDescriptor(
    { name: DESCRIPTOR_FILE, bytes: descriptorBytes },
    descriptorContext,
  );
  yield* descriptorContext.drain();
  if (descriptor === undefined) return;
  yield { kind: 'descriptor', descriptor, location: { file: DESCRIPTOR_FILE } };

  const listed = new Set<string>([DESCRIPTOR_FILE]);
  const resources = isJsonObject(descriptor) ? getOwn(descriptor, 'resources') : undefined;
  for (const resource of Array.isArray(resources) ? resources : []) {
    if (!isJsonObject(resource) || typeof resource.path !== 'string') continue;
    const path = resource.path;
    if (!SAFE_PATH.test(path)) {
      descriptorContext.report('invalid_resource_path', {
        params: { file: path },
        incomplete: true,
      });
      yield* descriptorContext.drain();
      continue;
    }
    listed.add(path);
    const bytes = available.has(path) ? files.open(path) : undefined;
    if (!bytes) {
      descriptorContext.report('missing_resource', { params: { file: path } });
      yield* descriptorContext.drain();
      continue;
    }
    yield* readResource(resource, path, bytes, context);
  }
  for (const path of files.paths) {
    if (listed.has(path) || isIgnorable(path)) continue;
    descriptorContext.report('unlisted_file', { params: { file: path } });
  }
  yield* descriptorContext.drain();
}

/** Reads and parses `datapackage.json`, reporting what stops it; returns the NFC-normalised descriptor. */
export async function readDescriptor(file: InputFile, context: ReadContext): Promise<unknown> {
  const text = await readWholeText(file, context, context.limits.maxJsonBytes);
  if (text === undefined) return undefined;
  const parsed = parseJsonText(text, context);
  if (!parsed) return undefined;
  if (nestsDeeperThan(parsed.value, context.limits.maxDepth)) {
    context.report('nesting_too_deep', {
      params: { limit: context.limits.maxDepth },
      incomplete: true,
    });
    return undefined;
  }
  const oversized: OversizedValue[] = [];
  const descriptor = normalizeJsonValue(parsed.value, context.limits.maxCellBytes, oversized);
  for (const cell of oversized) {
    context.report('cell_too_large', {
      path: cell.path,
      params: { bytes: cell.bytes, limit: context.limits.maxCellBytes },
    });
  }
  return descriptor;
}

async function* readResource(
  resource: Record<string, unknown>,
  path: string,
  bytes: AsyncIterable<Uint8Array>,
  context: ReadContext,
): AsyncGenerator<ReadChunk> {
  const resourceContext = context.forFile(path);
  const format = typeof resource.format === 'string' ? resource.format.toLowerCase() : '';
  const declaredHash =
    typeof resource.hash === 'string' && /^sha256:[0-9a-f]{64}$/i.test(resource.hash)
      ? resource.hash.slice(7).toLowerCase()
      : undefined;
  const measured = new MeasuredBytes(bytes, declaredHash !== undefined);
  const options = {
    ...context.options,
    ...(typeof resource.recordType === 'string' ? { recordType: resource.recordType } : {}),
  };
  const file = { name: path, bytes: measured };
  const reader =
    format === 'json'
      ? readJson(file, options)
      : format === 'ndjson'
        ? readNdjson(file, options)
        : undefined;
  if (!reader) {
    yield resourceContext.issue('unsupported_format', { params: { format: format || '?' } });
    return;
  }
  let incomplete = false;
  for await (const chunk of reader) {
    if (isIncomplete(chunk)) incomplete = true;
    yield chunk;
  }
  if (incomplete) return;
  try {
    await measured.finish();
  } catch {
    return;
  }
  if (typeof resource.bytes === 'number' && resource.bytes !== measured.size) {
    yield resourceContext.issue('bytes_mismatch', {
      params: { file: path, declared: resource.bytes, actual: measured.size },
    });
  }
  const actual = measured.hash();
  if (declaredHash !== undefined && actual !== undefined && actual !== declaredHash) {
    yield resourceContext.issue('hash_mismatch', {
      params: { file: path, declared: `sha256:${declaredHash}`, actual: `sha256:${actual}` },
    });
  }
}

/**
 * Passes a byte stream through, counting its bytes and hashing them with SHA-256 (incrementally: Web Crypto can only
 * hash a whole buffer). A reader that stops early does not close the source; `finish` reads the rest.
 */
class MeasuredBytes implements AsyncIterable<Uint8Array> {
  size = 0;
  private done = false;
  private readonly hasher: ReturnType<typeof sha256.create> | undefined;
  private readonly iterator: AsyncIterator<Uint8Array>;

  constructor(source: AsyncIterable<Uint8Array>, hash: boolean) {
    this.iterator = source[Symbol.asyncIterator]();
    this.hasher = hash ? sha256.create() : undefined;
  }

  [Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
    return {
      next: () => this.next(),
      return: async () => ({ done: true, value: undefined }),
    };
  }

  private async next(): Promise<IteratorResult<Uint8Array>> {
    if (this.done) return { done: true, value: undefined };
    const result = await this.iterator.next();
    if (result.done) this.done = true;
    else {
      this.size += result.value.length;
      this.hasher?.update(result.value);
    }
    return result;
  }

  /** Reads whatever the reader left, so the size and hash cover the whole file. */
  async finish(): Promise<void> {
    while (!this.done) await this.next();
  }

  /** Hex SHA-256 of the bytes, once all were read. */
  hash(): string | undefined {
    return this.done && this.hasher ? bytesToHex(this.hasher.digest()) : undefined;
  }
}

/** True for a file a package may hold besides its resources: hidden files, docs, the signature, the risk report. */
export function isIgnorable(path: string): boolean {
  const parts = path.split('/');
  const base = parts[parts.length - 1] ?? '';
  return (
    parts.some((part) => part.startsWith('.') || part === '__MACOSX') ||
    base === 'Thumbs.db' ||
    (parts.length === 1 && EXPECTED_EXTRAS.test(base))
  );
}

/** True when a chunk holds an issue saying its reader stopped early. */
function isIncomplete(chunk: ReadChunk): boolean {
  const events: readonly ReadEvent[] = Array.isArray(chunk) ? chunk : [chunk as ReadEvent];
  return events.some((event) => event.kind === 'issue' && event.incomplete === true);
}
