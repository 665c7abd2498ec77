// XLSX workbooks: one workbook per record type, `<recordType>.xlsx`, streamed with exceljs; or one workbook with a
// sheet per record type (`workbook: 'single'`, and the blank data-entry `template`). Read back by `readXlsx`.
import {
  defineExporter,
  defineImporter,
  type ImportEvent,
  PRIVACY_PROFILES,
  type SinkTarget,
  VntipError,
} from '@vntip/core';
import { readXlsx } from '@vntip/read';
import { RECORD_TYPE_SCHEMA_FILES } from '@vntip/schema';
import { optionsSchema } from './internal/options-schema';
import { recordColumns, reportDroppedFields } from './internal/record-columns';
import { valueAt, xlsxCell } from './internal/xlsx-cells';
import { recordTypeDescription, recordTypeTitle, xlsxColumns } from './internal/xlsx-columns';
import { type XlsxSheet, XlsxWorkbook } from './internal/xlsx-workbook';
import { unescapeCells } from './spreadsheet-safety';

const MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const RECORD_TYPES = Object.keys(RECORD_TYPE_SCHEMA_FILES);

/** The file name of the blank data-entry workbook. */
export const XLSX_TEMPLATE_FILE = 'template.xlsx';

/** The file name of the single workbook (`workbook: 'single'`). */
export const XLSX_SINGLE_FILE = 'records.xlsx';

/** Options of the XLSX exporter. */
export interface XlsxExportOptions {
  /** Language of the visible headers, sheet names and codelist sheets; dates show as dd/mm/yyyy in Vietnamese. @default 'vi' */
  readonly language?: 'vi' | 'en';
  /** Write the blank data-entry workbook `template.xlsx` (every record type, no rows) instead of records. @default false */
  readonly template?: boolean;
  /**
   * `per-type`: one workbook per record type, streamed as rows come. `single`: one workbook `records.xlsx` with a sheet
   * per record type, as officers exchange them; its rows are held until the end, because a workbook's sheets are
   * written one after another. @default 'per-type'
   */
  readonly workbook?: 'per-type' | 'single';
}

const xlsxOptions = optionsSchema<XlsxExportOptions>({
  language: [(value) => value === 'vi' || value === 'en', "'vi' or 'en'"],
  template: [(value) => typeof value === 'boolean', 'true or false'],
  workbook: [(value) => value === 'per-type' || value === 'single', "'per-type' or 'single'"],
});

const META = {
  id: 'xlsx',
  version: '1',
  mediaType: MEDIA_TYPE,
  extensions: ['xlsx'],
  recordTypes: RECORD_TYPES,
  title: { vi: 'Sổ tính Excel (XLSX)', en: 'Excel workbook (XLSX)' },
} as const;

/**
 * Exports records as XLSX: `<recordType>.xlsx` per record type, whose first sheet (named with the record type's title)
 * has a header of field titles, a hidden row of field ids (`residence.code`, what `readXlsx` matches first), a frozen
 * pane under them, then one row per record in input order. Numbers and booleans are values, `format: date` fields are
 * date cells, text is escaped against formulas (`escapeCell`), lists and objects are laid out as in CSV. Each coded
 * column has a dropdown of its codelist, kept on a `#<codelist>` sheet with Vietnamese and English labels. Workbooks
 * stream through the sink as rows come, each record type on its own, so memory stays flat whatever the input order.
 * With `template`, the same writer makes the blank data-entry workbook. No macros are ever written.
 * @example
 * await exportRecords(records, { exporter: xlsxExporter, options: { language: 'vi' }, sink, profile: 'internal' });
 */
