import type { InputFile, ReadEvent } from '../read-event';
import { byteChunks } from './byte-chunks';
import { decodeText } from './decode-text';
import { EmptyRowRun } from './empty-rows';
import { jsonRecordEvent } from './json-records';
import { guardReader, ReadContext } from './read-context';
import type { ReadOptions } from './read-options';
import { defaultRecordType } from './record-type-names';
import { jsonErrorPosition } from './scan-json';
import { splitLines } from './split-lines';

/**
 * Reads an NDJSON (JSON Lines) file: one record, or one `{ "recordType", "record" }` envelope, per line. Streams
 * line by line, so memory stays bounded by `limits.maxRecordBytes` whatever the file size.
 */
export function readNdjson(file: InputFile, options: ReadOptions = {}): AsyncIterable<ReadEvent> {
  const context = new ReadContext(file.name, options);
  return guardReader(context, () => readNdjsonEvents(file, context));
}

async function* readNdjsonEvents(file: InputFile, context: ReadContext): AsyncGenerator<ReadEvent> {
  const recordType = defaultRecordType(context);
  const empty = new EmptyRowRun(context);
  let index = 0;
  const lines = splitLines(
    decodeText(byteChunks(file.bytes), context),
    context.limits.maxRecordBytes,
  );
  for await (const line of lines) {
    if (!line.tooLong && line.text.trim() === '') {
      empty.add(line.number);
      continue;
    }
    empty.flush();
    const row = line.number;
    const basePath = [index++];
    if (line.tooLong) {
      context.report('record_too_large', {
        location: { row },
        path: basePath,
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
        path: basePath,
        params: { detail: error instanceof Error ? error.message : String(error) },
      });
      continue;
    }
    const event = jsonRecordEvent(context, element, recordType, basePath, { row });
    if (event) yield event;
  }
}
