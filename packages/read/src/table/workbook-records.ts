// What every workbook format shares once its sheets are rows of typed cells (XLSX and OpenDocument alike): which
// record type a sheet holds, the hidden row of field ids, legacy-font text, merged cells and sheets with no rows.
import type { Locale } from '@vntip/schema';
import { ZipError } from '../package/zip-archive';
import type { ReadContext } from '../read-context';
import type { ReadEvent } from '../read-event';
import { ENCODING_LABELS } from '../text/detect-encoding';
import {
  decodeLegacyFontText,
  detectLegacyFontText,
  type LegacyEncoding,
} from '../text/legacy-font-text';
import { HEADER_SEARCH_ROWS } from './header-layout';
import { matchHeader } from './match-header';
import type { MergedRange } from './merged-range';
import { recordTypeFromHeaders } from './record-type-from-headers';
import {
  defaultRecordType,
  matchRecordTypeName,
  optionRecordType,
  reportInferred,
} from './record-type-names';
import { type FieldNode, getFieldTree } from './schema-fields';
import { type TabularCell, type TabularRow, tabularRecords } from './tabular-records';
import { XlsxError } from './xlsx/xlsx-xml-scanner';

/** Sheets whose name starts with this are reference sheets (VN-TIP writes its codelists as `#sex`), never data. */
export const REFERENCE_SHEET_PREFIX = '#';

/** One stored row of a sheet. */
export interface WorkbookRow {
  /** 1-based row number. */
  readonly row: number;
  readonly hidden: boolean;
  /** Cells by 0-based column; null where a cell is empty or absent. */
  readonly cells: TabularCell[];
}

/** A sheet of a workbook, its rows and merged ranges read only when asked for. */
export interface WorkbookSheet {
  readonly name: string;
  /** The sheet's stored rows in order; called once. */
  rows(): IterableIterator<WorkbookRow>;
  /** The sheet's merged ranges; called once, before its rows are read. */
  merges(): readonly MergedRange[];
}

/**
 * The records of a workbook's sheets: each sheet named after a record type (its id, or its Vietnamese or English
 * title) holds records of that type; a one-sheet workbook takes its type from `options.recordType` (an id or a
 * title) first, and any sheet whose name says nothing from the option, the file name (one-sheet workbooks) or, last,
 * the fields its header names (`record_type_inferred`). Sheets named `#…` are skipped; a sheet of values under no known name is `unknown_sheet`; sheets with a
 * header and no data rows are one `no_records` for the workbook when no sheet has a record.
 */
export async function* workbookRecords(
  sheets: readonly WorkbookSheet[],
  context: ReadContext,
  options: { readonly date1904: boolean },
): AsyncGenerator<ReadEvent> {
  const dataSheets = sheets.filter((sheet) => !sheet.name.startsWith(REFERENCE_SHEET_PREFIX));
  const option = optionRecordType(context);
  // The file name speaks for a one-sheet workbook only, and is looked at (and any guess reported) only when needed.
  let fromFile: string | undefined | null = dataSheets.length === 1 ? undefined : null;
  const fileType = () => {
    if (fromFile === undefined) fromFile = defaultRecordType(context) ?? null;
    return fromFile ?? undefined;
  };
  const headerOnly: string[] = [];
  let records = 0;
  for (const sheet of dataSheets) {
    // In order: the option (for a one-sheet workbook), the sheet name, the option, the file name, the header.
    let recordType =
      (dataSheets.length === 1 ? option : undefined) ??
      matchRecordTypeName(sheet.name) ??
      option ??
      fileType();
    let rows: IterableIterator<WorkbookRow> = sheet.rows();
    if (recordType === undefined) {
      const head = takeRows(rows, HEADER_SEARCH_ROWS * 2);
      rows = chainRows(head, rows);
      recordType = recordTypeFromHeaders(head);
      if (recordType !== undefined) reportInferred(context, recordType, 'headers', sheet.name);
    }
    if (recordType === undefined) {
      if (hasValues(rows)) {
        context.report('unknown_sheet', {
          location: { sheet: sheet.name },
          params: { sheet: sheet.name },
        });
      }
      continue;
    }
    const merges = sheet.merges();
    for await (const event of tabularRecords(
      sheetRecordRows(rows, sheet.name, recordType, context),
      recordType,
      context,
      {
        sheet: sheet.name,
        date1904: options.date1904,
        gapsAreEmptyRows: true,
        merges,
        onHeaderWithoutRows: () => headerOnly.push(sheet.name),
      },
    )) {
      if (event.kind === 'tally') records += event.tally.recordsMade + event.tally.rowsSkipped;
      yield event;
    }
  }
  if (records === 0 && headerOnly.length > 0) {
    context.report('no_records', {
      params: { reason: headerOnlyReason(headerOnly, context.locale) },
    });
  }
}

/**
 * Reports an error that says the workbook itself cannot be read (malformed content, located by sheet and row, or an
 * archive that is not one) as `code`, marking the read incomplete; false for any other error, which the caller
 * rethrows.
 */
