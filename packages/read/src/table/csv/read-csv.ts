import { quoteValue } from '@vntip/core';
import { type Locale, RECORD_TYPE_SCHEMA_FILES } from '@vntip/schema';
import { byteChunks } from '../../byte-chunks';
import { guardReader, ReadContext } from '../../read-context';
import type { InputFile, ReadChunk } from '../../read-event';
import type { ReadOptions } from '../../read-options';
import { decodeText } from '../../text/decode-text';
import { columnLetter } from '../match-header';
import { peekHeaderRows, recordTypeFromHeaders } from '../record-type-from-headers';
import { defaultRecordType, reportInferred } from '../record-type-names';
import { type TabularRow, tabularRecords } from '../tabular-records';
import { type CsvProblem, CsvRowScanner, type CsvScanned, detectLineBreak } from './csv-rows';
import { quotedRows } from './quoted-rows';

/** Delimiters a CSV file may use, in order of preference when counts tie. */
export const CSV_DELIMITERS = [',', ';', '\t', '|'] as const;

/**
 * Reads a CSV file of one record type (from `options.recordType`, the file name, else the fields its header names): detects the encoding and the
 * delimiter (an Excel `sep=` first line, else the most frequent of `,` `;` tab or `|`), finds the header among the
 * first rows (title rows above it skipped), and streams one record per row. Rows are numbered by the line they
 * start on.
 */
export function readCsv(file: InputFile, options: ReadOptions = {}): AsyncIterable<ReadChunk> {
  const context = new ReadContext(file.name, options);
  return guardReader(context, () => readCsvEvents(file, context));
}

async function* readCsvEvents(file: InputFile, context: ReadContext): AsyncGenerator<ReadChunk> {
  let recordType = defaultRecordType(context);
  let rows: AsyncIterable<TabularRow> = csvRows(
    decodeText(byteChunks(file.bytes), context),
    context,
  );
  if (recordType === undefined) {
    // Neither the option nor the file name says it: the header may, by the fields it names.
    const peeked = await peekHeaderRows(rows);
    rows = peeked.rows;
    recordType = recordTypeFromHeaders(peeked.head);
    if (recordType === undefined) {
      context.report('missing_record_type', { incomplete: true });
      return;
    }
    reportInferred(context, recordType, 'headers');
  }
  if (!Object.hasOwn(RECORD_TYPE_SCHEMA_FILES, recordType)) {
    context.report('unknown_record_type', {
      params: {
        received: quoteValue(recordType, context.locale),
        expected: Object.keys(RECORD_TYPE_SCHEMA_FILES).sort(),
      },
      incomplete: true,
    });
    return;
  }
  yield* tabularRecords(rows, recordType, context);
}

/**
 * Splits decoded CSV text into rows with `CsvRowScanner`, reporting each quote problem as `invalid_csv` at its line
 * and column: a stray quote keeps its row; a quoted field that never closes properly skips its row (incomplete).
 */
export async function* csvRows(
  text: AsyncIterable<string>,
  context: ReadContext,
): AsyncGenerator<TabularRow> {
  const iterator = lineBreaksAsLf(text)[Symbol.asyncIterator]();
  let head = '';
  let ended = false;
  while (countLineBreaks(head) < SNIFF_LINES && head.length < 64 * 1024) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    head += next.value;
  }
  const declared = declaredDelimiter(head);
  const delimiter = declared ?? sniffDelimiter(head);
  const scanner = new CsvRowScanner(
    delimiter,
    detectLineBreak(head),
    context.limits.maxRecordBytes,
  );
  const table: TableShape = { delimiter, width: 0, rows: 0 };
  const rows = (scanned: readonly CsvScanned[]) =>
    toRows(scanned, context, declared !== undefined, table);
  yield* rows(scanner.push(head));
  if (!ended) {
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      yield* rows(scanner.push(next.value));
    }
  }
  yield* rows(scanner.end());
}

