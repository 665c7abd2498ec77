// The tables of a submission export: ODK Central's CSV files (alone or in its `.csv.zip`), KoboToolbox's XLSX
// workbook (one sheet per repeat) or CSV (`;`-separated). Each table is a header and rows of cells, as text, numbers
// or dates, with the row number a spreadsheet shows.
import type { ImportFile } from '@vntip/core';
import {
  DEFAULT_READ_LIMITS,
  InflateBudget,
  inflateEntry,
  inflateEntryBytes,
  openZipArchive,
  ZipError,
  type ZipErrorCode,
} from '@vntip/read';
import { parse } from 'csv-parse/sync';
import type Excel from 'exceljs';

/** A cell as read: text, a number, a date (XLSX date cells), a boolean, or null when empty. */
export type SubmissionCell = string | number | boolean | Date | null;

/** One table of an export: a CSV file or a worksheet. */
export interface SubmissionTable {
  readonly file: string;
  readonly sheet?: string;
  readonly header: readonly string[];
  readonly rows: readonly { readonly row: number; readonly cells: readonly SubmissionCell[] }[];
}

/** A problem reading the bytes: the issue code and its params. */
export interface TableProblem {
  readonly code: ZipErrorCode | 'invalid_csv' | 'invalid_xlsx' | 'unsupported_format';
  readonly file: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/** Reads the tables of each file; zips are opened and their CSV files read. Never throws for bad bytes. */
export async function readSubmissionTables(
  files: readonly ImportFile[],
): Promise<{ tables: SubmissionTable[]; problems: TableProblem[] }> {
  const tables: SubmissionTable[] = [];
  const problems: TableProblem[] = [];
  for (const file of files) {
    const bytes = await collectBytes(file.bytes);
    const lower = file.name.toLowerCase();
    if (lower.endsWith('.zip')) {
      const entries = unzipEntries(bytes, file.name, problems, (name) =>
        name.toLowerCase().endsWith('.csv') ? 'keep' : 'skip',
      );
      for (const [name, entry] of entries ?? []) {
        if (name.toLowerCase().endsWith('.csv'))
          readCsvTable(entry, `${file.name}/${name}`, tables, problems);
      }
    } else if (lower.endsWith('.xlsx')) {
      // The workbook library inflates by itself, without limits: the bounded reader checks the whole archive first
      // (limits, layout, every part's size and CRC-32), so what the library then inflates is what was checked.
      if (unzipEntries(bytes, file.name, problems, () => 'check') !== undefined)
        await readXlsxTables(bytes, file.name, tables, problems);
    } else if (lower.endsWith('.csv')) {
      readCsvTable(bytes, file.name, tables, problems);
    } else {
      problems.push({
        code: 'unsupported_format',
        file: file.name,
        params: { format: extensionOf(file.name) },
      });
    }
  }
  return { tables, problems };
}

// --- Internal helpers ---

async function collectBytes(bytes: Uint8Array | AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  if (bytes instanceof Uint8Array) return bytes;
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of bytes) {
    chunks.push(chunk);
    size += chunk.length;
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot >= 0 ? name.slice(dot + 1) : name;
}

/**
 * The entries of a zip that `wanted` keeps, inflated with the bounded zip reader of `@vntip/read`, shortest name
 * first (entries it checks are inflated and dropped); undefined, with the reader's coded refusal as a problem, when
 * the archive is refused or damaged.
 */
function unzipEntries(
  bytes: Uint8Array,
  file: string,
  problems: TableProblem[],
  wanted: (name: string) => 'keep' | 'check' | 'skip',
): [string, Uint8Array][] | undefined {
  try {
    const archive = openZipArchive(bytes, DEFAULT_READ_LIMITS);
    const budget = new InflateBudget(DEFAULT_READ_LIMITS.maxArchiveBytes);
    const entries: [string, Uint8Array][] = [];
    for (const entry of archive.entries) {
      const use = entry.isDirectory ? 'skip' : wanted(entry.name);
      if (use === 'keep') entries.push([entry.name, inflateEntryBytes(archive, entry, budget)]);
      else if (use === 'check') for (const _chunk of inflateEntry(archive, entry, budget));
    }
    return entries.sort(([a], [b]) => a.length - b.length || a.localeCompare(b));
  } catch (error) {
    problems.push(
      error instanceof ZipError
        ? { code: error.code, file, params: error.params }
        : { code: 'invalid_archive', file, params: { detail: String(error) } },
    );
    return undefined;
  }
}

function readCsvTable(
  bytes: Uint8Array,
  file: string,
  tables: SubmissionTable[],
  problems: TableProblem[],
): void {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    problems.push({ code: 'invalid_csv', file, params: { detail: 'the file is not UTF-8 text' } });
    return;
  }
  const lines = parseCsv(text, delimiterOf(text));
  if (typeof lines === 'string') {
    problems.push({ code: 'invalid_csv', file, params: { detail: lines } });
    return;
  }
  const [header = [], ...rest] = lines;
  tables.push({
    file,
    header: header.map((cell) => cell.normalize('NFC').trim()),
    rows: rest.map((cells, index) => ({
      row: index + 2,
      cells: cells.map((cell) => (cell === '' ? null : cell)),
    })),
  });
}

/** `;` when the header line (outside quotes) has more of them than commas: KoboToolbox's CSV default. */
function delimiterOf(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ',') commas += 1;
    else if (!quoted && char === ';') semicolons += 1;
  }
  return semicolons > commas ? ';' : ',';
}

/** CSV with csv-parse; a string describing the fault for a malformed file. */
function parseCsv(text: string, delimiter: string): string[][] | string {
  try {
    const rows = parse(text, {
      delimiter,
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as string[][];
    return rows.filter((cells) => cells.some((value) => value.trim() !== ''));
  } catch (error) {
    return String((error as Error).message ?? error);
  }
}

async function readXlsxTables(
  bytes: Uint8Array,
  file: string,
  tables: SubmissionTable[],
  problems: TableProblem[],
): Promise<void> {
  const excelModule = await import('exceljs');
  const ExcelJS =
    (excelModule as { default?: typeof Excel }).default ?? (excelModule as typeof Excel);
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
  } catch (error) {
    problems.push({
      code: 'invalid_xlsx',
      file,
      params: { detail: String((error as Error).message ?? error) },
    });
    return;
  }
  for (const sheet of book.worksheets) {
    let header: string[] | undefined;
    const rows: { row: number; cells: SubmissionCell[] }[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values = (row.values as unknown[]).slice(1).map(cellValue);
      if (!header) {
        header = values.map((value) =>
          value === null ? '' : String(value).normalize('NFC').trim(),
        );
        return;
      }
      if (values.some((value) => value !== null && value !== ''))
        rows.push({ row: rowNumber, cells: values });
    });
    if (header) tables.push({ file, sheet: sheet.name, header, rows });
  }
}

function cellValue(value: unknown): SubmissionCell {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date)
    return value;
  if (typeof value === 'object') {
    const object = value as { richText?: { text: string }[]; result?: unknown; text?: unknown };
    if (Array.isArray(object.richText)) return object.richText.map((part) => part.text).join('');
    if ('result' in object) return cellValue(object.result);
    if (typeof object.text === 'string') return object.text;
  }
  return String(value);
}
