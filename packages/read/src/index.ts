// @vntip/read: bytes in, records out. Each reader turns a file (JSON, NDJSON, CSV, XLSX, ODS, a zip or a folder
// package) into a stream of events: records with the place they were read from, and the issues reading found.
export type { CollectedEvents, CollectOptions } from './collect-events';
export { collectEvents, eachEvent } from './collect-events';
export { readJson } from './json/read-json';
export { readNdjson } from './json/read-ndjson';
export { readPackageZip } from './package/read-package-zip';
export type { ZipArchive, ZipEntry, ZipErrorCode } from './package/zip-archive';
export {
  InflateBudget,
  inflateEntry,
  inflateEntryBytes,
  openZipArchive,
  ZipError,
} from './package/zip-archive';
export { ReaderError } from './read-context';
export type {
  DescriptorEvent,
  FieldColumn,
  InputFile,
  IssueEvent,
  ReadChunk,
  ReadEvent,
  RecordEvent,
  RowTally,
  TallyEvent,
} from './read-event';
export type { InputFormat } from './read-file';
export { readFile, sniffFormat } from './read-file';
export type { ReadLimits, ReadOptions, TextEncodingName } from './read-options';
export { DEFAULT_READ_LIMITS } from './read-options';
export { codeWithLabel, lookUpCode, suggestCode } from './table/code-index';
export { readCsv } from './table/csv/read-csv';
export { readCsvRows } from './table/csv/read-csv-rows';
export { readOds } from './table/ods/read-ods';
export type { RecordTypeFromName } from './table/record-type-names';
export { matchFileName } from './table/record-type-names';
export type { FieldNode, LeafKind, LeafSpec } from './table/schema-fields';
export { getFieldTree } from './table/schema-fields';
export { readXlsx } from './table/xlsx/read-xlsx';
