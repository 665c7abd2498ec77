import { columnLetter } from './match-header';

/** A range of merged cells in a worksheet: rows 1-based, columns 0-based, both ends included. */
export interface MergedRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const REFERENCE = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** Reads a range reference such as `A7:A9` (or a single cell `B2`); undefined when it is no cell reference. */
export function parseMergedRange(reference: string): MergedRange | undefined {
  const [from = '', to = from] = reference.trim().split(':');
  const start = cellOf(from ?? '');
  const end = cellOf(to);
  if (!start || !end) return undefined;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}

/** The reference of a range as a spreadsheet writes it: `A7:A9`. */
export function mergedRangeName(range: MergedRange): string {
  return `${columnLetter(range.left)}${range.top}:${columnLetter(range.right)}${range.bottom}`;
}

function cellOf(reference: string): { row: number; column: number } | undefined {
  const match = REFERENCE.exec(reference.trim());
  if (!match) return undefined;
  let column = 0;
  for (const char of (match[1] as string).toUpperCase())
    column = column * 26 + (char.charCodeAt(0) - 64);
  const row = Number(match[2]);
  return row >= 1 && column >= 1 ? { row, column: column - 1 } : undefined;
}
