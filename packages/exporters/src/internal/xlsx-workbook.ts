// A streaming XLSX workbook written into a sink file with exceljs's WorkbookWriter: byte-identical for the same
// input (fixed document and zip entry dates), with the header, codelist sheets and dropdowns of the VN-TIP layout.
import type { SinkTarget } from '@vntip/core';
import { CODELISTS } from '@vntip/schema';
import type ExcelJS from 'exceljs';
import { escapeCell } from '../spreadsheet-safety';
import type { XlsxCell } from './xlsx-cells';
import type { XlsxColumn } from './xlsx-columns';

/** Prefix of a codelist sheet's name (`#sex`); `readXlsx` skips such sheets. */
export const CODELIST_SHEET_PREFIX = '#';

/** Blank rows under the data that keep their dropdowns, for officers adding records. */
export const ENTRY_ROWS = 1000;

/** The date of every zip entry and of the document properties, so that two runs write the same bytes. */
const FIXED_DATE = new Date(Date.UTC(2025, 0, 1));

/** The style of every cell but dates: shared, so exceljs looks it up once. */
const PLAIN_STYLE: Partial<ExcelJS.Style> = {};

/** Rows written between two pauses that let the zip stream catch up. */
const ROWS_PER_PAUSE = 32;

type Language = 'vi' | 'en';

/** The parts of exceljs's streaming writer we use, including two it does not declare. */
interface StreamWorkbook {
  zip: { append(source: unknown, data: Record<string, unknown>): unknown };
  addThemes(): Promise<void>;
  addWorksheet(name: string, options?: Partial<ExcelJS.AddWorksheetOptions>): StreamSheet;
  commit(): Promise<void>;
}

interface StreamSheet {
  columns: Partial<ExcelJS.Column>[];
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
  addRow(values: readonly XlsxCell[]): ExcelJS.Row;
  commit(): void;
}

/** A workbook being streamed into one sink file. */
export class XlsxWorkbook {
  private readonly codelists = new Set<string>();
  private rows = 0;

  private constructor(
    private readonly book: StreamWorkbook,
    private readonly output: import('node:stream').Writable,
    private readonly finished: Promise<void>,
    private readonly language: Language,
  ) {}

