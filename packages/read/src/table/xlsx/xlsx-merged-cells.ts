// The merged cells of a worksheet. They are listed after the sheet's rows (`<mergeCells>` follows `<sheetData>`), so
// the part is read once ahead, only to find them, before its rows are streamed.
import { type MergedRange, parseMergedRange } from '../merged-range';
import type { XlsxParts } from './xlsx-parts';
import type { XlsxSheet } from './xlsx-workbook';

/** Most merged ranges read from one sheet; the rest are ignored (Excel itself warns far below this). */
export const MAX_MERGED_RANGES = 100_000;

const MERGE_CELL = /<(?:[\w.-]+:)?mergeCell\b[^>]*?\sref\s*=\s*["']([^"']{1,40})["']/g;
/** Characters kept from the end of a piece, so a tag cut between two pieces is found in the next. */
const CARRY_CHARS = 256;

/**
 * The merged ranges of a sheet, in document order; empty when it has none or its part is missing. A damaged part
 * gives the ranges found before the damage: the damage itself is reported where the rows are read, after the records
 * before it.
 */
export function readMergedRanges(parts: XlsxParts, sheet: XlsxSheet): MergedRange[] {
  const ranges: MergedRange[] = [];
  if (!parts.has(sheet.part)) return ranges;
  try {
    scan(parts, sheet, ranges);
  } catch {
    // Reported by the read of the rows.
  }
  return ranges;
}

function scan(parts: XlsxParts, sheet: XlsxSheet, ranges: MergedRange[]): void {
  for (const range of findMergedRanges(parts.text(sheet.part, true))) ranges.push(range);
}

/**
 * The `<mergeCell ref="…">` ranges in worksheet XML given piece by piece (any namespace prefix), up to
 * `MAX_MERGED_RANGES`; a tag cut between two pieces is found whole. Text inside cells cannot hide a tag: it is
 * escaped (`&lt;`).
 */
export function* findMergedRanges(pieces: Iterable<string>): Generator<MergedRange> {
  let carry = '';
  let found = 0;
  for (const piece of pieces) {
    const text = carry + piece;
    let end = 0;
    if (text.includes('mergeCell')) {
      for (const match of text.matchAll(MERGE_CELL)) {
        end = (match.index ?? 0) + match[0].length;
        const range = parseMergedRange(match[1] as string);
        if (range && found < MAX_MERGED_RANGES) {
          found++;
          yield range;
        }
      }
    }
    carry = text.slice(Math.max(end, text.length - CARRY_CHARS));
  }
}
