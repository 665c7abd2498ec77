import { quoteValue } from '@vntip/core';
import type { Sensitivity } from '@vntip/schema';
import type { ReadContext } from '../read-context';
import { columnLetter } from './match-header';
import { type MergedRange, mergedRangeName } from './merged-range';
import type { TabularCell, TabularRow } from './tabular-records';

/**
 * Fills vertically merged data cells down: a spreadsheet keeps the value of a merged range only in its top cell, so
 * each row below it gets that value in the range's first column, and the range is reported once as
 * `merged_cells_filled`. Only ranges below the header and at least two rows high are filled; a row that is
 * otherwise empty stays empty. Rows must come in order.
 */
export class MergedCellFill {
  private readonly ranges: readonly MergedRange[];
  private next = 0;
  private active: { range: MergedRange; value: TabularCell; reported: boolean }[] = [];

  constructor(
    ranges: readonly MergedRange[],
    headerRow: number,
    private readonly context: ReadContext,
    private readonly header: (column: number) => string,
    private readonly sheet?: string,
    /** The schema's class of the field a column maps to: the fill's message quotes no sensitive value. */
    private readonly sensitivity: (column: number) => Sensitivity | undefined = () => undefined,
  ) {
    this.ranges = ranges
      .filter((range) => range.top > headerRow && range.bottom > range.top)
      .sort((a, b) => a.top - b.top || a.left - b.left);
  }

  /** The cells of a non-empty data row, with the values of the merged ranges that cover it filled in. */
  apply(row: TabularRow): readonly TabularCell[] {
    if (this.ranges.length === 0) return row.cells;
    this.active = this.active.filter(({ range }) => range.bottom >= row.row);
    while (
      this.next < this.ranges.length &&
      (this.ranges[this.next] as MergedRange).top <= row.row
    ) {
      const range = this.ranges[this.next++] as MergedRange;
      if (range.bottom < row.row) continue;
      const value = range.top === row.row ? (row.cells[range.left] ?? null) : null;
      if (value !== null) this.active.push({ range, value, reported: false });
    }
    let cells: TabularCell[] | undefined;
    for (const entry of this.active) {
      const { range } = entry;
      if (range.top === row.row) continue;
      const current = row.cells[range.left] ?? null;
      if (current !== null && !(typeof current === 'string' && current.trim() === '')) continue;
      cells ??= [...row.cells];
      while (cells.length <= range.left) cells.push(null);
      cells[range.left] = entry.value;
      if (!entry.reported) {
        entry.reported = true;
        this.report(range, entry.value);
      }
    }
    return cells ?? row.cells;
  }

  private report(range: MergedRange, value: TabularCell): void {
    const text =
      value instanceof Date
        ? value.toISOString().slice(0, 10)
        : typeof value === 'object' && value !== null
          ? value.formulaError
          : String(value);
    const letter = columnLetter(range.left);
    const header = this.header(range.left) || letter;
    this.context.report('merged_cells_filled', {
      location: {
        ...(this.sheet ? { sheet: this.sheet } : {}),
        row: range.top,
        column: header,
        cell: mergedRangeName(range),
      },
      params: {
        range: mergedRangeName(range),
        column: letter,
        header,
        value: quoteValue(text, this.context.locale, this.sensitivity(range.left)),
        rows: range.bottom - range.top + 1,
      },
    });
  }
}
