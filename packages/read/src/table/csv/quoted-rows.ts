// Rows hidden in a quoted cell: a quote that is never closed where it should be, but closes properly further down,
// turns the rows between into the text of one cell and the file still reads as well-formed. The lines inside a
// multi-line cell are looked at: one with as many delimiters as the header and a first field shaped like the row's
// first cell (an id) is most likely a row, and the cell is worth a warning. Free text over several lines is not.

/** A multi-line cell of a row whose inner lines look like rows. */
export interface QuotedRows {
  /** 0-based index of the cell in its row. */
  readonly field: number;
  /** Physical lines the cell spans, from the line of its opening quote. */
  readonly lines: number;
  /** 0-based offset, from the row's first line, of the line holding the opening quote. */
  readonly lineOffset: number;
  /** How many of the lines after the opening quote's look like rows. */
  readonly count: number;
}

const LINE_BREAK = /\r\n|\n|\r/;
/** The longest first field still taken for an id. */
const MAX_ID_LENGTH = 40;

/**
 * The multi-line cells of a row whose inner lines look like rows of a table `width` cells wide (the header's):
 * each line that starts a physical line inside the cell (the last up to the closing quote, followed by the cells
 * after it) is counted when it has `width - 1` delimiters and its first field has the shape of the row's first cell
 * (or, when that cell is itself the multi-line one or is not id-like, the shape of an id holding a digit).
 */
export function quotedRows(
  cells: readonly string[],
  width: number,
  delimiter: string,
): QuotedRows[] {
  const found: QuotedRows[] = [];
  if (width < 2) return found;
  let lineOffset = 0;
  cells.forEach((cell, field) => {
    if (!LINE_BREAK.test(cell)) return;
    const parts = cell.split(LINE_BREAK);
    const first = field > 0 ? idShape(cells[0] ?? '') : undefined;
    let count = 0;
    parts.forEach((part, at) => {
      if (at === 0) return;
      // The closing line goes on after the quote with the row's remaining cells, one delimiter before each.
      const after = at === parts.length - 1 ? cells.length - 1 - field : 0;
      if (countOf(part, delimiter) + after !== width - 1) return;
      const end = part.indexOf(delimiter);
      const head = end < 0 ? part : part.slice(0, end);
      const shape = idShape(head);
      if (shape === undefined) return;
      if (first !== undefined ? shape === first : /\d/.test(head)) count++;
    });
    if (count > 0) found.push({ field, lines: parts.length, lineOffset, count });
    lineOffset += parts.length - 1;
  });
  return found;
}

function countOf(text: string, delimiter: string): number {
  let count = 0;
  for (let at = text.indexOf(delimiter); at >= 0; at = text.indexOf(delimiter, at + 1)) count++;
  return count;
}

/**
 * The shape of an id-like text (letters become `a`, digits `9`, runs of each one character, the rest kept), or
 * undefined for a text that is no id: empty, too long, or holding spaces. `P-001` and `P-12` have the same shape.
 */
function idShape(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > MAX_ID_LENGTH || /\s/.test(trimmed)) return undefined;
  return trimmed
    .normalize('NFC')
    .replace(/\p{L}+/gu, 'a')
    .replace(/\p{N}+/gu, '9');
}
