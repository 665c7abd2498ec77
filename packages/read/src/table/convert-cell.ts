// Converts spreadsheet and CSV cells to the JSON value their field's schema type wants.
import type { Locale } from '@vntip/schema';
import { foldKey } from '../text/vietnamese-text';
import { lookUpCode } from './code-index';
import type { LeafSpec } from './schema-fields';

/** A cell as a reader gives it: text (CSV, or a text cell), or a typed spreadsheet value. */
export type CellValue = string | number | boolean | Date;

/** The converted value, or what the cell should have held. */
export type ConvertedCell =
  /** `readFrom`: the text of a code cell that named its code by a label or alias (`Tập huấn` for TRAINING). */
  | { readonly ok: true; readonly value: unknown; readonly readFrom?: string }
  | { readonly ok: false; readonly expected: ExpectedKind };

/** The kinds of value a conversion can expect, named in `invalid_cell_value` messages. */
export type ExpectedKind = 'integer' | 'number' | 'date' | 'boolean' | 'json';

const EXPECTED_TEXT: Readonly<Record<ExpectedKind, Readonly<Record<Locale, string>>>> = {
  integer: { vi: 'số nguyên (ví dụ 7.415)', en: 'a whole number (e.g. 7.415 or 7415)' },
  number: { vi: 'số (ví dụ 1.234,5)', en: 'a number (e.g. 1.234,5)' },
  date: { vi: 'ngày (dd/mm/yyyy hoặc YYYY-MM-DD)', en: 'a date (dd/mm/yyyy or YYYY-MM-DD)' },
  boolean: { vi: 'có/không', en: 'yes/no (có/không)' },
  json: { vi: 'JSON hợp lệ', en: 'valid JSON' },
};

/** The text naming an expected kind of value, in a locale. */
export function expectedText(kind: ExpectedKind, locale: Locale): string {
  return EXPECTED_TEXT[kind][locale];
}

/** Options of a conversion that depend on the source file. */
export interface ConvertOptions {
  /** True for workbooks whose serial dates count from 1904. */
  readonly date1904?: boolean;
}

/** Converts one non-empty cell by its field's type: numbers, dates, booleans, and codes written as labels. */
export function convertCell(
  cell: CellValue,
  leaf: LeafSpec,
  options: ConvertOptions = {},
): ConvertedCell {
  const { kinds } = leaf;
  if (leaf.date) {
    const date = parseDate(cell, options.date1904 ?? false);
    return date === undefined ? { ok: false, expected: 'date' } : { ok: true, value: date };
  }
  if (!kinds.has('string')) {
    if (kinds.has('boolean') && !kinds.has('integer') && !kinds.has('number')) {
      const value = parseBoolean(cell);
      return value === undefined ? { ok: false, expected: 'boolean' } : { ok: true, value };
    }
    if (kinds.has('integer') || kinds.has('number')) {
      const value =
        typeof cell === 'number'
          ? cell
          : typeof cell === 'string'
            ? parseVietnameseNumber(cell)
            : undefined;
      const integerOnly = !kinds.has('number');
      if (
        value === undefined ||
        !Number.isFinite(value) ||
        (integerOnly && !Number.isInteger(value))
      ) {
        return { ok: false, expected: integerOnly ? 'integer' : 'number' };
      }
      return { ok: true, value };
    }
  }
  return toCode(toText(cell, leaf), leaf);
}

function toText(cell: CellValue, leaf: LeafSpec): string {
  if (typeof cell === 'string') {
    return leaf.digits && /^\d+$/.test(cell) && cell.length < leaf.digits
      ? cell.padStart(leaf.digits, '0')
      : cell;
  }
  if (typeof cell === 'number') {
    const text = Number.isInteger(cell) ? cell.toFixed(0) : String(cell);
    return leaf.digits && /^\d+$/.test(text) && text.length < leaf.digits
      ? text.padStart(leaf.digits, '0')
      : text;
  }
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell);
}

