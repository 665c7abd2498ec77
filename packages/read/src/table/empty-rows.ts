import type { ReadContext } from '../read-context';

/**
 * Collects consecutive empty rows and reports each run once as `empty_row` when a non-empty row follows. A run at
 * the end of the input is trailing padding and is not reported.
 */
export class EmptyRowRun {
  private first: number | undefined;
  private last: number | undefined;

  constructor(
    private readonly context: ReadContext,
    private readonly sheet?: string,
  ) {}

  /** Notes an empty row. */
  add(row: number): void {
    this.addRange(row, row);
  }

  /** Notes consecutive empty rows, `from` to `to` inclusive. */
  addRange(from: number, to: number): void {
    this.first ??= from;
    this.last = to;
  }

  /** Reports the run noted so far, if any. */
  flush(): void {
    if (this.first === undefined || this.last === undefined) return;
    const rows = this.first === this.last ? `${this.first}` : `${this.first}–${this.last}`;
    this.context.report('empty_row', {
      location: { row: this.first, ...(this.sheet ? { sheet: this.sheet } : {}) },
      params: { rows },
    });
    this.first = undefined;
    this.last = undefined;
  }
}
