import { canonicalJson } from '../canonical-json';
import { escapeCell } from '../spreadsheet-safety';

/** A number as CSV and XLSX text write it: no grouping, a decimal comma (`readCsv` reads `1.234` as 1234). */
export function decimalComma(value: number): string {
  return String(value).replace('.', ',');
}

/**
 * A list as one spreadsheet cell: its items joined by `; ` when none is empty, padded or holds a separator (numbers with
 * a decimal comma), else a canonical JSON array. Text items are in NFC and escaped against formulas. `mixed` is true
 * when the list mixes text with other values, which the reader cannot tell apart.
 */
export function listCell(value: readonly unknown[]): {
  readonly text: string;
  readonly mixed: boolean;
} {
  const items = value.map((item) =>
    typeof item === 'string' ? escapeCell(item.normalize('NFC')) : item,
  );
  const plain = items.every(
    (item, i) =>
      (typeof item === 'number' && Number.isFinite(item)) ||
      (typeof item === 'string' &&
        item !== '' &&
        item.trim() === item &&
        !/[;|\n\r]/.test(item) &&
        !(i === 0 && item.startsWith('['))),
  );
  if (plain)
    return {
      text: items
        .map((item) => (typeof item === 'number' ? decimalComma(item) : String(item)))
        .join('; '),
      mixed: false,
    };
  return { text: canonicalJson(items), mixed: !items.every((item) => typeof item === 'string') };
}