export function reportUnreadableWorkbook(
  error: unknown,
  context: ReadContext,
  code: 'invalid_xlsx' | 'invalid_ods',
): boolean {
  if (error instanceof XlsxError) {
    context.report(code, { location: error.location, params: error.params, incomplete: true });
    return true;
  }
  if (error instanceof ZipError && error.code === 'invalid_archive') {
    context.report(code, {
      params: { detail: String(error.params.detail ?? '') },
      incomplete: true,
    });
    return true;
  }
  return false;
}

function headerOnlyReason(sheets: readonly string[], locale: Locale): string {
  const names = sheets.map((name) => `"${name}"`);
  const shown = names.length > 5 ? [...names.slice(0, 5), '…'] : names;
  return locale === 'vi'
    ? `bảng tính có dòng tên cột nhưng không có dòng dữ liệu nào (trang ${shown.join(', ')})`
    : `the workbook has header rows but no data rows (sheets ${shown.join(', ')})`;
}

/** The first rows of a sheet, at most `count`. */
function takeRows(rows: Iterator<WorkbookRow>, count: number): WorkbookRow[] {
  const head: WorkbookRow[] = [];
  while (head.length < count) {
    const next = rows.next();
    if (next.done) break;
    head.push(next.value);
  }
  return head;
}

/** The rows taken, then the rest. */
function* chainRows(
  head: readonly WorkbookRow[],
  rest: Iterator<WorkbookRow>,
): Generator<WorkbookRow> {
  yield* head;
  for (let next = rest.next(); !next.done; next = rest.next()) yield next.value;
}

/** True when some cell of the rows has a value (a sheet with only formatting has none). */
function hasValues(rows: Iterable<WorkbookRow>): boolean {
  for (const { cells } of rows) if (cells.some((cell) => cell !== null)) return true;
  return false;
}

const LEGACY_SAMPLE_CHARS = 64 * 1024;
/** Most cells held back while sampling a sheet's text, so a sheet of numbers is not buffered whole. */
const MAX_SAMPLE_CELLS = 100_000;

/**
 * The rows of a sheet for `tabularRecords`. The first rows are held back until 64 Ki characters of text are seen (or
 * row 2 is passed), to recognise legacy-font text and the hidden row of field ids: when row 2 is hidden and holds
 * only field ids of the record type (as VN-TIP's exporter and template write it under the visible titles), it is
 * the header and row 1 is left out, so titles can say anything.
 */
async function* sheetRecordRows(
  rows: Iterator<WorkbookRow>,
  sheetName: string,
  recordType: string,
  context: ReadContext,
): AsyncGenerator<TabularRow> {
  const head: WorkbookRow[] = [];
  const texts: string[] = [];
  let size = 0;
  let cells = 0;
  let done = false;
  // Damaged content met while sampling stops the sheet only after the rows before it are passed on.
  let failure: { error: unknown } | undefined;
  try {
    while (
      (size < LEGACY_SAMPLE_CHARS || (head[head.length - 1]?.row ?? 0) < 2) &&
      cells < MAX_SAMPLE_CELLS
    ) {
      const next = rows.next();
      if (next.done) {
        done = true;
        break;
      }
      const row = next.value;
      head.push(row);
      cells += row.cells.length;
      if (size >= LEGACY_SAMPLE_CHARS) continue;
      for (const cell of row.cells) {
        if (typeof cell !== 'string') continue;
        texts.push(cell);
        size += cell.length;
      }
    }
  } catch (error) {
    failure = { error };
  }
  const legacy = detectLegacyFontText(texts);
  if (legacy) {
    context.report('encoding_converted', {
      location: { sheet: sheetName },
      params: { encoding: ENCODING_LABELS[legacy] },
    });
  }
  const first = fieldIdRow(head, recordType) ? 2 : 1;
  for (const row of head) if (row.row >= first) yield tabularRow(row, legacy);
  if (failure) throw failure.error;
  if (done) return;
  for (let next = rows.next(); !next.done; next = rows.next()) yield tabularRow(next.value, legacy);
}

function tabularRow(row: WorkbookRow, legacy: LegacyEncoding | undefined): TabularRow {
  if (!legacy) return row;
  return {
    row: row.row,
    cells: row.cells.map((cell) =>
      typeof cell === 'string' ? decodeLegacyFontText(cell, legacy) : cell,
    ),
  };
}

/** True when row 1 has content and row 2 is hidden, with at least one cell, every one a field id of the type. */
function fieldIdRow(head: readonly WorkbookRow[], recordType: string): boolean {
  const first = head.find((row) => row.row === 1);
  const second = head.find((row) => row.row === 2);
  const tree = getFieldTree(recordType);
  if (!first || !second?.hidden || !tree || first.cells.length === 0) return false;
  let ids = 0;
  for (const value of second.cells) {
    if (value === null || value === '') continue;
    if (typeof value !== 'string' || !isFieldIdPath(tree, value)) return false;
    ids++;
  }
  return ids > 0;
}

/** True for a dotted path of field ids (`residence.code`) that names a field. */
function isFieldIdPath(tree: FieldNode, text: string): boolean {
  let node: FieldNode | undefined = tree;
  for (const id of text.split('.')) {
    node = node?.kind === 'object' ? node.children?.get(id) : undefined;
    if (!node) return false;
  }
  return matchHeader(tree, text) !== undefined;
}