export const xlsxExporter = defineExporter({
  meta: {
    ...META,
    profiles: PRIVACY_PROFILES,
    description: {
      vi: 'Mỗi loại bản ghi một sổ tính <loại>.xlsx: tiêu đề tiếng Việt, hàng mã trường ẩn, danh sách chọn theo danh mục, ngày là ô ngày; hoặc mẫu nhập liệu trống.',
      en: 'One <recordType>.xlsx workbook per record type: titled headers, a hidden row of field ids, codelist dropdowns, date cells; or the blank data-entry template.',
    },
  },
  options: xlsxOptions,
  create(ctx) {
    const language = ctx.options.language ?? 'vi';
    const books = new Map<string, { book: XlsxWorkbook; sheet: XlsxSheet; target: SinkTarget }>();
    /** Rows per record type, for the single workbook. */
    const held = new Map<string, ReturnType<typeof xlsxCell>[][]>();
    const report = ctx.report;
    return {
      async record(entry) {
        if (ctx.options.template) {
          throw new VntipError(
            'INVALID_ARGUMENT',
            'The XLSX template is blank: export it with no records.',
          );
        }
        const columns = xlsxColumns(entry.recordType);
        const table = recordColumns(entry.recordType);
        if (!columns || !table) return;
        reportDroppedFields(entry.record, table.tree, entry, report, 'XLSX');
        const cells = columns.map((column) =>
          xlsxCell(valueAt(entry.record, column.path), column, entry, report),
        );
        if (ctx.options.workbook === 'single') {
          const rows = held.get(entry.recordType) ?? [];
          rows.push(cells);
          held.set(entry.recordType, rows);
          return;
        }
        let open = books.get(entry.recordType);
        if (!open) {
          const target = await ctx.sink.open(`${entry.recordType}.xlsx`, { mediaType: MEDIA_TYPE });
          const book = await XlsxWorkbook.open(target, language);
          const sheet = book.startSheet(sheetName(entry.recordType, language), columns);
          open = { book, sheet, target };
          books.set(entry.recordType, open);
        }
        await open.sheet.addRow(cells);
      },
      async end() {
        if (ctx.options.template) {
          const target = await ctx.sink.open(XLSX_TEMPLATE_FILE, { mediaType: MEDIA_TYPE });
          const book = await XlsxWorkbook.open(target, language);
          book.writeInstructions(
            RECORD_TYPES.flatMap((recordType) => {
              const columns = xlsxColumns(recordType);
              return columns
                ? [
                    {
                      sheet: sheetName(recordType, language),
                      description: recordTypeDescription(recordType, language),
                      columns,
                    },
                  ]
                : [];
            }),
          );
          for (const recordType of RECORD_TYPES) {
            const columns = xlsxColumns(recordType);
            if (columns)
              book
                .startSheet(sheetName(recordType, language), columns)
                .finish(language, { labels: true });
          }
          await book.close();
          await target.close();
          return;
        }
        if (ctx.options.workbook === 'single' && held.size > 0) {
          const target = await ctx.sink.open(XLSX_SINGLE_FILE, { mediaType: MEDIA_TYPE });
          const book = await XlsxWorkbook.open(target, language);
          for (const recordType of RECORD_TYPES) {
            const columns = xlsxColumns(recordType);
            const rows = held.get(recordType);
            if (!columns || !rows) continue;
            const sheet = book.startSheet(sheetName(recordType, language), columns);
            for (const row of rows) await sheet.addRow(row);
            sheet.finish(language);
          }
          await book.close();
          await target.close();
          return;
        }
        for (const { book, sheet, target } of books.values()) {
          sheet.finish(language);
          await book.close();
          await target.close();
        }
      },
    };
  },
});

/**
 * Imports XLSX workbooks with `readXlsx` from `@vntip/read` (a sheet per record type; the hidden row of field ids
 * when present, else the visible header; `#` codelist sheets skipped), then undoes the formula escaping.
 * @example
 * for await (const chunk of importRecords([{ name: 'person.xlsx', bytes }], { importer: xlsxImporter })) …
 */
export const xlsxImporter = defineImporter({
  meta: {
    ...META,
    description: {
      vi: 'Đọc sổ tính XLSX, mỗi trang một loại bản ghi; bỏ dấu nháy đơn chống công thức và bỏ qua các trang danh mục.',
      en: 'Reads XLSX workbooks, one record type per sheet; removes the anti-formula apostrophe and skips codelist sheets.',
    },
  },
  async *read(files, ctx) {
    for (const file of files) {
      for await (const chunk of readXlsx(file, { locale: ctx.locale })) {
        const events = (Array.isArray(chunk) ? chunk : [chunk]) as readonly ImportEvent[];
        yield events.map((event) =>
          event.kind === 'record' ? { ...event, value: unescapeCells(event.value) } : event,
        );
      }
    }
  },
});

// --- Internal helpers ---

/** A record type's sheet name: its title when Excel allows it (31 characters, none of `[]:*?/\`), else its id. */
function sheetName(recordType: string, language: 'vi' | 'en'): string {
  const title = recordTypeTitle(recordType, language);
  return title.length <= 31 && !/[[\]:*?/\\']/.test(title) ? title : recordType;
}
