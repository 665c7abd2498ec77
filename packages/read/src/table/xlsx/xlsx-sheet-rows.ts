// Streams the rows of a worksheet part: the XML is inflated and scanned piece by piece, never held whole, and each
// `<row>` becomes its number, its hidden flag and its cells as typed values.
import { columnLetter } from '../match-header';
import type { TabularCell } from '../tabular-records';
import type { XlsxParts } from './xlsx-parts';
import type { SharedStrings } from './xlsx-shared-strings';
import { MAX_STRING_CHARS } from './xlsx-shared-strings';
import type { XlsxStyles } from './xlsx-styles';
import type { XlsxSheet } from './xlsx-workbook';
import {
  asXlsxError,
  decodeExcelEscapes,
  XlsxError,
  type XmlHandler,
  XmlScanner,
} from './xlsx-xml-scanner';

/** One stored row of a worksheet. */
export interface XlsxRow {
  /** 1-based row number. */
  readonly row: number;
  readonly hidden: boolean;
  /** Cells by 0-based column; null where a cell is empty or absent. */
  readonly cells: TabularCell[];
}

/** What cell values depend on outside the sheet. */
export interface SheetContext {
  readonly strings: SharedStrings;
  readonly styles: XlsxStyles;
  readonly date1904: boolean;
  /**
   * Cells (stored, or empty before a stored one in its row) the workbook may still give, shared by its sheets: a
   * cell in a far column stands for thousands of empty ones, so the count guards time, not only memory.
   */
  readonly cellBudget: { remaining: number };
}

/** The cell budget of a workbook under an archive limit: no more cells than the smallest cell XML could hold. */
export function cellBudget(maxArchiveBytes: number): { remaining: number } {
  return { remaining: Math.floor(maxArchiveBytes / 8) };
}

/** The most rows and columns a worksheet can have (Excel's own limits). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** Yields the rows of a worksheet in document order; throws `XlsxError` (with sheet and row) on malformed content. */
export function* readSheetRows(
  parts: XlsxParts,
  sheet: XlsxSheet,
  context: SheetContext,
): Generator<XlsxRow> {
  if (!parts.has(sheet.part))
    throw new XlsxError(`the part of sheet "${sheet.name}" is missing (${sheet.part})`, {
      sheet: sheet.name,
    });
  const handler = new SheetHandler(context);
  const scanner = new XmlScanner(handler);
  try {
    for (const piece of parts.text(sheet.part)) {
      scanner.push(piece);
      if (handler.rows.length > 0) {
        const rows = handler.rows;
        handler.rows = [];
        yield* rows;
      }
    }
    scanner.end();
  } catch (error) {
    throw asXlsxError(error, sheet.part, {
      sheet: sheet.name,
      ...(handler.row > 0 ? { row: handler.row } : {}),
    });
  }
  yield* handler.rows;
}

class SheetHandler implements XmlHandler {
  rows: XlsxRow[] = [];
  /** Number of the row being read, or of the last one. */
  row = 0;
  wantsText = false;
  private inSheetData = false;
  private inRow = false;
  private hidden = false;
  private cells: TabularCell[] = [];
  private column = 0;
  private inCell = false;
  private type = '';
  private style = 0;
  private formula = false;
  private cellText: string | undefined;
  private inInline = false;
  private phonetic = 0;

  constructor(private readonly context: SheetContext) {}

  open(name: string, attributes: () => string[]): void {
    if (!this.inSheetData) {
      if (name === 'sheetData') this.inSheetData = true;
      return;
    }
    switch (name) {
      case 'c':
        this.openCell(attributes());
        return;
      case 'v':
        if (this.inCell) this.wantsText = true;
        return;
      case 't':
        if (this.inInline && this.phonetic === 0) this.wantsText = true;
        return;
      case 'is':
        if (this.inCell) this.inInline = true;
        return;
      case 'f':
        if (this.inCell) this.formula = true;
        return;
      case 'rPh':
        this.phonetic++;
        return;
      case 'row':
        this.openRow(attributes());
        return;
      default:
        return;
    }
  }

  close(name: string): void {
    if (!this.inSheetData) return;
    switch (name) {
      case 'v':
      case 't':
        this.wantsText = false;
        return;
      case 'c':
        if (this.inCell) this.closeCell();
        return;
      case 'is':
        this.inInline = false;
        return;
      case 'rPh':
        this.phonetic--;
        return;
      case 'row':
        if (this.inRow) {
          this.inRow = false;
          const budget = this.context.cellBudget;
          budget.remaining -= this.cells.length;
          if (budget.remaining < 0) throw new Error('the workbook has too many cells');
          this.rows.push({ row: this.row, hidden: this.hidden, cells: this.cells });
        }
        return;
      case 'sheetData':
        this.inSheetData = false;
        return;
      default:
        return;
    }
  }