  /** Starts a workbook written into `target` as the zip stream produces it, with backpressure. */
  static async open(target: SinkTarget, language: Language): Promise<XlsxWorkbook> {
    const [excelModule, { Writable }] = await Promise.all([
      import('exceljs'),
      import('node:stream'),
    ]);
    // exceljs is CommonJS: ESM sees its exports under `default`, bundlers may also lift them to the namespace.
    const excel =
      (excelModule as { default?: typeof ExcelJS }).default ?? (excelModule as typeof ExcelJS);
    const output = new Writable({
      highWaterMark: 1 << 20,
      write(chunk: Buffer, _encoding, callback) {
        Promise.resolve(
          target.write(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length)),
        ).then(() => callback(), callback);
      },
    });
    const finished = new Promise<void>((resolve, reject) => {
      output.on('finish', resolve);
      output.on('error', reject);
    });
    finished.catch(() => undefined);
    const Base = excel.stream.xlsx.WorkbookWriter as unknown as new (
      options: object,
    ) => StreamWorkbook;
    // Archiver stamps each zip entry with the time it is added; the first entries are added in the constructor,
    // right after `zip` exists and starting with the theme, so the date is pinned there.
    class PinnedDates extends Base {
      override addThemes(): Promise<void> {
        const zip = this.zip;
        const append = zip.append.bind(zip);
        zip.append = (source, data) => append(source, { ...data, date: FIXED_DATE });
        return super.addThemes();
      }
    }
    const book = new PinnedDates({
      stream: output,
      useStyles: true,
      useSharedStrings: false,
      created: FIXED_DATE,
      modified: FIXED_DATE,
      creator: 'VN-TIP',
      lastModifiedBy: 'VN-TIP',
      zip: { zlib: { level: 6 } },
    });
    return new XlsxWorkbook(book, output, finished, language);
  }

  /** Adds a record type's sheet: a visible header, a hidden row of field ids, a frozen pane below them. */
  startSheet(name: string, columns: readonly XlsxColumn[]): XlsxSheet {
    const sheet = this.book.addWorksheet(name, {
      views: [{ state: 'frozen', xSplit: 0, ySplit: 2, topLeftCell: 'A3', activeCell: 'A3' }],
    });
    sheet.columns = columns.map((column) => ({
      width: Math.min(40, Math.max(10, column.label[this.language].length + 2)),
      ...(column.date ? { style: { numFmt: this.dateFormat() } } : {}),
    }));
    const header = sheet.addRow(columns.map((column) => escapeCell(column.label[this.language])));
    header.font = { bold: true };
    // A required column is marked by a fill and a note, never in the header text, which the reader matches.
    columns.forEach((column, i) => {
      if (!column.required) return;
      const cell = header.getCell(i + 1);
      cell.fill = REQUIRED_FILL;
      cell.note = this.language === 'vi' ? 'Bắt buộc: phải điền.' : 'Required: must be filled.';
    });
    header.commit();
    const ids = sheet.addRow(columns.map((column) => column.id));
    ids.hidden = true;
    ids.commit();
    for (const column of columns) {
      if (column.codelist && Object.hasOwn(CODELISTS, column.codelist))
        this.codelists.add(column.codelist);
    }
    return new XlsxSheet(this, sheet, columns, this.dateFormat());
  }

  /**
   * Adds the instructions sheet of the template: per record type, its sheet and description, then each column with
   * its meaning (the schema's description), whether it is required, and where its allowed values are listed.
   */
  writeInstructions(
    sections: readonly { sheet: string; description: string; columns: readonly XlsxColumn[] }[],
  ): void {
    const vi = this.language === 'vi';
    // `#` keeps the reader from taking it for a record type's sheet (it skips `#` sheets).
    const sheet = this.book.addWorksheet(
      `${CODELIST_SHEET_PREFIX}${vi ? 'Hướng dẫn' : 'Instructions'}`,
    );
    sheet.columns = [{ width: 36 }, { width: 80 }, { width: 12 }, { width: 40 }];
    sheet
      .addRow([
        vi
          ? 'Mỗi trang một loại bản ghi; mỗi hàng một bản ghi, từ hàng 3. Cột tô vàng (có ghi chú) là bắt buộc. Cột có danh sách chọn: chọn một nhãn.'
          : 'One sheet per record type; one row per record, from row 3. Yellow columns (with a note) are required. Columns with a dropdown: pick a label.',
      ])
      .commit();
    for (const section of sections) {
      sheet.addRow([]).commit();
      const title = sheet.addRow([escapeCell(section.sheet), escapeCell(section.description)]);
      title.font = { bold: true };
      title.commit();
      const header = sheet.addRow(
        vi
          ? ['Cột', 'Ý nghĩa', 'Bắt buộc', 'Giá trị cho phép']
          : ['Column', 'Meaning', 'Required', 'Allowed values'],
      );
      header.font = { italic: true };
      header.commit();
      for (const column of section.columns) {
        const allowed =
          column.codelist && Object.hasOwn(CODELISTS, column.codelist)
            ? vi
              ? `Danh sách chọn (trang ${CODELIST_SHEET_PREFIX}${column.codelist})`
              : `Dropdown (sheet ${CODELIST_SHEET_PREFIX}${column.codelist})`
            : '';
        sheet
          .addRow([
            escapeCell(column.label[this.language]),
            escapeCell(column.description[this.language]),
            column.required ? (vi ? 'Có' : 'Yes') : '',
            allowed,
          ])
          .commit();
      }
    }
    sheet.commit();
  }

  /** Lets the zip stream catch up every few rows, and waits while the sink is slower than the exporter. */
  async rowWritten(): Promise<void> {
    this.rows++;
    if (this.rows % ROWS_PER_PAUSE !== 0) return;
    await new Promise((resolve) => setImmediate(resolve));
    if (this.output.writableNeedDrain)
      await new Promise((resolve) => this.output.once('drain', resolve));
  }

  /** Adds the codelist sheets, finishes the zip and waits until the sink has every byte. */
  async close(): Promise<void> {
    for (const name of this.codelists) this.writeCodelist(name);
    await this.book.commit();
    await this.finished;
  }

  /**
   * The dropdown source of a codelist: a column of its sheet, by range so a list of any length works (Excel refuses
   * inline lists over 255 characters). `code` is column A, `vi` and `en` the label columns B and C.
   */
  static codelistRange(codelist: string, source: 'code' | Language = 'code'): string {
    const rows = CODELISTS[codelist as keyof typeof CODELISTS]?.rows.length ?? 0;
    const col = source === 'vi' ? 'B' : source === 'en' ? 'C' : 'A';
    return `'${CODELIST_SHEET_PREFIX}${codelist}'!$${col}$2:$${col}$${rows + 1}`;
  }

  private dateFormat(): string {
    return this.language === 'vi' ? 'dd/mm/yyyy' : 'yyyy-mm-dd';
  }

  private writeCodelist(name: string): void {
    const list = CODELISTS[name as keyof typeof CODELISTS];
    if (!list) return;
    const sheet = this.book.addWorksheet(`${CODELIST_SHEET_PREFIX}${name}`, {
      views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    });
    sheet.columns = [{ width: 16 }, { width: 40 }, { width: 40 }];
    const header = sheet.addRow(
      this.language === 'vi'
        ? ['Mã', 'Nhãn tiếng Việt', 'Nhãn tiếng Anh']
        : ['Code', 'Vietnamese label', 'English label'],
    );
    header.font = { bold: true };
    header.commit();
    for (const row of list.rows) {
      sheet
        .addRow([escapeCell(row.code), escapeCell(row.labelVi), escapeCell(row.labelEn)])
        .commit();
    }
    sheet.commit();
  }
}

