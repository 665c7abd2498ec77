import { byteChunks } from '../byte-chunks';
import { EventBatch, guardReader, ReadContext } from '../read-context';
import type { InputFile, ReadChunk, ReadEvent } from '../read-event';
import type { ReadOptions } from '../read-options';
import { EmptyRowRun } from '../table/empty-rows';
import { defaultRecordType } from '../table/record-type-names';
import { decodeText } from '../text/decode-text';
import { LineSplitter, type TextLine } from '../text/split-lines';
import { jsonRecordEvent } from './json-records';
import { checkJsonText, parseChecked } from './read-json';

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
    for (const batch of lines.read(splitter.push(text))) if (batch.length > 0) yield batch;
  }
  for (const batch of lines.read(splitter.end())) if (batch.length > 0) yield batch;
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

  /** The events of `lines`, with the issues they raised in order, in batches of bounded size. */
  *read(lines: readonly TextLine[]): Generator<ReadEvent[]> {
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
      const check = checkJsonText(line.text, context, (offset) => ({ row, column: offset + 1 }), {
        basePath: [index],
      });
      let step = check.next();
      while (!step.done) {
        yield batch.take();
        step = check.next();
      }
      if (step.value === undefined) continue;
      const parsed = parseChecked(step.value, context);
      if (!parsed) continue;
      const element = parsed.value;
      const event = jsonRecordEvent(context, element, this.recordType, [index], {
        file: context.file,
        row,
      });
      if (event) batch.push(event);
    }
    yield batch.take();
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
