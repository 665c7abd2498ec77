import type { InputFile, ReadChunk, ReadEvent } from '../read-event';
import { byteChunks } from './byte-chunks';
import { decodeText } from './decode-text';
import { EmptyRowRun } from './empty-rows';
import { jsonRecordEvent } from './json-records';
import { EventBatch, guardReader, ReadContext } from './read-context';
import type { ReadOptions } from './read-options';
import { defaultRecordType } from './record-type-names';
import { jsonErrorPosition } from './scan-json';
import { LineSplitter, type TextLine } from './split-lines';

/**
 * Reads an NDJSON (JSON Lines) file: one record, or one `{ "recordType", "record" }` envelope, per line. Streams
 * chunk by chunk, yielding the events of each chunk's lines as one batch, so memory stays bounded by
 * `limits.maxRecordBytes` (plus one chunk) whatever the file size.
 */
export function readNdjson(file: InputFile, options: ReadOptions = {}): AsyncIterable<ReadChunk> {
  const context = new ReadContext(file.name, options);
  return guardReader(context, () => readNdjsonEvents(file, context));
}

async function* readNdjsonEvents(file: InputFile, context: ReadContext): AsyncGenerator<ReadChunk> {
  const lines = new NdjsonLines(context);
  const splitter = new LineSplitter(context.limits.maxRecordBytes);
  for await (const text of decodeText(byteChunks(file.bytes), context)) {
    const batch = lines.read(splitter.push(text));
    if (batch.length > 0) yield batch;
  }
  const batch = lines.read(splitter.end());
  if (batch.length > 0) yield batch;
}

/** Turns NDJSON lines into events, keeping the record index and empty-row runs across batches. */
export class NdjsonLines {
  private readonly recordType: string | undefined;
  private readonly empty: EmptyRowRun;
  private readonly batch: EventBatch;
  /** Index of the next non-empty line. */
  index = 0;

  constructor(private readonly context: ReadContext) {
    this.recordType = defaultRecordType(context);
    this.empty = new EmptyRowRun(context);
    this.batch = new EventBatch(context);
  }

  /** The events of `lines`, with the issues they raised in order. */
  read(lines: readonly TextLine[]): ReadEvent[] {
    const { context, empty, batch } = this;
    for (const line of lines) {
      if (!line.tooLong && isBlank(line.text)) {
        empty.add(line.number);
        continue;
      }
      empty.flush();
      const row = line.number;
      const index = this.index++;
      if (line.tooLong) {
        context.report('record_too_large', {
          location: { row },
          path: [index],
          params: { limit: context.limits.maxRecordBytes },
        });
        continue;
      }
      let element: unknown;
      try {
        element = JSON.parse(line.text);
      } catch (error) {
        const position = jsonErrorPosition(line.text, error);
        context.report('invalid_json', {
          location: { row, ...(position ? { column: position.column } : {}) },
          path: [index],
          params: { detail: error instanceof Error ? error.message : String(error) },
        });
        continue;
      }
      const event = jsonRecordEvent(context, element, this.recordType, [index], {
        file: context.file,
        row,
      });
      if (event) batch.push(event);
    }
    return batch.take();
  }
}

/** True for a line of whitespace only; checks the first character before trimming. */
function isBlank(text: string): boolean {
  if (text.length === 0) return true;
  const first = text.charCodeAt(0);
  // `{`, `[`, `"`, digits and letters: the usual first characters of a non-empty line.
  if (first > 0x20 && first < 0x7f) return false;
  return text.trim() === '';
}