/** A code written as itself in any case, or as its Vietnamese or English label (or a label it had before), becomes the code. */
function toCode(text: string, leaf: LeafSpec): ConvertedCell {
  if (!leaf.codelist) return { ok: true, value: text };
  const code = lookUpCode(leaf.codelist, text);
  if (code === undefined) return { ok: true, value: text };
  return code === text ? { ok: true, value: code } : { ok: true, value: code, readFrom: text };
}

const TRUE_WORDS = new Set(['true', 'co', 'x', 'yes', 'y', '1', 'dung']);
const FALSE_WORDS = new Set(['false', 'khong', 'no', 'n', '0', 'sai']);

/** Reads true/false, có/không, x (ticked), yes/no, đúng/sai and 1/0, in any case and with or without diacritics. */
export function parseBoolean(cell: CellValue): boolean | undefined {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return cell === 1 ? true : cell === 0 ? false : undefined;
  if (typeof cell !== 'string') return undefined;
  const key = foldKey(cell);
  return TRUE_WORDS.has(key) ? true : FALSE_WORDS.has(key) ? false : undefined;
}

/**
 * Reads a number written the Vietnamese way: `.` groups thousands and `,` marks decimals ("7.415" is 7415,
 * "1.234,5" is 1234.5, "0,5" is 0.5). Spaces inside are ignored. A dot not followed by exactly three-digit groups is a
 * decimal point ("3.5"), and several comma groups ("1,234,567", "1,234.5") are read the English way.
 */
export function parseVietnameseNumber(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (compact.length === 0 || compact.length > 40) return undefined;
  let normalized: string | undefined;
  if (/^[+-]?\d+$/.test(compact)) normalized = compact;
  else if (/^[+-]?\d{1,3}(\.\d{3})+$/.test(compact)) normalized = compact.replace(/\./g, '');
  else if (/^[+-]?\d{1,3}(\.\d{3})*,\d+$/.test(compact) || /^[+-]?\d+,\d+$/.test(compact)) {
    normalized = compact.replace(/\./g, '').replace(',', '.');
  } else if (
    /^[+-]?\d{1,3}(,\d{3}){2,}(\.\d+)?$/.test(compact) ||
    /^[+-]?\d{1,3}(,\d{3})+\.\d+$/.test(compact)
  ) {
    normalized = compact.replace(/,/g, '');
  } else if (/^[+-]?\d*\.\d+$/.test(compact)) normalized = compact;
  if (normalized === undefined) return undefined;
  const value = Number(normalized);
  return Number.isFinite(value) ? value : undefined;
}

// Excel serial 1 is 1900-01-01 and serial 60 is the 29 February 1900 that never was; from 61 on, days count from
// 1899-12-30. Workbooks in the 1904 system count from 1904-01-01 (serial 0).
const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
const MAX_SERIAL = 2_958_465; // 9999-12-31

/** Converts an Excel serial day number to YYYY-MM-DD, or undefined when out of range. */
export function excelSerialToDate(serial: number, date1904 = false): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > MAX_SERIAL) return undefined;
  const day = Math.floor(serial);
  if (!date1904 && day === 60) return undefined;
  const ms = date1904
    ? EPOCH_1904 + day * DAY_MS
    : EPOCH_1900 + (day < 60 ? day + 1 : day) * DAY_MS;
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Reads a date as YYYY-MM-DD from dd/mm/yyyy or d/m/yy (also with - or .), YYYY-MM-DD, an Excel serial or a Date
 * cell. A two-digit year is 2000–2068 for 00–68 and 1969–1999 for 69–99, as POSIX reads `%y`.
 */
export function parseDate(cell: CellValue, date1904 = false): string | undefined {
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime()) ? undefined : cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') return excelSerialToDate(cell, date1904);
  if (typeof cell !== 'string') return undefined;
  const text = cell.trim();
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match) return calendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(text);
  if (match) {
    const written = Number(match[3]);
    const year =
      (match[3] as string).length === 2 ? written + (written < 69 ? 2000 : 1900) : written;
    return calendarDate(year, Number(match[2]), Number(match[1]));
  }
  if (/^\d{1,7}(\.\d+)?$/.test(text)) return excelSerialToDate(Number(text), date1904);
  return undefined;
}

function calendarDate(year: number, month: number, day: number): string | undefined {
  if (year < 1 || month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