  text(text: string): void {
    if (this.cellText === undefined) this.cellText = text;
    else if (this.cellText.length < MAX_STRING_CHARS) this.cellText += text;
  }

  private openRow(pairs: readonly string[]): void {
    let number = this.row + 1;
    let hidden = false;
    for (let i = 0; i < pairs.length; i += 2) {
      const key = pairs[i];
      const value = pairs[i + 1] as string;
      if (key === 'r') {
        number = /^\d{1,7}$/.test(value) ? Number(value) : 0;
        if (number < 1 || number > MAX_ROWS) throw new Error(`bad row number "${value}"`);
      } else if (key === 'hidden') hidden = value === '1' || value === 'true';
    }
    this.row = number;
    this.hidden = hidden;
    this.cells = [];
    this.column = 0;
    this.inRow = true;
  }

  private openCell(pairs: readonly string[]): void {
    if (!this.inRow) throw new Error('a cell outside a row');
    let column = this.column + 1;
    let type = 'n';
    let style = 0;
    for (let i = 0; i < pairs.length; i += 2) {
      const key = pairs[i];
      const value = pairs[i + 1] as string;
      if (key === 'r') column = columnOf(value);
      else if (key === 't') type = value;
      else if (key === 's') style = Number.parseInt(value, 10) || 0;
    }
    if (column > MAX_COLUMNS) throw new Error(`cell ${pairs[1] ?? ''} is past column XFD`);
    this.column = column;
    this.type = type;
    this.style = style;
    this.formula = false;
    this.cellText = undefined;
    this.inCell = true;
  }

  private closeCell(): void {
    this.inCell = false;
    this.inInline = false;
    this.wantsText = false;
    const { cells, column } = this;
    while (cells.length < column - 1) cells.push(null);
    cells[column - 1] = this.cellText === undefined ? null : this.value(this.cellText);
  }

  private value(text: string): TabularCell {
    switch (this.type) {
      case 's': {
        if (this.formula) return this.number(text);
        const index = /^\s*\d+\s*$/.test(text) ? Number(text) : -1;
        const value = this.context.strings.get(index);
        if (value === undefined)
          throw new Error(
            `cell ${columnLetter(this.column - 1)}${this.row} refers to a missing shared string`,
          );
        return value;
      }
      case 'str':
      case 'inlineStr':
        return decodeExcelEscapes(text);
      case 'b':
        return Number.parseInt(text, 10) !== 0;
      case 'e':
        return { formulaError: text };
      case 'd': {
        const date = new Date(text);
        return Number.isNaN(date.getTime()) ? text : date;
      }
      default:
        return this.number(text);
    }
  }

  private number(text: string): TabularCell {
    const value = Number.parseFloat(text);
    return this.style !== 0 && this.context.styles.isDate(this.style)
      ? serialToDate(value, this.context.date1904)
      : value;
  }
}

const DAY_MS = 86_400_000;
/** Serial day of 1970-01-01 in the 1900 system, as Excel counts (with its 29 February 1900). */
const UNIX_EPOCH_SERIAL = 25_569;

/**
 * A date cell's serial as a `Date` (UTC), or the serial itself when it is no date: the 29 February 1900 that Excel
 * counts (serial 60) or a number out of range. Serials before it are shifted by the day Excel wrongly inserted.
 */
export function serialToDate(serial: number, date1904: boolean): Date | number {
  if (!Number.isFinite(serial)) return serial;
  let days = serial + (date1904 ? 1462 : 0);
  if (!date1904 && serial >= 1 && serial < 61) {
    if (serial >= 60) return serial;
    days += 1;
  }
  const date = new Date(Math.round((days - UNIX_EPOCH_SERIAL) * DAY_MS));
  return Number.isNaN(date.getTime()) ? serial : date;
}

/** The 1-based column of a cell reference (`AB12` → 28); throws when it has no letters. */
function columnOf(reference: string): number {
  let column = 0;
  let i = 0;
  for (; i < reference.length && i < 4; i++) {
    const code = reference.charCodeAt(i) | 32;
    if (code < 97 || code > 122) break;
    column = column * 26 + (code - 96);
  }
  if (i === 0 || column > MAX_COLUMNS)
    throw new Error(`bad cell reference "${reference.slice(0, 20)}"`);
  return column;
}
