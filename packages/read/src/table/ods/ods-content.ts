// The sheets of an OpenDocument spreadsheet (.ods, LibreOffice's own format) from its `content.xml`, scanned piece by
// piece: every sheet is a `<table:table>`, every row a `<table:table-row>` whose cells carry typed values
// (`office:value-type`) and may repeat (`number-columns-repeated`, `number-rows-repeated`: LibreOffice writes the
// empty rest of a sheet as one cell repeated a thousand times), and a merged range is the span of its top-left cell
// (`number-columns-spanned`, `number-rows-spanned`).
import type { MergedRange } from '../merged-range';
import type { TabularCell } from '../tabular-records';
import type { WorkbookRow } from '../workbook-records';
import { MAX_COLUMNS, MAX_ROWS } from '../xlsx/xlsx-sheet-rows';
import { attribute, type XmlHandler } from '../xlsx/xlsx-xml-scanner';

/** What the scan of `content.xml` gives, in document order. */
export type OdsItem =
  | { readonly kind: 'sheet'; readonly name: string }
  | { readonly kind: 'row'; readonly row: WorkbookRow }
  | { readonly kind: 'merge'; readonly range: MergedRange };

/** Turns the tokens of `content.xml` into sheets, rows and merged ranges, queued in `items`. */
export class OdsContentHandler implements XmlHandler {
  items: OdsItem[] = [];
  wantsText = false;
  /** Sheets opened so far: the last is the one being read. */
  sheets = 0;
  /** Rows of the current sheet done: the one being read is the next. */
  row = 0;
  private inTable = false;
  private rowRepeat = 1;
  private hidden = false;
  private cells: TabularCell[] = [];
  private column = 0;
  private inCell = false;
  private cellRepeat = 1;
  private cellValue: TabularCell = null;
  private pieces: string[] = [];
  private paragraphs = 0;

  /** @param cellBudget cells the file may still give, shared with every read of it: a bound on time, not only memory. */
  constructor(private readonly cellBudget: { remaining: number }) {}

  open(name: string, attributes: () => string[]): void {
    switch (name) {
      case 'table':
        this.inTable = true;
        this.sheets++;
        this.row = 0;
        this.items.push({ kind: 'sheet', name: attribute(attributes(), 'name') ?? '' });
        return;
      case 'table-row':
        if (this.inTable) this.openRow(attributes());
        return;
      case 'table-cell':
      case 'covered-table-cell':
        if (this.inTable) this.openCell(name, attributes());
        return;
      case 'p':
        if (!this.inCell) return;
        if (this.paragraphs++ > 0) this.pieces.push('\n');
        this.wantsText = true;
        return;
      case 's':
        if (this.inCell) this.pieces.push(' '.repeat(count(attribute(attributes(), 'c'), 1, 1024)));
        return;
      case 'tab':
        if (this.inCell) this.pieces.push('\t');
        return;
      case 'line-break':
        if (this.inCell) this.pieces.push('\n');
        return;
      // A cell's note (`office:annotation`) is not its value.
      case 'annotation':
        if (this.inCell) this.wantsText = false;
        return;
      default:
        return;
    }
  }

  close(name: string): void {
    switch (name) {
      case 'table':
        this.inTable = false;
        return;
      case 'table-row':
        if (this.inTable) this.closeRow();
        return;
      case 'table-cell':
      case 'covered-table-cell':
        if (this.inCell) this.closeCell();
        return;
      case 'p':
        this.wantsText = false;
        return;
      default:
        return;
    }
  }

  text(piece: string): void {
    this.pieces.push(piece);
  }

  private openRow(pairs: readonly string[]): void {
    this.rowRepeat = count(attribute(pairs, 'number-rows-repeated'), 1, MAX_ROWS);
    const visibility = attribute(pairs, 'visibility');
    this.hidden = visibility === 'collapsed' || visibility === 'filter';
    this.cells = [];
    this.column = 0;
  }

  private closeRow(): void {
    const first = this.row + 1;
    this.row += this.rowRepeat;
    if (this.row > MAX_ROWS) throw new Error(`more than ${MAX_ROWS} rows in a sheet`);
    if (!this.cells.some((cell) => cell !== null)) return;
    for (let row = first; row <= this.row; row++) {
      this.cellBudget.remaining -= this.cells.length;
      if (this.cellBudget.remaining < 0) throw new Error('the spreadsheet has too many cells');
      this.items.push({ kind: 'row', row: { row, hidden: this.hidden, cells: [...this.cells] } });
    }
  }

  private openCell(name: string, pairs: readonly string[]): void {
    this.inCell = true;
    this.cellRepeat = count(attribute(pairs, 'number-columns-repeated'), 1, MAX_COLUMNS);
    this.pieces = [];
    this.paragraphs = 0;
    this.cellValue = name === 'covered-table-cell' ? null : typedValue(pairs);
    const across = count(attribute(pairs, 'number-columns-spanned'), 1, MAX_COLUMNS);
    const down = count(attribute(pairs, 'number-rows-spanned'), 1, MAX_ROWS);
    if (across > 1 || down > 1) {
      const top = this.row + 1;
      this.items.push({
        kind: 'merge',
        range: {
          top,
          left: this.column,
          bottom: top + down - 1,
          right: this.column + across - 1,
        },
      });
    }
  }

  private closeCell(): void {
    this.inCell = false;
    this.wantsText = false;
    // A typed value wins; a string (or an untyped cell with text, as a formula error shows) is its paragraphs.
    const value = this.cellValue ?? (this.pieces.length > 0 ? this.pieces.join('') : null);
    const end = this.column + this.cellRepeat;
    if (end > MAX_COLUMNS) throw new Error(`more than ${MAX_COLUMNS} columns in a row`);
    if (value !== null && value !== '') {
      while (this.cells.length < this.column) this.cells.push(null);
      for (let i = this.column; i < end; i++) this.cells.push(value);
    }
    this.column = end;
  }
}

/** A cell's value from its `office:value-type`; null for a string cell (its text is its value) or an untyped one. */
function typedValue(pairs: readonly string[]): TabularCell {
  switch (attribute(pairs, 'value-type')) {
    case 'float':
    case 'percentage':
    case 'currency': {
      const number = Number(attribute(pairs, 'value'));
      return Number.isFinite(number) ? number : null;
    }
    case 'date':
      return odsDate(attribute(pairs, 'date-value') ?? '');
    case 'boolean':
      return attribute(pairs, 'boolean-value') === 'true';
    default:
      return null;
  }
}

/** An `office:date-value` (`2024-03-05` or `2024-03-05T10:30:00`) as a Date at that time in UTC, as XLSX dates are. */
function odsDate(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?)?$/.exec(text);
  if (!match) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = match;
  const date = new Date(
    Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)),
  );
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A repeat or span count: a whole number from 1 to `max`; anything else is malformed. */
function count(text: string | undefined, fallback: number, max: number): number {
  if (text === undefined) return fallback;
  if (!/^\d{1,7}$/.test(text) || Number(text) < 1 || Number(text) > max)
    throw new Error(`bad repeat or span count "${text.slice(0, 20)}"`);
  return Number(text);
}
