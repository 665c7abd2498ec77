// The one zip reader of VN-TIP (packages, XLSX workbooks, signing and verifying, imports), over fflate's inflate: it
// reads the central directory, refuses archives over the limits or with a doubtful layout (overlapping entries, a
// local header naming another file, two entries of one name) before inflating anything, and stops inflating an entry
// as soon as it grows past what the directory declared.
import { Inflate } from 'fflate';
import { ReaderError } from '../read-context';
import type { ReadLimits } from '../read-options';

/** One file of a zip archive, as its central directory describes it. */
export interface ZipEntry {
  /** The name in the directory (the same bytes as in the local header), `/`-separated; a folder's ends with `/`. */
  readonly name: string;
  /** Compression method: 0 stored, 8 deflated (the only two read). */
  readonly method: number;
  /** General-purpose flags (bit 0: encrypted, refused; bit 3: sizes in a data descriptor). */
  readonly flags: number;
  /** CRC-32 of the uncompressed bytes, as declared. */
  readonly crc32: number;
  /** Size of the stored data, as declared (the ZIP64 value when present). */
  readonly compressedSize: number;
  /** Size of the uncompressed bytes, as declared (the ZIP64 value when present). */
  readonly uncompressedSize: number;
  /** Where the entry's local header starts. */
  readonly localHeaderOffset: number;
  /** Where the entry's data starts, after its local header. */
  readonly dataOffset: number;
  /** Where its central-directory record starts. */
  readonly centralOffset: number;
  /** Its central-directory record's length, name, extra field and comment included. */
  readonly centralLength: number;
  /** True for a folder entry (its name ends with `/`). */
  readonly isDirectory: boolean;
}

/** A zip archive whose directory was read and checked against the limits. */
export interface ZipArchive {
  /** The whole archive. */
  readonly bytes: Uint8Array;
  /** The entries in central-directory order. */
  readonly entries: readonly ZipEntry[];
  /** Where the central directory starts. */
  readonly directoryOffset: number;
  /** The central directory's length in bytes. */
  readonly directorySize: number;
  /** Where the end-of-central-directory record starts (the classic one, after any ZIP64 records). */
  readonly endOffset: number;
  /** True when the archive uses ZIP64 records. */
  readonly zip64: boolean;
}

/** The issue codes a zip archive is refused with. */
export type ZipErrorCode =
  | 'invalid_archive'
  | 'archive_duplicate_entry'
  | 'archive_entry_overlap'
  | 'archive_name_collision'
  | 'archive_name_mismatch'
  | 'archive_too_large'
  | 'archive_too_many_files'
  | 'archive_ratio_exceeded'
  | 'archive_unsafe_entry_name';

/** Why an archive cannot be read: the issue code to report and its params. */
export class ZipError extends ReaderError {
  /** The issue code the archive is refused with. */
  declare readonly code: ZipErrorCode;

  constructor(code: ZipErrorCode, params: Readonly<Record<string, unknown>>) {
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

/**
 * Reads the central directory of a zip archive and checks it before anything is inflated: the limits (file count,
 * total declared size, ratio), every entry name safe to unpack (no absolute path, `..` part or backslash), every
 * local header present and naming the same file as its directory record, no two entries of one name (nor of names
 * that differ only in letter case or Unicode normalisation), and no entry's bytes overlapping another's or the
 * directory. Throws `ZipError`.
 */
export function openZipArchive(
  bytes: Uint8Array,
  limits: Pick<ReadLimits, 'maxArchiveBytes' | 'maxArchiveFiles' | 'maxCompressionRatio'>,
): ZipArchive {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) {
    throw new ZipError('invalid_archive', {
      detail: 'end of central directory not found (truncated file?)',
    });
  }
  let zip64 = false;
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
    zip64 = true;
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
  checkLayout(bytes, view, entries, directoryOffset, directorySize);
  return { bytes, entries, directoryOffset, directorySize, endOffset: eocd, zip64 };
}

/**
 * Refuses an archive whose entries could be read differently by another tool: a name that unpacks outside the
 * folder, a name used twice (which one wins depends on the tool) or two names one file on Windows or macOS, a local
 * header that names another file than its directory record, or entries sharing bytes (the trick of overlapping-file
 * zip bombs, and a way to make one entry's data another's).
 */
function checkLayout(
  bytes: Uint8Array,
  view: DataView,
  entries: ZipEntry[],
  directoryOffset: number,
  directorySize: number,
): void {
  const names = new Map<string, string>();
  for (const entry of entries) {
    if (isUnsafeEntryName(entry.name)) {
      throw new ZipError('archive_unsafe_entry_name', { name: entry.name });
    }
    const key = entry.name.normalize('NFC').toLowerCase();
    const earlier = names.get(key);
    if (earlier !== undefined) {
      throw new ZipError(
        earlier === entry.name ? 'archive_duplicate_entry' : 'archive_name_collision',
        { name: entry.name, other: earlier },
      );
    }
    names.set(key, entry.name);
  }
  const spans: { start: number; end: number; name: string }[] = [];
  for (const [index, entry] of entries.entries()) {
    const at = entry.localHeaderOffset;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) {
      throw new ZipError('invalid_archive', { detail: `local header of ${entry.name} not found` });
    }
    const nameLength = view.getUint16(at + 26, true);
    const dataOffset = at + 30 + nameLength + view.getUint16(at + 28, true);
    if (dataOffset + entry.compressedSize > bytes.length) {
      throw new ZipError('invalid_archive', {
        detail: `${entry.name} is cut short (truncated file?)`,
      });
    }
    const localName = bytes.subarray(at + 30, at + 30 + nameLength);
    const centralName = bytes.subarray(
      entry.centralOffset + 46,
      entry.centralOffset + 46 + view.getUint16(entry.centralOffset + 28, true),
    );
    if (!equalBytes(localName, centralName)) {
      throw new ZipError('archive_name_mismatch', {
        name: entry.name,
        local: new TextDecoder('utf-8').decode(localName),
      });
    }
    entries[index] = { ...entry, dataOffset };
    spans.push({ start: at, end: dataOffset + entry.compressedSize, name: entry.name });
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i] as (typeof spans)[number];
    const next = spans[i + 1];
    if (next && next.start < span.end) {
      throw new ZipError('archive_entry_overlap', { name: next.name, other: span.name });
    }
    if (span.end > directoryOffset && span.start < directoryOffset + directorySize) {
      throw new ZipError('archive_entry_overlap', { name: span.name, other: 'central directory' });
    }
  }
}

/**
 * True for an entry name an unzip tool could write outside the folder it unpacks into, or write elsewhere on another
 * system: an absolute path (`/x`, `C:/x`, `c:x`), a `..` part, or a backslash (a separator on Windows, so `..\x`).
 */
function isUnsafeEntryName(name: string): boolean {
  if (name.includes('\\') || name.startsWith('/') || /^[A-Za-z]:/.test(name)) return true;
  return name.split('/').includes('..');
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
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
      dataOffset: 0,
      centralOffset: at,
      centralLength: next - at,
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
  if (entry.flags & 1)
    throw new ZipError('invalid_archive', { detail: `${entry.name} is encrypted` });
  const start = entry.dataOffset;
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

/** The whole uncompressed content of an entry, inflated as `inflateEntry` does (same checks, same budget). */
export function inflateEntryBytes(
  archive: ZipArchive,
  entry: ZipEntry,
  budget: InflateBudget,
): Uint8Array {
  const out = new Uint8Array(entry.uncompressedSize);
  let offset = 0;
  for (const chunk of inflateEntry(archive, entry, budget)) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
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