/** The fill of a required column's header. */
const REQUIRED_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFFFE699' },
};

/** A record type's sheet being written, one committed row at a time. */
export class XlsxSheet {
  private lastRow = 2;
  private readonly dateStyle: Partial<ExcelJS.Style>;

  constructor(
    private readonly workbook: XlsxWorkbook,
    private readonly sheet: StreamSheet,
    private readonly columns: readonly XlsxColumn[],
    dateFormat: string,
  ) {
    this.dateStyle = { numFmt: dateFormat };
  }

  /** Writes one record's cells. */
  async addRow(cells: readonly XlsxCell[]): Promise<void> {
    const row = this.sheet.addRow(cells);
    // exceljs gives each cell a style object of its own and dedupes it by content, which costs more than the cell;
    // shared style objects are deduped by identity instead.
    for (let i = 0; i < cells.length; i++) {
      row.getCell(i + 1).style = cells[i] instanceof Date ? this.dateStyle : PLAIN_STYLE;
    }
    row.commit();
    this.lastRow++;
    await this.workbook.rowWritten();
  }

  /**
   * Adds the dropdowns of coded columns, down to `ENTRY_ROWS` blank rows under the data, and commits the sheet. With
   * `labels` (the blank template), the dropdowns list the labels in `language`, which the reader maps back to codes.
   */
  finish(language: Language, options: { readonly labels?: boolean } = {}): void {
    const last = this.lastRow + ENTRY_ROWS;
    this.columns.forEach((column, i) => {
      if (column.kind !== 'value' || !column.codelist || !Object.hasOwn(CODELISTS, column.codelist))
        return;
      const letter = columnLetter(i);
      this.sheet.dataValidations.add(`${letter}3:${letter}${last}`, {
        type: 'list',
        allowBlank: true,
        formulae: [XlsxWorkbook.codelistRange(column.codelist, options.labels ? language : 'code')],
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: language === 'vi' ? 'Mã không có trong danh mục' : 'Code not in the codelist',
        error:
          language === 'vi'
            ? `Chọn một mã của danh mục ${column.codelist} (trang ${CODELIST_SHEET_PREFIX}${column.codelist}).`
            : `Pick a code of the ${column.codelist} codelist (sheet ${CODELIST_SHEET_PREFIX}${column.codelist}).`,
      });
    });
    this.sheet.commit();
  }
}

/** The spreadsheet column letters of a 0-based column index: 0 → A, 26 → AA. */
function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
