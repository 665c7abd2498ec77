import type { Locale } from '@vntip/schema';
import type { InputFile, ReadChunk, ReadEvent } from '../read-event';
import { collectArchiveBytes } from './collect-archive-bytes';
import { ENCODING_LABELS } from './detect-encoding';
import { HEADER_SEARCH_ROWS } from './header-layout';
import {
  decodeLegacyFontText,
  detectLegacyFontText,
  type LegacyEncoding,
} from './legacy-font-text';
import { matchHeader } from './match-header';
import { EventBatch, guardReader, ReadContext } from './read-context';
import type { ReadOptions } from './read-options';
import { recordTypeFromHeaders } from './record-type-from-headers';
import {
  defaultRecordType,
  matchRecordTypeName,
  optionRecordType,
  reportInferred,
} from './record-type-names';
import { type FieldNode, getFieldTree } from './schema-fields';
import { type TabularRow, tabularRecords } from './tabular-records';
import { readMergedRanges } from './xlsx-merged-cells';
import { XlsxParts } from './xlsx-parts';
import { readSharedStrings } from './xlsx-shared-strings';
import { cellBudget, readSheetRows, type SheetContext, type XlsxRow } from './xlsx-sheet-rows';
import { readStyles } from './xlsx-styles';
import { readWorkbook, type XlsxSheet } from './xlsx-workbook';
import { XlsxError } from './xlsx-xml-scanner';
import { ZipError } from './zip-archive';

/** Sheets whose name starts with this are reference sheets (VN-TIP writes its codelists as `#sex`), never data. */
export const REFERENCE_SHEET_PREFIX = '#';

const BATCH_EVENTS = 100;

/**
 * Reads an XLSX workbook: each worksheet named after a record type (its id, or its Vietnamese or English title) holds
 * records of that type, one per row under a header row. A one-sheet workbook may take its type from
 * `options.recordType` or the file name instead. Sheets named `#…` hold reference lists and are skipped. A hidden
 * row 2 of field ids under row 1 is the header (the layout of VN-TIP's XLSX exporter and data-entry template);
 * otherwise the header is found among the first rows, under any title block, and may be two rows of merged cells.
 * Vertically merged data cells are filled down. A sheet with nothing in it is `no_records`; sheets with a header and
 * no data rows are one `no_records` for the workbook when no sheet has a record. Text typed with legacy Vietnamese
 * fonts (TCVN3, VNI, VISCII) is recognised per sheet, converted and reported.
 *
 * The compressed file is held in memory (up to `limits.maxArchiveBytes`); its zip directory is checked against the
 * archive limits (file count, total size, compression ratio) before anything is inflated, so a zip bomb stops at
 * once. The workbook, relationships, styles and shared strings parts are then read, and each worksheet is inflated
 * twice, piece by piece: once ahead only to find its merged cells (listed after its rows), then scanned, its rows
 * turned into records as they come: a sheet's XML is never held whole. Each part is checked as it inflates (declared
 * size, CRC-32): a damaged sheet stops the read with an incomplete `invalid_xlsx` after the records read before the
 * damage, as malformed XML does (located by sheet and row).
 */
export function readXlsx(file: InputFile, options: ReadOptions = {}): AsyncIterable<ReadChunk> {
  const context = new ReadContext(file.name, options);
  return guardReader(context, () => readXlsxEvents(file, context));
}

