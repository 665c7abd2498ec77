import { peekBytes } from './byte-chunks';
import { readJson } from './json/read-json';
import { readNdjson } from './json/read-ndjson';
import { DESCRIPTOR_FILE, readDescriptor } from './package/read-package';
import { readPackageZip } from './package/read-package-zip';
import { guardReader, ReadContext } from './read-context';
import type { InputFile, ReadChunk } from './read-event';
import type { ReadOptions } from './read-options';
import { getOwn, isJsonObject } from './safe-object';
import { readCsv } from './table/csv/read-csv';
import { readOds } from './table/ods/read-ods';
import { readXlsx } from './table/xlsx/read-xlsx';

/** A file format the readers know. */
export type InputFormat = 'json' | 'ndjson' | 'csv' | 'xlsx' | 'ods' | 'zip' | 'descriptor';

const EXTENSIONS: Readonly<Record<string, InputFormat>> = {
  json: 'json',
  ndjson: 'ndjson',
  jsonl: 'ndjson',
  csv: 'csv',
  tsv: 'csv',
  txt: 'csv',
  xlsx: 'xlsx',
  xlsm: 'xlsx',
  ods: 'ods',
  zip: 'zip',
};

/**
 * Reads any supported file, picking the reader from its name (`.json`, `.ndjson`/`.jsonl`, `.csv`, `.xlsx`, `.ods`, `.zip`,
 * `datapackage.json`) or, for an unknown extension, from its first bytes. The old binary Excel format (`.xls`, or any
 * file that starts as an OLE2 compound file, as password-protected workbooks do) is `xls_not_supported`.
 * @example
 * const result = await validate(readFile({ name: 'people.csv', bytes }));
 */
export function readFile(file: InputFile, options: ReadOptions = {}): AsyncIterable<ReadChunk> {
  const context = new ReadContext(file.name, options);
  return guardReader(context, () => readFileEvents(file, options, context));
}

async function* readFileEvents(
  file: InputFile,
  options: ReadOptions,
  context: ReadContext,
): AsyncGenerator<ReadChunk> {
  const base = file.name.split(/[\\/]/).pop() ?? '';
  const extension = /\.([^.]+)$/.exec(base)?.[1]?.toLowerCase() ?? '';
  if (extension === 'xls') {
    context.report('xls_not_supported', { incomplete: true });
    return;
  }
  const format: InputFormat | undefined =
    base.toLowerCase() === DESCRIPTOR_FILE
      ? 'descriptor'
      : Object.hasOwn(EXTENSIONS, extension)
        ? EXTENSIONS[extension]
        : undefined;
  const peeked = await peekBytes(file.bytes, 4096);
  const input = { name: file.name, bytes: peeked.bytes };
  // An .xls renamed, or a workbook saved with a password: both are OLE2 compound files, whatever the name says.
  if (isCompoundFile(peeked.head)) {
    context.report('xls_not_supported', { incomplete: true });
    return;
  }
  switch (format ?? sniffFormat(peeked.head)) {
    case 'json':
      yield* readJson(input, options);
      return;
    case 'ndjson':
      yield* readNdjson(input, options);
      return;
    case 'csv':
      yield* readCsv(input, options);
      return;
    case 'xlsx':
      yield* readXlsx(input, options);
      return;
    case 'ods':
      yield* readOds(input, options);
      return;
    case 'zip':
      yield* readPackageZip(input, options);
      return;
    case 'descriptor':
      yield* readDescriptorOnly(input, context);
      return;
  }
}

/** The signature of an OLE2 compound file: the old binary Excel format (.xls) and password-protected workbooks. */
const COMPOUND_FILE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** True when bytes start as an OLE2 compound file does (`D0 CF 11 E0 A1 B1 1A E1`). */
export function isCompoundFile(head: Uint8Array): boolean {
  return COMPOUND_FILE_SIGNATURE.every((byte, index) => head[index] === byte);
}

/** The media type an OpenDocument spreadsheet stores, uncompressed, as its first zip entry `mimetype`. */
const ODS_MEDIA_TYPE = 'application/vnd.oasis.opendocument.spreadsheet';

/** Guesses the format of bytes with no telling extension: zip (XLSX, ODS or package), JSON, NDJSON, else CSV. */
export function sniffFormat(head: Uint8Array): InputFormat {
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    const names = new TextDecoder('latin1').decode(head);
    if (names.includes('[Content_Types].xml') || names.includes('xl/')) return 'xlsx';
    // The media type is followed by nothing (a spreadsheet) or by `-template`.
    return names.includes(`mimetype${ODS_MEDIA_TYPE}`) ? 'ods' : 'zip';
  }
  const text = new TextDecoder('utf-8').decode(head).replace(/^\ufeff/, '');
  const first = text.trimStart()[0];
  if (first === '[') return 'json';
  if (first === '{') {
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    return lines.length > 1 && lines.slice(0, 3).every((line) => line.trimStart().startsWith('{'))
      ? 'ndjson'
      : 'json';
  }
  return 'csv';
}

/** A descriptor read alone: yields it, and says its resources were not read. */
async function* readDescriptorOnly(
  file: InputFile,
  context: ReadContext,
): AsyncGenerator<ReadChunk> {
  const descriptor = await readDescriptor(file, context);
  if (descriptor === undefined) return;
  yield { kind: 'descriptor', descriptor, location: { file: file.name } };
  const resources = isJsonObject(descriptor) ? getOwn(descriptor, 'resources') : undefined;
  if (Array.isArray(resources) && resources.length > 0) {
    context.report('resources_not_read', { params: { count: resources.length }, incomplete: true });
  }
}
