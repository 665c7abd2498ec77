// The readers moved to `@vntip/read` in 0.2. These aliases keep the old imports of `@vntip/validate` working for one
// minor version; each is marked deprecated so editors strike it through and point to the new home.
import * as read from '@vntip/read';

/** @deprecated Since 0.2 the readers live in `@vntip/read`: import `readFile` from there. Removed in 0.3. */
export const readFile: typeof read.readFile = read.readFile;
/** @deprecated Since 0.2 the readers live in `@vntip/read`: import `sniffFormat` from there. Removed in 0.3. */
export const sniffFormat: typeof read.sniffFormat = read.sniffFormat;
/** @deprecated Since 0.2 the readers live in `@vntip/read`: import `readCsv` from there. Removed in 0.3. */
export const readCsv: typeof read.readCsv = read.readCsv;
/** @deprecated Since 0.2 the readers live in `@vntip/read`: import `readJson` from there. Removed in 0.3. */
export const readJson: typeof read.readJson = read.readJson;
/** @deprecated Since 0.2 the readers live in `@vntip/read`: import `readNdjson` from there. Removed in 0.3. */
export const readNdjson: typeof read.readNdjson = read.readNdjson;
/** @deprecated Since 0.2 the readers live in `@vntip/read`: import `readOds` from there. Removed in 0.3. */
export const readOds: typeof read.readOds = read.readOds;
/** @deprecated Since 0.2 the readers live in `@vntip/read`: import `readXlsx` from there. Removed in 0.3. */
export const readXlsx: typeof read.readXlsx = read.readXlsx;
/** @deprecated Since 0.2 the readers live in `@vntip/read`: import `readPackageZip` from there. Removed in 0.3. */
export const readPackageZip: typeof read.readPackageZip = read.readPackageZip;
/** @deprecated Since 0.2 the readers live in `@vntip/read`: import `openZipArchive` from there. Removed in 0.3. */
export const openZipArchive: typeof read.openZipArchive = read.openZipArchive;
/** @deprecated Since 0.2 the readers live in `@vntip/read`: import `inflateEntry` from there. Removed in 0.3. */
export const inflateEntry: typeof read.inflateEntry = read.inflateEntry;
/** @deprecated Since 0.2 the readers live in `@vntip/read`: import `inflateEntryBytes` from there. Removed in 0.3. */
export const inflateEntryBytes: typeof read.inflateEntryBytes = read.inflateEntryBytes;
/** @deprecated Since 0.2 the readers live in `@vntip/read`: import `DEFAULT_READ_LIMITS` from there. Removed in 0.3. */
export const DEFAULT_READ_LIMITS: typeof read.DEFAULT_READ_LIMITS = read.DEFAULT_READ_LIMITS;
/** @deprecated Since 0.2 the readers live in `@vntip/read`: import `ReaderError` from there. Removed in 0.3. */
export const ReaderError: typeof read.ReaderError = read.ReaderError;
/** @deprecated Since 0.2 the readers live in `@vntip/read`: import `ReaderError` from there. Removed in 0.3. */
export type ReaderError = read.ReaderError;
/** @deprecated Since 0.2 the readers live in `@vntip/read`: import `ZipError` from there. Removed in 0.3. */
export const ZipError: typeof read.ZipError = read.ZipError;
/** @deprecated Since 0.2 the readers live in `@vntip/read`: import `ZipError` from there. Removed in 0.3. */
export type ZipError = read.ZipError;
/** @deprecated Since 0.2 the readers live in `@vntip/read`: import `InflateBudget` from there. Removed in 0.3. */
export const InflateBudget: typeof read.InflateBudget = read.InflateBudget;
/** @deprecated Since 0.2 the readers live in `@vntip/read`: import `InflateBudget` from there. Removed in 0.3. */
export type InflateBudget = read.InflateBudget;
/** @deprecated Since 0.2 the readers live in `@vntip/read`: import `InputFormat` from there. Removed in 0.3. */
export type InputFormat = read.InputFormat;
/** @deprecated Since 0.2 the readers live in `@vntip/read`: import `ReadLimits` from there. Removed in 0.3. */
export type ReadLimits = read.ReadLimits;
/** @deprecated Since 0.2 the readers live in `@vntip/read`: import `ReadOptions` from there. Removed in 0.3. */
export type ReadOptions = read.ReadOptions;
/** @deprecated Since 0.2 the readers live in `@vntip/read`: import `TextEncodingName` from there. Removed in 0.3. */
export type TextEncodingName = read.TextEncodingName;
/** @deprecated Since 0.2 the readers live in `@vntip/read`: import `ZipArchive` from there. Removed in 0.3. */
export type ZipArchive = read.ZipArchive;
/** @deprecated Since 0.2 the readers live in `@vntip/read`: import `ZipEntry` from there. Removed in 0.3. */
export type ZipEntry = read.ZipEntry;
/** @deprecated Since 0.2 the readers live in `@vntip/read`: import `ZipErrorCode` from there. Removed in 0.3. */
export type ZipErrorCode = read.ZipErrorCode;
