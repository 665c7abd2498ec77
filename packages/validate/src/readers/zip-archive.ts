// A guarded zip reader over fflate's inflate: it reads the central directory, refuses archives over the limits
// before inflating anything, and stops inflating an entry as soon as it grows past what the directory declared.
import { Inflate } from 'fflate';
import { ReaderError } from './read-context';
import type { ReadLimits } from './read-options';

/** One file of a zip archive, as its central directory describes it. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
  readonly isDirectory: boolean;
}

/** A zip archive whose directory was read and checked against the limits. */
export interface ZipArchive {
  readonly bytes: Uint8Array;
  readonly entries: readonly ZipEntry[];
}

/** Why an archive cannot be read: the issue code to report and its params. */
export class ZipError extends ReaderError {
  constructor(
    code:
      | 'invalid_archive'
      | 'archive_too_large'
      | 'archive_too_many_files'
      | 'archive_ratio_exceeded',
    params: Readonly<Record<string, unknown>>,
  ) {
    super(code, params);
    this.name = 'ZipError';
  }
}

/** Entries smaller than this are not held to the compression-ratio limit: a small file cannot be a bomb. */
export const RATIO_MIN_BYTES = 1024 * 1024;
const INFLATE_SLICE = 16 * 1024;

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Reads the central directory of a zip archive and checks the limits (file count, total size, ratio); throws `ZipError`. */
export function openZipArchive(bytes: Uint8Array, limits: ReadLimits): ZipArchive {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) {
    throw new ZipError('invalid_archive', {
      detail: 'end of central directory not found (truncated file?)',
    });
  }
  let count = view.getUint16(eocd + 10, true);
  let directorySize = view.getUint32(eocd + 12, true);
  let directoryOffset = view.getUint32(eocd + 16, true);
  if (view.getUint16(eocd + 4, true) !== 0 || view.getUint16(eocd + 6, true) !== 0) {
    throw new ZipError('invalid_archive', { detail: 'multi-volume archives are not supported' });
  }
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || view.getUint32(locator, true) !== EOCD64_LOCATOR) {
      throw new ZipError('invalid_archive', {
        detail: 'ZIP64 end of central directory locator missing',
      });
    }
    const record = safeNumber(view.getBigUint64(locator + 8, true));
    if (record + 56 > bytes.length || view.getUint32(record, true) !== EOCD64) {
      throw new ZipError('invalid_archive', { detail: 'ZIP64 end of central directory missing' });
    }
    count = safeNumber(view.getBigUint64(record + 32, true));
    directorySize = safeNumber(view.getBigUint64(record + 40, true));
    directoryOffset = safeNumber(view.getBigUint64(record + 48, true));
  }
  if (count > limits.maxArchiveFiles) {
    throw new ZipError('archive_too_many_files', { count, limit: limits.maxArchiveFiles });
  }
  if (directoryOffset + directorySize > bytes.length) {
    throw new ZipError('invalid_archive', {
      detail: 'central directory outside the file (truncated file?)',
    });
  }
  const entries: ZipEntry[] = [];
  let total = 0;
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) {
      throw new ZipError('invalid_archive', {
        detail: `central directory entry ${i + 1} is damaged`,
      });
    }
    const entry = readCentralEntry(bytes, view, at);
    at = entry.next;
    entries.push(entry.entry);
    const { uncompressedSize, compressedSize, name } = entry.entry;
    total += uncompressedSize;
    if (total > limits.maxArchiveBytes) {
      throw new ZipError('archive_too_large', { size: total, limit: limits.maxArchiveBytes });
    }
    if (
      uncompressedSize > RATIO_MIN_BYTES &&
      uncompressedSize > Math.max(compressedSize, 1) * limits.maxCompressionRatio
    ) {
      throw new ZipError('archive_ratio_exceeded', {
        name,
        ratio: Math.round(uncompressedSize / Math.max(compressedSize, 1)),
        limit: limits.maxCompressionRatio,
      });
    }
  }
  return { bytes, entries };
}

