// Protection against formula injection (CSV injection) in spreadsheet output, shared by the CSV and XLSX exporters.

/** The characters that make a spreadsheet read a cell as a formula, plus the apostrophe and leading whitespace. */
const NEEDS_ESCAPE = /^[=+\-@'\s]/u;

/**
 * Makes text safe to put in a spreadsheet cell: text starting with `=`, `+`, `-`, `@`, a tab, a carriage return
 * (or any other whitespace) or an apostrophe gets one more apostrophe in front. Excel and LibreOffice show a leading
 * apostrophe typed into a cell as a marker, never as a formula. `unescapeCell` removes exactly one leading
 * apostrophe, so every text round-trips: `=1+1` ↔ `'=1+1`, `'quoted` ↔ `''quoted`. Only text is escaped: numbers,
 * booleans and dates are written as values and cannot be formulas.
 * @example
 * escapeCell('=HYPERLINK("x")'); // `'=HYPERLINK("x")`
 */
export function escapeCell(text: string): string {
  return NEEDS_ESCAPE.test(text) ? `'${text}` : text;
}

/**
 * Undoes `escapeCell`: removes one leading apostrophe. Apply it to every text value read from a file that
 * `escapeCell` wrote, and to nothing else.
 * @example
 * unescapeCell(`''quoted`); // `'quoted`
 */
export function unescapeCell(text: string): string {
  return text.startsWith("'") ? text.slice(1) : text;
}

/** Applies `unescapeCell` to every string in a JSON value, keys excepted; returns a new value. */
export function unescapeCells(value: unknown): unknown {
  if (typeof value === 'string') return unescapeCell(value);
  if (Array.isArray(value)) return value.map(unescapeCells);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      Object.defineProperty(out, key, {
        value: unescapeCells(child),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  return value;
}

/** Applies `escapeCell` to every string in a JSON value, keys excepted; returns a new value. */
export function escapeCells(value: unknown): unknown {
  if (typeof value === 'string') return escapeCell(value);
  if (Array.isArray(value)) return value.map(escapeCells);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      Object.defineProperty(out, key, {
        value: escapeCells(child),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  return value;
}
