// Record values as worksheet cells: text escaped against formulas, numbers and booleans as values, dates as date
// cells, lists in one `; `-separated cell and objects as canonical JSON, the layout `readXlsx` reads back exactly.

import type { ExporterReport, RecordEntry } from '@vntip/core';
import { canonicalJson } from '../canonical-json';
import { escapeCell, escapeCells } from '../spreadsheet-safety';
import { listCell } from './list-cell';
import type { XlsxColumn } from './xlsx-columns';

/** A value exceljs writes into a cell; null leaves it empty. */
export type XlsxCell = string | number | boolean | Date | null;

/** Excel keeps at most this many characters in a cell. */
export const MAX_CELL_CHARS = 32_767;

type Report = (report: ExporterReport) => void;

/** The value at a field path of a record, or undefined. */
export function valueAt(record: unknown, path: readonly string[]): unknown {
  let node = record;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
    node = Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined;
  }
  return node;
}

/** The cell of one column of a record; values a worksheet cannot keep exactly are reported. */
export function xlsxCell(
  value: unknown,
  column: XlsxColumn,
  entry: RecordEntry,
  report: Report,
): XlsxCell {
  const changed = (reason: string) =>
    report({
      code: 'export_value_changed',
      entry,
      path: column.path,
      params: { format: 'XLSX', reason },
    });
  const cell = cellOf(value, column, changed);
  if (typeof cell === 'string' && cell.length > MAX_CELL_CHARS) {
    changed(`the text is longer than the ${MAX_CELL_CHARS} characters a spreadsheet cell holds`);
  }
  return cell;
}

// --- Internal helpers ---

function cellOf(value: unknown, column: XlsxColumn, changed: (reason: string) => void): XlsxCell {
  if (value === undefined) return null;
  if (value === null) {
    changed('null is written as an empty cell');
    return null;
  }
  if (column.kind === 'json') return canonicalJson(escapeCells(value));
  if (column.kind === 'list' && Array.isArray(value)) {
    if (value.length === 0) {
      changed('an empty list is read as absent');
      return null;
    }
    const { text, mixed } = listCell(value);
    if (mixed) changed('the list mixes text with other values');
    return text;
  }
  if (typeof value === 'string') {
    const text = value.normalize('NFC');
    if (text === '') changed('empty text is read as absent');
    else if (text.trimEnd() !== text) changed('trailing spaces are trimmed');
    if (column.date) {
      const date = dateCell(text);
      if (date) return date;
    }
    return escapeCell(text);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      changed(`the number ${value} has no spreadsheet form`);
      return null;
    }
    return value;
  }
  if (typeof value === 'boolean') return value;
  changed('an object where the standard has a value is written as JSON');
  return escapeCell(canonicalJson(value));
}

/** A date cell for `YYYY-MM-DD`, at UTC midnight as exceljs expects, or undefined for any other text. */
function dateCell(text: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Excel's 1900 date system starts on 1900-03-01 for exact serials (it counts a 29 February 1900 that never was).
  if (year < 1901 || year > 9999 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return undefined;
  return date;
}

/** A number inside a list cell, the way `readXlsx` splits and reads it back: a decimal comma, no grouping. */
