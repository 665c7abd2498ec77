// The text of ctdc.csv: the 27 names, then one line per row, rows sorted so their order says nothing of the input's.
import { escapeCell } from '../spreadsheet-safety';
import { CTDC_COLUMNS, type CtdcRow } from './ctdc-columns';
import { csvRow } from './sdmx-csv-line';

/** The CSV lines of a CTDC table (`\r\n` line ends, as every CSV we write), header first, rows in sorted order. */
export function ctdcCsv(rows: readonly CtdcRow[]): string {
  const lines = rows
    .map((row) => csvRow(CTDC_COLUMNS.map((column) => escapeCell(row[column]))))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return [csvRow(CTDC_COLUMNS), ...lines].join('');
}