function readCentralEntry(
  bytes: Uint8Array,
  view: DataView,
  at: number,
): { entry: ZipEntry; next: number } {
  const flags = view.getUint16(at + 8, true);
  const method = view.getUint16(at + 10, true);
  const crc32 = view.getUint32(at + 16, true);
  let compressedSize = view.getUint32(at + 20, true);
  let uncompressedSize = view.getUint32(at + 24, true);
  const nameLength = view.getUint16(at + 28, true);
  const extraLength = view.getUint16(at + 30, true);
  const commentLength = view.getUint16(at + 32, true);
  let localHeaderOffset = view.getUint32(at + 42, true);
  const next = at + 46 + nameLength + extraLength + commentLength;
  if (next > bytes.length)
    throw new ZipError('invalid_archive', { detail: 'central directory entry cut short' });
  const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
  const name = new TextDecoder('utf-8').decode(nameBytes);
  // ZIP64 extended information: the 64-bit values of the fields set to 0xFFFFFFFF, in this order.
  let extra = at + 46 + nameLength;
  const extraEnd = extra + extraLength;
  while (extra + 4 <= extraEnd) {
    const id = view.getUint16(extra, true);
    const size = view.getUint16(extra + 2, true);
    if (id === 0x0001) {
      let field = extra + 4;
      const read = () => {
        if (field + 8 > extra + 4 + size)
          throw new ZipError('invalid_archive', { detail: 'bad ZIP64 field' });
        const value = safeNumber(view.getBigUint64(field, true));
        field += 8;
        return value;
      };
      if (uncompressedSize === 0xffffffff) uncompressedSize = read();
      if (compressedSize === 0xffffffff) compressedSize = read();
      if (localHeaderOffset === 0xffffffff) localHeaderOffset = read();
    }
    extra += 4 + size;
  }
  return {
    entry: {
      name,
      method,
      flags,
      crc32,
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
      isDirectory: name.endsWith('/'),
    },
    next,
  };
}

function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at--) {
    if (
      view.getUint32(at, true) === EOCD &&
      at + 22 + view.getUint16(at + 20, true) <= view.byteLength
    ) {
      return at;
    }
  }
  return -1;
}

function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new ZipError('invalid_archive', { detail: 'size or offset too large' });
  }
  return Number(value);
}

/** Counts the bytes inflated across the entries of one archive, against the archive's total limit. */
export class InflateBudget {
  private used = 0;

  constructor(private readonly limit: number) {}

  /** Adds `bytes`; throws `archive_too_large` when the total passes the limit. */
  spend(bytes: number): void {
    this.used += bytes;
    if (this.used > this.limit)
      throw new ZipError('archive_too_large', { size: this.used, limit: this.limit });
  }
}

/**
 * Yields the uncompressed bytes of an entry in chunks, inflating a slice at a time; stops with `ZipError` when the
 * data is corrupt, truncated or larger than declared, or when the CRC-32 does not match.
 */
export function* inflateEntry(
  archive: ZipArchive,
  entry: ZipEntry,
  budget: InflateBudget,
): Generator<Uint8Array> {
  const { bytes } = archive;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) {
    throw new ZipError('invalid_archive', { detail: `local header of ${entry.name} not found` });
  }
  if (entry.flags & 1)
    throw new ZipError('invalid_archive', { detail: `${entry.name} is encrypted` });
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length)
    throw new ZipError('invalid_archive', {
      detail: `${entry.name} is cut short (truncated file?)`,
    });
  const data = bytes.subarray(start, end);
  const crc = new Crc32();
  let produced = 0;
  const accept = (chunk: Uint8Array) => {
    produced += chunk.length;
    if (produced > entry.uncompressedSize) {
      throw new ZipError('invalid_archive', {
        detail: `${entry.name} inflates past its declared size`,
      });
    }
    budget.spend(chunk.length);
    crc.update(chunk);
  };
  if (entry.method === 0) {
    for (let offset = 0; offset < data.length; offset += INFLATE_SLICE) {
      const chunk = data.subarray(offset, offset + INFLATE_SLICE);
      accept(chunk);
      yield chunk;
    }
  } else if (entry.method === 8) {
    const output: Uint8Array[] = [];
    const inflater = new Inflate((chunk) => {
      accept(chunk);
      output.push(chunk);
    });
    for (let offset = 0; offset < data.length || offset === 0; offset += INFLATE_SLICE) {
      const final = offset + INFLATE_SLICE >= data.length;
      try {
        inflater.push(data.subarray(offset, offset + INFLATE_SLICE), final);
      } catch (error) {
        if (error instanceof ZipError) throw error;
        throw new ZipError('invalid_archive', {
          detail: `${entry.name}: ${error instanceof Error ? error.message : String(error)}`,
        });
      }
      yield* output.splice(0, output.length);
      if (final) break;
    }
  } else {
    throw new ZipError('invalid_archive', {
      detail: `${entry.name} uses unsupported compression method ${entry.method}`,
    });
  }
  if (produced !== entry.uncompressedSize || crc.digest() !== entry.crc32) {
    throw new ZipError('invalid_archive', {
      detail: `${entry.name} is damaged (size or CRC-32 mismatch)`,
    });
  }
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO 3309, as zip uses it), updated chunk by chunk. */
export class Crc32 {
  private value = 0xffffffff;

  update(chunk: Uint8Array): void {
    let c = this.value;
    for (let i = 0; i < chunk.length; i++)
      c = (CRC_TABLE[(c ^ (chunk[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
    this.value = c;
  }

  digest(): number {
    return (this.value ^ 0xffffffff) >>> 0;
  }
}
