// A strict reader of the zip layout that the package exporter writes and `signPackage` extends: the end record at the
// very end (no comment, one disk, no ZIP64), the central directory right before it, every entry stored or deflated.
// It only locates and inflates entries; what the bytes mean is checked by the callers.
import { createHash } from 'node:crypto';
import { inflateSync } from 'fflate';

/** One entry of the central directory. */
export interface ZipEntryInfo {
  readonly name: string;
  readonly method: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localOffset: number;
  /** Where its central-directory record starts and how long it is. */
  readonly centralOffset: number;
  readonly centralLength: number;
}

/** An archive's entries, in central-directory order, and where that directory lies. */
export interface ZipLayout {
  readonly entries: readonly ZipEntryInfo[];
  readonly directoryOffset: number;
  readonly directorySize: number;
}

/** Why an archive cannot be read. */
export class ZipLayoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipLayoutError';
  }
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const EOCD = 0x06054b50;
const EOCD_SIZE = 22;
/** Entries larger than this are refused before inflating: a package resource is chunked far below it. */
const MAX_ENTRY_BYTES = 1024 * 1024 * 1024;

/** Reads the end record and the central directory; throws `ZipLayoutError` on anything it does not expect. */
export function readZipLayout(bytes: Uint8Array): ZipLayout {
  const view = viewOf(bytes);
  const eocd = bytes.length - EOCD_SIZE;
  if (eocd < 0 || view.getUint32(eocd, true) !== EOCD) {
    throw new ZipLayoutError('no end-of-central-directory record at the end of the file');
  }
  const count = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (
    view.getUint16(eocd + 4, true) !== 0 ||
    view.getUint16(eocd + 6, true) !== 0 ||
    view.getUint16(eocd + 8, true) !== count ||
    view.getUint16(eocd + 20, true) !== 0
  ) {
    throw new ZipLayoutError('the end record names several disks or carries a comment');
  }
  if (directoryOffset + directorySize !== eocd) {
    throw new ZipLayoutError('the central directory does not end where the end record starts');
  }
  const entries: ZipEntryInfo[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL) {
      throw new ZipLayoutError(`central directory record ${i + 1} is damaged`);
    }
    const nameLength = view.getUint16(at + 28, true);
    const length = 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (at + length > eocd)
      throw new ZipLayoutError(`central directory record ${i + 1} is cut short`);
    entries.push({
      name: new TextDecoder('utf-8', { fatal: true }).decode(
        bytes.subarray(at + 46, at + 46 + nameLength),
      ),
      method: view.getUint16(at + 10, true),
      crc32: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
      centralOffset: at,
      centralLength: length,
    });
    at += length;
  }
  if (at !== eocd) throw new ZipLayoutError('the central directory has trailing bytes');
  return { entries, directoryOffset, directorySize };
}

/** Where an entry's data starts, from its local header. */
export function entryDataOffset(bytes: Uint8Array, entry: ZipEntryInfo): number {
  const view = viewOf(bytes);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) {
    throw new ZipLayoutError(`the local header of ${entry.name} is missing`);
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) {
    throw new ZipLayoutError(`${entry.name} is cut short`);
  }
  return start;
}

/** The uncompressed bytes of an entry, checked against its declared size and CRC-32. */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntryInfo): Uint8Array {
  if (entry.uncompressedSize > MAX_ENTRY_BYTES) {
    throw new ZipLayoutError(`${entry.name} is larger than ${MAX_ENTRY_BYTES} bytes`);
  }
  const start = entryDataOffset(bytes, entry);
  const data = bytes.subarray(start, start + entry.compressedSize);
  let content: Uint8Array;
  if (entry.method === 0) content = data;
  else if (entry.method === 8) {
    try {
      content = inflateSync(data, { out: new Uint8Array(entry.uncompressedSize) });
    } catch (error) {
      throw new ZipLayoutError(`${entry.name} does not inflate: ${String(error)}`);
    }
  } else throw new ZipLayoutError(`${entry.name} uses compression method ${entry.method}`);
  if (content.length !== entry.uncompressedSize || crc32(content) !== entry.crc32) {
    throw new ZipLayoutError(`${entry.name} does not match its size or CRC-32`);
  }
  return content;
}

/** `sha256:<hex>` of some bytes. */
export function sha256Label(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** The ZIP end-of-central-directory record for one disk and no comment. */
export function endRecord(
  count: number,
  directorySize: number,
  directoryOffset: number,
): Uint8Array {
  const out = new Uint8Array(EOCD_SIZE);
  const view = viewOf(out);
  view.setUint32(0, EOCD, true);
  view.setUint16(8, count, true);
  view.setUint16(10, count, true);
  view.setUint32(12, directorySize, true);
  view.setUint32(16, directoryOffset, true);
  return out;
}

/** DOS time and date of every entry the package format writes: 2000-01-01 00:00. */
export const FIXED_DOS_TIME = 0;
export const FIXED_DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;

/** A stored (uncompressed) entry: its local header with data, and its central-directory record. */
export function storedEntry(
  name: string,
  content: Uint8Array,
  localOffset: number,
): { local: Uint8Array; central: Uint8Array } {
  const nameBytes = new TextEncoder().encode(name);
  const crc = crc32(content);
  const local = new Uint8Array(30 + nameBytes.length + content.length);
  const lv = viewOf(local);
  lv.setUint32(0, LOCAL, true);
  lv.setUint16(4, 20, true);
  writeCommon(lv, 8, crc, content.length, nameBytes.length);
  local.set(nameBytes, 30);
  local.set(content, 30 + nameBytes.length);
  const central = new Uint8Array(46 + nameBytes.length);
  const cv = viewOf(central);
  cv.setUint32(0, CENTRAL, true);
  cv.setUint16(4, 20, true);
  cv.setUint16(6, 20, true);
  writeCommon(cv, 10, crc, content.length, nameBytes.length);
  cv.setUint32(42, localOffset, true);
  central.set(nameBytes, 46);
  return { local, central };
}

/** Concatenates byte arrays. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** True when two byte arrays are equal. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

// --- Internal helpers ---

/** Method (stored), time, date, CRC, sizes and name length, starting at the method field. */
function writeCommon(
  view: DataView,
  methodAt: number,
  crc: number,
  size: number,
  nameLength: number,
): void {
  view.setUint16(methodAt, 0, true);
  view.setUint16(methodAt + 2, FIXED_DOS_TIME, true);
  view.setUint16(methodAt + 4, FIXED_DOS_DATE, true);
  view.setUint32(methodAt + 6, crc, true);
  view.setUint32(methodAt + 10, size, true);
  view.setUint32(methodAt + 14, size, true);
  view.setUint16(methodAt + 18, nameLength, true);
}

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
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

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++)
    c = (CRC_TABLE[(c ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** The descriptor of an exchange package. */
export const DESCRIPTOR_FILE = 'datapackage.json';
/** The signature of a signed package, beside the descriptor. */
export const SIGNATURE_FILE = 'datapackage.json.sig';
