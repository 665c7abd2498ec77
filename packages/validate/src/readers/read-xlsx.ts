import type { CellValue as ExcelCellValue, Workbook, Worksheet } from 'exceljs';
import type { InputFile, ReadChunk } from '../read-event';
import { collectArchiveBytes } from './collect-archive-bytes';
import { ENCODING_LABELS } from './detect-encoding';
import {
  decodeLegacyFontText,
  detectLegacyFontText,
  type LegacyEncoding,
} from './legacy-font-text';
import { matchHeader } from './match-header';
import { guardReader, ReadContext } from './read-context';
import type { ReadOptions } from './read-options';
import { defaultRecordType, matchRecordTypeName } from './record-type-names';
import { type FieldNode, getFieldTree } from './schema-fields';
import { type TabularCell, type TabularRow, tabularRecords } from './tabular-records';
import { InflateBudget, inflateEntry, openZipArchive, ZipError } from './zip-archive';

/** Sheets whose name starts with this are reference sheets (VN-TIP writes its codelists as `#sex`), never data. */
export const REFERENCE_SHEET_PREFIX = '#';

/**
 * Reads an XLSX workbook with exceljs: each worksheet named after a record type (its id, or its Vietnamese or English
 * title) holds records of that type, one per row under a header row. A one-sheet workbook may take its type from
 * `options.recordType` or the file name instead. Sheets named `#…` hold reference lists and are skipped. A hidden
 * row 2 of field ids under row 1 is the header (the layout of VN-TIP's XLSX exporter and data-entry template). Text typed with legacy Vietnamese fonts (TCVN3, VNI, VISCII) is
 * recognised per sheet, converted and reported. Before exceljs sees the file, every zip entry is inflated once under
 * the archive limits, so a zip bomb or a damaged file stops early with a coded issue. The workbook is held in memory,
 * bounded by `limits.maxArchiveBytes`.
 */
export function readXlsx(file: InputFile, options: ReadOptions = {}): AsyncIterable<ReadChunk> {
  const context = new ReadContext(file.name, options);
  return guardReader(context, () => readXlsxEvents(file, context));
}

async function* readXlsxEvents(file: InputFile, context: ReadContext): AsyncGenerator<ReadChunk> {
  const bytes = await collectArchiveBytes(file, context);
  if (!bytes) return;
  if (!checkArchive(bytes, context)) return;
  const workbook = await loadWorkbook(bytes, context);
  if (!workbook) return;
  const date1904 = workbook.properties?.date1904 === true;
  const sheets = workbook.worksheets;
  if (sheets.length === 0) {
    context.report('invalid_xlsx', {
      params: { detail: 'the workbook has no worksheet' },
      incomplete: true,
    });
    return;
  }
  const fallback = defaultRecordType(context);
  for (const sheet of sheets) {
    if (sheet.name.startsWith(REFERENCE_SHEET_PREFIX)) continue;
    const recordType =
      matchRecordTypeName(sheet.name) ?? (sheets.length === 1 ? fallback : undefined);
    if (recordType === undefined) {
      if (sheet.actualRowCount > 0) {
        context.report('unknown_sheet', {
          location: { sheet: sheet.name },
          params: { sheet: sheet.name },
        });
      }
      continue;
    }
    const legacy = detectLegacyFontText(sheetTexts(sheet));
    if (legacy) {
      context.report('encoding_converted', {
        location: { sheet: sheet.name },
        params: { encoding: ENCODING_LABELS[legacy] },
      });
    }
    yield* tabularRecords(sheetRows(sheet, recordType, legacy), recordType, context, {
      sheet: sheet.name,
      date1904,
      gapsAreEmptyRows: true,
    });
  }
}

