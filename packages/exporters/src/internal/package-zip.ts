// The zip layout that the package exporter writes and `signPackage` extends, read with the one bounded zip reader of
// `@vntip/read` (limits, duplicate names, local/central name mismatch, overlapping entries), then held to the
// stricter shape signing needs: the end record at the very end (no comment, one disk, no ZIP64), the central
// directory right before it. It only locates and inflates entries; what the bytes mean is checked by the callers.
import { createHash } from 'node:crypto';
import {
  DEFAULT_READ_LIMITS,
  InflateBudget,
  inflateEntryBytes,
  openZipArchive,
  type ReadLimits,
  type ZipArchive,
  type ZipEntry,
} from '@vntip/read';

/** One entry of the central directory. */
export type ZipEntryInfo = ZipEntry;

/** An archive's entries, in central-directory order, where that directory lies, and what may still be inflated. */
export interface ZipLayout {
  readonly archive: ZipArchive;
  readonly entries: readonly ZipEntryInfo[];
  readonly directoryOffset: number;
  readonly directorySize: number;
  /** The bytes inflated from this archive so far, against `maxArchiveBytes`. */
  readonly budget: InflateBudget;
}

/** Why an archive does not have the layout signing needs (the zip reader's own refusals are `ZipError`s). */
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

/**
 * Reads the end record and the central directory with the bounded zip reader (which throws `ZipError` for an
 * archive over the limits or with a doubtful layout), then throws `ZipLayoutError` for anything signing does not
 * expect.
 */
export function readZipLayout(
  bytes: Uint8Array,
  limits: Pick<
    ReadLimits,
    'maxArchiveBytes' | 'maxArchiveFiles' | 'maxCompressionRatio'
  > = DEFAULT_READ_LIMITS,
): ZipLayout {
  const archive = openZipArchive(bytes, limits);
  const view = viewOf(bytes);
  const eocd = bytes.length - EOCD_SIZE;
  if (archive.zip64 || archive.endOffset !== eocd) {
    throw new ZipLayoutError('the end record is not at the very end of the file, or it is ZIP64');
  }
  if (
    view.getUint16(eocd + 8, true) !== archive.entries.length ||
    view.getUint16(eocd + 20, true) !== 0
  ) {
    throw new ZipLayoutError('the end record names several disks or carries a comment');
  }
  if (archive.directoryOffset + archive.directorySize !== eocd) {
    throw new ZipLayoutError('the central directory does not end where the end record starts');
  }
  const last = archive.entries.at(-1);
  const directoryEnd = last ? last.centralOffset + last.centralLength : archive.directoryOffset;
  if (directoryEnd !== eocd) throw new ZipLayoutError('the central directory has trailing bytes');
  return {
    archive,
    entries: archive.entries,
    directoryOffset: archive.directoryOffset,
    directorySize: archive.directorySize,
    budget: new InflateBudget(limits.maxArchiveBytes),
  };
}

/**
 * The uncompressed bytes of an entry, checked against its declared size and CRC-32, counted against the archive's
 * `maxArchiveBytes`; throws `ZipError`.
 */
export function readZipEntry(layout: ZipLayout, entry: ZipEntryInfo): Uint8Array {
  return inflateEntryBytes(layout.archive, entry, layout.budget);
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
