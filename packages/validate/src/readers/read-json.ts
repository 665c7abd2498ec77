import type { InputFile, ReadChunk } from '../read-event';
import { byteChunks, collectBytes } from './byte-chunks';
import { decodeText } from './decode-text';
import { isRecordsContainer, jsonRecordEvent } from './json-records';
import { EventBatch, guardReader, ReadContext } from './read-context';
import type { ReadOptions } from './read-options';
import { defaultRecordType, isRecordEnvelope } from './record-type-names';
import { isJsonObject } from './safe-object';
import { jsonErrorPosition, LineCounter, scanJson } from './scan-json';

/**
 * Reads a JSON file of records. Accepted shapes: an array of records (their type from `options.recordType` or the
 * file name), `{ "recordType": "person", "records": [ … ] }`, an array of `{ "recordType", "record" }` envelopes
 * (types may differ), one envelope, or one record. The document is parsed whole, up to `limits.maxJsonBytes`.
 */
/** Most events yielded in one batch. */
const BATCH_EVENTS = 1000;

export function readJson(file: InputFile, options: ReadOptions = {}): AsyncIterable<ReadChunk> {
  const context = new ReadContext(file.name, options);
  return guardReader(context, () => readJsonEvents(file, context));
}

/** Decodes a whole input to text, or reports it too large. */
export async function readWholeText(
  file: InputFile,
  context: ReadContext,
  maxBytes: number,
): Promise<string | undefined> {
  const collected = await collectBytes(file.bytes, maxBytes);
  if (!collected.ok) {
    context.report('file_too_large', { params: { limit: maxBytes }, incomplete: true });
    return undefined;
  }
  let text = '';
  for await (const piece of decodeText(byteChunks(collected.bytes), context)) text += piece;
  return text;
}

/** Parses JSON text, reporting `invalid_json` (with its line and column) when it is not JSON. */
export function parseJsonText(text: string, context: ReadContext): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    const position = jsonErrorPosition(text, error);
    context.report('invalid_json', {
      params: { detail: error instanceof Error ? error.message : String(error) },
      ...(position ? { location: { row: position.line, column: position.column } } : {}),
      incomplete: true,
    });
    return undefined;
  }
}

async function* readJsonEvents(file: InputFile, context: ReadContext): AsyncGenerator<ReadChunk> {
  const text = await readWholeText(file, context, context.limits.maxJsonBytes);
  if (text === undefined) return;
  const parsed = parseJsonText(text, context);
  if (!parsed) return;
  const { value } = parsed;
  const lines = new LineCounter(text);
  const layout = scanJson(text);
  if (Array.isArray(value) || isRecordsContainer(value)) {
    const container = isRecordsContainer(value);
    const items: unknown[] = container ? value.records : value;
    const declared =
      container && typeof value.recordType === 'string' ? value.recordType : undefined;
    const recordType = declared ?? defaultRecordType(context);
    const spans = layout.elements.length === items.length ? layout.elements : undefined;
    const batch = new EventBatch(context);
    for (const [index, item] of items.entries()) {
      const span = spans?.[index];
      const location = span
        ? { file: context.file, row: lines.lineAt(span.start) }
        : { file: context.file };
      const event = jsonRecordEvent(
        context,
        item,
        recordType,
        container ? ['records', index] : [index],
        location,
      );
      if (event) batch.push(event);
      if (batch.size >= BATCH_EVENTS) yield batch.take();
    }
    const rest = batch.take();
    if (rest.length > 0) yield rest;
    return;
  }
  if (isJsonObject(value)) {
    const start = text.search(/\S/);
    const location = { file: context.file, row: lines.lineAt(Math.max(start, 0)) };
    const event = jsonRecordEvent(
      context,
      value,
      isRecordEnvelope(value) ? undefined : defaultRecordType(context),
      [],
      location,
    );
    if (event) yield event;
    return;
  }
  context.report('invalid_json', {
    params: { detail: 'expected an array of records or an object' },
    incomplete: true,
  });
}