/**
 * The text of a file whose first line ends with LF, with every later bare CR turned into LF too: a row ended by a bare
 * CR (pasted from an old Mac file) must not run into the next one. CRLF is kept; a file whose first line break is a CR
 * or CRLF is left as it is (the row scanner reads CR files, and a bare CR in a CRLF file is inside a value).
 */
async function* lineBreaksAsLf(text: AsyncIterable<string>): AsyncGenerator<string> {
  let mode: 'undecided' | 'keep' | 'convert' = 'undecided';
  let held = false;
  for await (const piece of text) {
    if (piece.length === 0) continue;
    if (mode === 'undecided') {
      const first = piece.search(/[\r\n]/);
      if (first >= 0) mode = piece[first] === '\n' ? 'convert' : 'keep';
    }
    if (mode !== 'convert') {
      yield piece;
      continue;
    }
    let out: string = held ? (piece.startsWith('\n') ? '\r' : '\n') + piece : piece;
    held = out.endsWith('\r');
    if (held) out = out.slice(0, -1);
    yield out.includes('\r') ? out.replace(/\r(?!\n)/g, '\n') : out;
  }
  if (held) yield '\n';
}

/** Lines at the top of a file looked at to find the delimiter (a title block may come before the header). */
const SNIFF_LINES = 20;

function countLineBreaks(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i >= 0 && count < SNIFF_LINES; i = text.indexOf('\n', i + 1))
    count++;
  if (count === 0)
    for (let i = text.indexOf('\r'); i >= 0 && count < SNIFF_LINES; i = text.indexOf('\r', i + 1))
      count++;
  return count;
}

const SEP_LINE = /^\ufeff?"?sep=(\\t|[^\r\n"])"?[ \t]*(?:\r\n|\n|\r|$)/i;

/**
 * The delimiter an Excel `sep=` first line declares (`sep=;`, `sep=,`, `sep=|`, or a tab written as a tab or as
 * `\t`); that line is not a row of the table.
 */
export function declaredDelimiter(text: string): string | undefined {
  const match = SEP_LINE.exec(text);
  if (!match) return undefined;
  const declared = match[1] === '\\t' ? '\t' : (match[1] as string);
  return declared;
}

/** The delimiter, and the width of the header: the most cells of the first rows (`rows` of them seen so far). */
interface TableShape {
  readonly delimiter: string;
  width: number;
  rows: number;
}

function* toRows(
  scanned: readonly CsvScanned[],
  context: ReadContext,
  sepLine: boolean,
  table: TableShape,
): Generator<TabularRow> {
  for (const item of scanned) {
    if (sepLine && item.line === 1) {
      // The `sep=` line: an empty row, so it is neither the header nor a record and the lines still add up.
      yield { row: 1, cells: [], lines: item.lines };
      continue;
    }
    if (item.kind === 'skipped') {
      reportProblem(item.problem, item.line, item.lines, context);
      yield { row: item.line, cells: [], lines: item.lines, skipped: true };
      continue;
    }
    for (const problem of item.strays) reportProblem(problem, item.line, item.lines, context);
    if (item.lines > 1) reportQuotedRows(item.cells, item.line, table, context);
    // The header's width: the widest of the first rows, so a short title row above the header does not set it.
    if (table.rows < SNIFF_LINES) {
      table.rows++;
      table.width = Math.max(table.width, item.cells.length);
    }
    yield { row: item.line, cells: item.cells, lines: item.lines };
  }
}

/** Warns of each multi-line cell of a row whose inner lines look like rows: a quote is likely missing. */
function reportQuotedRows(
  cells: readonly string[],
  row: number,
  table: TableShape,
  context: ReadContext,
): void {
  for (const found of quotedRows(cells, table.width, table.delimiter)) {
    const first = row + found.lineOffset;
    context.report('csv_rows_in_quoted_cell', {
      location: { row, cell: `${columnLetter(found.field)}${row}` },
      params: {
        cell: `${columnLetter(found.field)}${row}`,
        count: found.count,
        lines: found.lines,
        first,
        last: first + found.lines - 1,
      },
    });
  }
}

