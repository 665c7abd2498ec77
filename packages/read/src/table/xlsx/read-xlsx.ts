import { collectArchiveBytes } from '../../package/collect-archive-bytes';
import { EventBatch, guardReader, ReadContext } from '../../read-context';
import type { InputFile, ReadChunk, ReadEvent } from '../../read-event';
import type { ReadOptions } from '../../read-options';
import { reportUnreadableWorkbook, type WorkbookSheet, workbookRecords } from '../workbook-records';
import { readMergedRanges } from './xlsx-merged-cells';
import { XlsxParts } from './xlsx-parts';
import { readSharedStrings } from './xlsx-shared-strings';
import { cellBudget, readSheetRows, type SheetContext } from './xlsx-sheet-rows';
import { readStyles } from './xlsx-styles';
import { readWorkbook, type XlsxSheet } from './xlsx-workbook';

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
    const sheets = workbook.sheets.map(
      (sheet): WorkbookSheet => ({
        name: sheet.name,
        rows: () => readSheetRows(parts, sheet, sheetContext),
        merges: () => readMergedRanges(parts, sheet),
      }),
    );
    for await (const event of workbookRecords(sheets, context, { date1904: workbook.date1904 })) {
      batch.push(event);
      if (batch.size >= BATCH_EVENTS) yield batch.take();
    }
  } catch (error) {
    if (!reportUnreadableWorkbook(error, context, 'invalid_xlsx')) {
      const events = batch.take();
      if (events.length > 0) yield events;
      throw error;
    }
  }
  const events: ReadEvent[] = batch.take();
  if (events.length > 0) yield events;
}