async function* readXlsxEvents(file: InputFile, context: ReadContext): AsyncGenerator<ReadChunk> {
  const bytes = await collectArchiveBytes(file, context);
  if (!bytes) return;
  const batch = new EventBatch(context);
  try {
    const parts = XlsxParts.open(bytes, context.limits);
    const workbook = readWorkbook(parts);
    if (workbook.sheets.length === 0) {
      context.report('invalid_xlsx', {
        params: { detail: 'the workbook has no worksheet' },
        incomplete: true,
      });
      return;
    }
    const sheetContext: SheetContext = {
      styles: readStyles(parts, workbook.stylesPart),
      strings: readSharedStrings(parts, workbook.sharedStringsPart),
      date1904: workbook.date1904,
      cellBudget: cellBudget(context.limits.maxArchiveBytes),
    };
    const { sheets } = workbook;
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
      let recordType =
        (dataSheets.length === 1 ? option : undefined) ??
        matchRecordTypeName(sheet.name) ??
        option ??
        fileType();
      let rows = readSheetRows(parts, sheet, sheetContext);
      if (recordType === undefined) {
        // Last, the fields its header names.
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
      for await (const event of tabularRecords(
        sheetRecordRows(rows, sheet, recordType, context),
        recordType,
        context,
        {
          sheet: sheet.name,
          date1904: workbook.date1904,
          gapsAreEmptyRows: true,
          merges: readMergedRanges(parts, sheet),
          onHeaderWithoutRows: () => headerOnly.push(sheet.name),
        },
      )) {
        if (event.kind === 'tally') records += event.tally.recordsMade + event.tally.rowsSkipped;
        batch.push(event);
        if (batch.size >= BATCH_EVENTS) yield batch.take();
      }
    }
    if (records === 0 && headerOnly.length > 0) {
      context.report('no_records', {
        params: { reason: headerOnlyReason(headerOnly, context.locale) },
      });
    }
  } catch (error) {
    if (error instanceof XlsxError) {
      context.report('invalid_xlsx', {
        location: error.location,
        params: error.params,
        incomplete: true,
      });
    } else if (error instanceof ZipError && error.code === 'invalid_archive') {
      context.report('invalid_xlsx', {
        params: { detail: String(error.params.detail ?? '') },
        incomplete: true,
      });
    } else {
      const events = batch.take();
      if (events.length > 0) yield events;
      throw error;
    }
  }
  const events: ReadEvent[] = batch.take();
  if (events.length > 0) yield events;
}

function headerOnlyReason(sheets: readonly string[], locale: Locale): string {
  const names = sheets.map((name) => `"${name}"`);
  const shown = names.length > 5 ? [...names.slice(0, 5), '…'] : names;
  return locale === 'vi'
    ? `bảng tính có dòng tên cột nhưng không có dòng dữ liệu nào (trang ${shown.join(', ')})`
    : `the workbook has header rows but no data rows (sheets ${shown.join(', ')})`;
}

/** True when some cell of the rows has a value (a sheet with only formatting has none). */
/** The first rows of a sheet, at most `count`. */
function takeRows(rows: Iterator<XlsxRow>, count: number): XlsxRow[] {
  const head: XlsxRow[] = [];
  while (head.length < count) {
    const next = rows.next();
    if (next.done) break;
    head.push(next.value);
  }
  return head;
}

/** The rows taken, then the rest. */
function* chainRows(head: readonly XlsxRow[], rest: Iterator<XlsxRow>): Generator<XlsxRow> {
  yield* head;
  for (let next = rest.next(); !next.done; next = rest.next()) yield next.value;
}

function hasValues(rows: Iterable<XlsxRow>): boolean {
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
  rows: Iterator<XlsxRow>,
  sheet: XlsxSheet,
  recordType: string,
  context: ReadContext,
): AsyncGenerator<TabularRow> {
  const head: XlsxRow[] = [];
  const texts: string[] = [];
  let size = 0;
  let cells = 0;
  let done = false;
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
  const legacy = detectLegacyFontText(texts);
  if (legacy) {
    context.report('encoding_converted', {
      location: { sheet: sheet.name },
      params: { encoding: ENCODING_LABELS[legacy] },
    });
  }
  const first = fieldIdRow(head, recordType) ? 2 : 1;
  for (const row of head) if (row.row >= first) yield tabularRow(row, legacy);
  if (done) return;
  for (let next = rows.next(); !next.done; next = rows.next()) yield tabularRow(next.value, legacy);
}

function tabularRow(row: XlsxRow, legacy: LegacyEncoding | undefined): TabularRow {
  if (!legacy) return row;
  return {
    row: row.row,
    cells: row.cells.map((cell) =>
      typeof cell === 'string' ? decodeLegacyFontText(cell, legacy) : cell,
    ),
  };
}

/** True when row 1 has content and row 2 is hidden, with at least one cell, every one a field id of the type. */
function fieldIdRow(head: readonly XlsxRow[], recordType: string): boolean {
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