function reportProblem(
  problem: CsvProblem,
  row: number,
  lines: number,
  context: ReadContext,
): void {
  const location = {
    row: problem.line,
    column: problem.column,
    cell: `${columnLetter(problem.field)}${row}`,
  };
  if (problem.reason === 'row_too_large') {
    context.report('record_too_large', {
      location: { row },
      params: { limit: context.limits.maxRecordBytes },
      incomplete: true,
    });
    return;
  }
  context.report('invalid_csv', {
    location,
    params: { detail: problemDetail(problem, row, lines, context.locale) },
    ...(problem.reason === 'stray_quote' ? {} : { incomplete: true }),
  });
}

/** The problem in words, in the reader's language. */
function problemDetail(problem: CsvProblem, row: number, lines: number, locale: Locale): string {
  const vi = locale === 'vi';
  const at = vi
    ? `dòng ${problem.line}, ký tự ${problem.column}`
    : `line ${problem.line}, character ${problem.column}`;
  const last = row + lines - 1;
  const skipped =
    lines > 1
      ? vi
        ? `các dòng ${row}–${last} bị bỏ qua`
        : `lines ${row}–${last} were skipped`
      : vi
        ? `dòng ${row} bị bỏ qua`
        : `line ${row} was skipped`;
  const resumed = vi ? `đọc tiếp từ dòng ${last + 1}` : `reading resumed at line ${last + 1}`;
  switch (problem.reason) {
    case 'unclosed_quote':
      return vi
        ? `dấu " mở ở ${at} không bao giờ được đóng; ${skipped}, ${resumed}`
        : `the quote opened at ${at} is never closed; ${skipped} and ${resumed}`;
    case 'text_after_quote': {
      const after = problem.after ?? { line: problem.line, column: problem.column };
      const where = vi
        ? `dòng ${after.line}, ký tự ${after.column}`
        : `line ${after.line}, character ${after.column}`;
      return vi
        ? `giá trị trong ngoặc kép mở ở ${at} bị nối tiếp bằng chữ ở ${where} (dấu " bên trong giá trị phải viết đôi: ""); ${skipped}, ${resumed}`
        : `the quoted value opened at ${at} is followed by text at ${where} (a quote inside a value must be doubled: ""); ${skipped} and ${resumed}`;
    }
    default:
      return vi
        ? `dấu " lẻ ở ${at}, trong một giá trị không đặt trong ngoặc kép; giá trị được giữ nguyên như đã viết`
        : `a stray quote at ${at}, inside a value that is not quoted; the value was kept as written`;
  }
}

/**
 * Picks the delimiter that appears most often, outside quotes, in the first line that has any (a title line above
 * the header may have none); when that line's quotes do not pair up (a stray quote), quotes are ignored, so one stray
 * quote cannot hide the delimiters. `,` when no line of the first 20 has one.
 */
export function sniffDelimiter(text: string): string {
  let rest = text;
  for (let line = 0; line < SNIFF_LINES; line++) {
    const found = lineDelimiter(rest);
    if (found) return found;
    const next = /\r\n|\n|\r/.exec(rest);
    if (!next) break;
    rest = rest.slice(next.index + next[0].length);
  }
  return CSV_DELIMITERS[0];
}

/** The most frequent delimiter of the first line of `text`, or undefined when it has none. */
function lineDelimiter(text: string): string | undefined {
  const firstLine = text.split(/[\r\n]/, 1)[0] ?? '';
  const balanced = (firstLine.match(/"/g)?.length ?? 0) % 2 === 0;
  const counts = new Map<string, number>(CSV_DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of balanced ? text : firstLine) {
    if (char === '"' && balanced) quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best: string = CSV_DELIMITERS[0];
  for (const delimiter of CSV_DELIMITERS) {
    if ((counts.get(delimiter) ?? 0) > (counts.get(best) ?? 0)) best = delimiter;
  }
  return (counts.get(best) ?? 0) > 0 ? best : undefined;
}
