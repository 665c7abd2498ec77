import { byteChunks } from '../../byte-chunks';
import { ReadContext } from '../../read-context';
import type { InputFile } from '../../read-event';
import type { ReadOptions } from '../../read-options';
import { decodeText } from '../../text/decode-text';
import { csvRows } from './read-csv';

/**
 * The cells of a CSV file as `readCsv` splits them (same encoding detection, `sep=` line and delimiter), each row at
 * the line it starts on, so `rows[n - 1]` is the row an issue locates at row n; the lines a multi-line cell runs on
 * to, the `sep=` line and rows the scanner could not split are empty. For writing the officer's file back (the
 * annotated workbook), not for records: problems in the file are what `readCsv` reports, and are not repeated here.
 * @example
 * const rows = await readCsvRows({ name: 'person.csv', bytes });
 */
export async function readCsvRows(file: InputFile, options: ReadOptions = {}): Promise<string[][]> {
  const context = new ReadContext(file.name, options);
  const rows: string[][] = [];
  for await (const { row, cells } of csvRows(
    decodeText(byteChunks(file.bytes), context),
    context,
  )) {
    context.drain();
    while (rows.length < row - 1) rows.push([]);
    rows.push(cells.map((cell) => (cell === null ? '' : String(cell))));
  }
  return rows;
}