/** Inflates every entry once under the limits; reports `invalid_xlsx` for a file that is not a sound zip. */
function checkArchive(bytes: Uint8Array, context: ReadContext): boolean {
  try {
    const archive = openZipArchive(bytes, context.limits);
    if (!archive.entries.some((entry) => entry.name === '[Content_Types].xml')) {
      throw new ZipError('invalid_archive', {
        detail: 'not an Excel workbook ([Content_Types].xml is missing)',
      });
    }
    const budget = new InflateBudget(context.limits.maxArchiveBytes);
    for (const entry of archive.entries) {
      if (entry.isDirectory) continue;
      for (const _chunk of inflateEntry(archive, entry, budget)) {
        // Only sizes and CRC-32 matter here; exceljs inflates again.
      }
    }
    return true;
  } catch (error) {
    if (error instanceof ZipError && error.code === 'invalid_archive') {
      context.report('invalid_xlsx', {
        params: { detail: String(error.params.detail ?? '') },
        incomplete: true,
      });
      return false;
    }
    throw error;
  }
}

async function loadWorkbook(
  bytes: Uint8Array,
  context: ReadContext,
): Promise<Workbook | undefined> {
  const excel = await import('exceljs');
  // exceljs is CommonJS: ESM sees its exports under `default`, bundlers may also lift them to the namespace.
  const WorkbookClass = (excel.default as typeof excel | undefined)?.Workbook ?? excel.Workbook;
  const workbook = new WorkbookClass();
  try {
    // exceljs declares a Node Buffer but reads any Uint8Array (it hands the bytes to JSZip).
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    return workbook;
  } catch (error) {
    context.report('invalid_xlsx', {
      params: { detail: error instanceof Error ? error.message : String(error) },
      incomplete: true,
    });
    return undefined;
  }
}

/**
 * The rows of a sheet. When row 2 is hidden and holds only field ids of the record type (as VN-TIP's exporter and
 * template write it under the visible titles), it is the header and row 1 is left out, so titles can say anything.
 */
async function* sheetRows(
  sheet: Worksheet,
  recordType: string,
  legacy?: LegacyEncoding,
): AsyncGenerator<TabularRow> {
  const idRow = fieldIdRow(sheet, recordType);
  for (let row = idRow ? 2 : 1; row <= sheet.rowCount; row++) {
    // findRow does not create the rows a sheet lacks, so a far-away styled cell costs nothing.
    const excelRow = sheet.findRow(row);
    if (!excelRow) continue;
    const cells: TabularCell[] = [];
    for (let col = 1; col <= excelRow.cellCount; col++) {
      const cell = toCell(excelRow.getCell(col).value);
      cells.push(legacy && typeof cell === 'string' ? decodeLegacyFontText(cell, legacy) : cell);
    }
    yield { row, cells };
  }
}

/** True when row 1 has content and row 2 is hidden, with at least one cell, every one a field id of the type. */
function fieldIdRow(sheet: Worksheet, recordType: string): boolean {
  const first = sheet.findRow(1);
  const second = sheet.findRow(2);
  const tree = getFieldTree(recordType);
  if (!first || !second?.hidden || !tree || first.cellCount === 0) return false;
  let ids = 0;
  for (let col = 1; col <= second.cellCount; col++) {
    const value = second.getCell(col).value;
    if (value === null || value === undefined || value === '') continue;
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

const LEGACY_SAMPLE_CHARS = 64 * 1024;

/** The text cells of a sheet, up to a sample size, to recognise legacy-font text. */
function sheetTexts(sheet: Worksheet): string[] {
  const texts: string[] = [];
  let size = 0;
  for (let row = 1; row <= sheet.rowCount && size < LEGACY_SAMPLE_CHARS; row++) {
    const excelRow = sheet.findRow(row);
    if (!excelRow) continue;
    for (let col = 1; col <= excelRow.cellCount; col++) {
      const cell = toCell(excelRow.getCell(col).value);
      if (typeof cell !== 'string') continue;
      texts.push(cell);
      size += cell.length;
    }
  }
  return texts;
}

/** Reduces an exceljs cell value to text, number, boolean, date, a formula error, or null. */
function toCell(value: ExcelCellValue, depth = 0): TabularCell {
  if (value === null || value === undefined || depth > 4) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('error' in value) return { formulaError: String(value.error) };
  if ('richText' in value)
    return Array.isArray(value.richText) ? value.richText.map((part) => part.text).join('') : null;
  if ('hyperlink' in value) return toCell(value.text as ExcelCellValue, depth + 1);
  if ('formula' in value || 'sharedFormula' in value) {
    return value.result === undefined ? null : toCell(value.result as ExcelCellValue, depth + 1);
  }
  return null;
}
