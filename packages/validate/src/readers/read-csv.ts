import { RECORD_TYPE_SCHEMA_FILES } from '@vntip/schema';
import type { InputFile, ReadChunk } from '../read-event';
import { byteChunks } from './byte-chunks';
import { decodeText } from './decode-text';
import { guardReader, ReadContext } from './read-context';
import type { ReadOptions } from './read-options';
import { defaultRecordType } from './record-type-names';
import { type TabularRow, tabularRecords } from './tabular-records';

/** Delimiters a CSV file may use, in order of preference when counts tie. */
export const CSV_DELIMITERS = [',', ';', '\t', '|'] as const;

/**
 * Reads a CSV file of one record type (from `options.recordType` or the file name): detects the encoding and the
 * delimiter (`,` `;` tab or `|`), takes the first non-empty row as the header, and streams one record per row.
 * Rows are numbered by the line they start on.
 */
export function readCsv(file: InputFile, options: ReadOptions = {}): AsyncIterable<ReadChunk> {
  const context = new ReadContext(file.name, options);
  return guardReader(context, () => readCsvEvents(file, context));
}

async function* readCsvEvents(file: InputFile, context: ReadContext): AsyncGenerator<ReadChunk> {
  const recordType = defaultRecordType(context);
  if (recordType === undefined) {
    context.report('missing_record_type', { incomplete: true });
    return;
  }
  if (!Object.hasOwn(RECORD_TYPE_SCHEMA_FILES, recordType)) {
    context.report('unknown_record_type', {
      params: { received: recordType, expected: Object.keys(RECORD_TYPE_SCHEMA_FILES).sort() },
      incomplete: true,
    });
    return;
  }
  yield* tabularRecords(
    csvRows(decodeText(byteChunks(file.bytes), context), context),
    recordType,
    context,
  );
}

/** Parses decoded CSV text into rows with csv-parse, chunk by chunk; a malformed file stops with `invalid_csv`. */
async function* csvRows(
  text: AsyncIterable<string>,
  context: ReadContext,
): AsyncGenerator<TabularRow> {
  const iterator = text[Symbol.asyncIterator]();
  let head = '';
  let ended = false;
  while (!/[\r\n]/.test(head) && head.length < 64 * 1024) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    head += next.value;
  }
  const delimiter = sniffDelimiter(head);
  const encoder = new TextEncoder();
  // csv-parse's stream reads up to 1024 chunks ahead; small chunks keep that read-ahead small in bytes.
  async function* bytes(): AsyncGenerator<Uint8Array> {
    if (head) yield* slices(encoder.encode(head));
    if (ended) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      yield* slices(encoder.encode(next.value));
    }
  }
  // Loaded on use: csv-parse 6.2.1 declares a CommonJS build of this entry that it does not ship, so a static
  // import would break `require('@vntip/validate')`; `import()` stays an import in both builds.
  const { parse } = await import('csv-parse/stream');
  const parser = parse({
    delimiter,
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    max_record_size: context.limits.maxRecordBytes,
  });
  const records = ReadableStream.from(bytes()).pipeThrough(parser) as ReadableStream<{
    record: string[];
    info: { lines: number };
  }>;
  let lastLine = 0;
  try {
    for await (const { record, info } of records) {
      const row = lastLine + 1;
      lastLine = info.lines;
      yield { row, cells: record };
    }
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (!(error instanceof Error) || typeof code !== 'string' || !code.startsWith('CSV_'))
      throw error;
    const line = (error as { lines?: unknown }).lines;
    context.report('invalid_csv', {
      params: { detail: error.message },
      location: typeof line === 'number' ? { row: line } : {},
      incomplete: true,
    });
  }
}

const PARSER_CHUNK_BYTES = 8 * 1024;

function* slices(bytes: Uint8Array): Generator<Uint8Array> {
  for (let start = 0; start < bytes.length; start += PARSER_CHUNK_BYTES) {
    yield bytes.subarray(start, start + PARSER_CHUNK_BYTES);
  }
}

/** Picks the delimiter that appears most often, outside quotes, in the first line. */
export function sniffDelimiter(text: string): string {
  const counts = new Map<string, number>(CSV_DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best: string = CSV_DELIMITERS[0];
  for (const delimiter of CSV_DELIMITERS) {
    if ((counts.get(delimiter) ?? 0) > (counts.get(best) ?? 0)) best = delimiter;
  }
  return best;
}
