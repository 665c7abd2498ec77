// One RFC 4180 line: cells quoted when they hold a quote, the delimiter or a line break; `\r\n` line end.

/** Joins cells into one CSV line ended by `\r\n`, quoting cells that need it. */
export function csvRow(cells: readonly string[], delimiter = ','): string {
  return `${cells.map((cell) => quoteCell(cell, delimiter)).join(delimiter)}\r\n`;
}

function quoteCell(cell: string, delimiter: string): string {
  return cell.includes('"') || cell.includes(delimiter) || /[\r\n]/.test(cell)
    ? `"${cell.replace(/"/g, '""')}"`
    : cell;
}
