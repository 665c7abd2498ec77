import { byteChunks, collectBytes } from '../byte-chunks';
import { EventBatch, guardReader, ReadContext } from '../read-context';
import type { InputFile, ReadChunk } from '../read-event';
import type { ReadOptions } from '../read-options';
import { isJsonObject, utf8Length } from '../safe-object';
import { defaultRecordType, isRecordEnvelope } from '../table/record-type-names';
import { decodeText } from '../text/decode-text';
import { checkJson } from './check-json';
import { jsonRecordEvent } from './json-records';
import { type JsonRecordSpans, LineCounter, scanJsonRecords } from './scan-json';

/** Most events yielded in one batch. */
const BATCH_EVENTS = 1000;

/**
 * Reads a JSON file of records. Accepted shapes: an array of records (their type from `options.recordType` or the
 * file name), `{ "recordType": "person", "records": [ … ] }`, an array of `{ "recordType", "record" }` envelopes
 * (types may differ), one envelope, or one record. The text is read whole, up to `limits.maxJsonBytes`, and checked in
 * one pass; the records of an array are then parsed one at a time, so only a batch of them is ever held as objects.
 */
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

/** Most issues queued before a JSON check lets its caller yield them. */
const FLUSH_ISSUES = 1000;

/** Longest key quoted in a `duplicate_key` message. */
const KEY_CHARS = 40;

/**
 * Checks JSON text with `checkJson` and reports what it finds: each repeated key (`duplicate_key`) and each lone
 * surrogate (`lone_surrogate`, replaced by U+FFFD) at its line and column, with its path; a syntax error as
 * `invalid_json` at its line and column, marked incomplete (for one NDJSON `line`, the line is skipped instead, and
 * paths start with its `basePath`). Yields (nothing) whenever `FLUSH_ISSUES` issues
 * are queued, so that a caller can pass them on and memory stays bounded. Returns the text to parse (the same
 * offsets, surrogates replaced), or undefined when it is not JSON.
 */
export function* checkJsonText(
  text: string,
  context: ReadContext,
  locate: (offset: number) => { row: number; column: number },
  line?: { readonly basePath: readonly (string | number)[] },
): Generator<void, string | undefined> {
  const basePath = line?.basePath ?? [];
  let fixed = '';
  let from = 0;
  for (const finding of checkJson(text)) {
    const location = locate(finding.offset);
    if (finding.kind === 'syntax') {
      // A whole document stops the read; one NDJSON line is skipped, the read goes on.
      context.report('invalid_json', {
        params: { detail: finding.detail },
        location,
        ...(line ? { path: [...basePath] } : { incomplete: true }),
      });
      return undefined;
    }
    const path = [...basePath, ...finding.path];
    if (finding.kind === 'duplicate_key') {
      const key =
        finding.key.length > KEY_CHARS ? `${finding.key.slice(0, KEY_CHARS)}…` : finding.key;
      context.report('duplicate_key', { params: { key }, location, path });
    } else {
      context.report('lone_surrogate', { params: { code: finding.code }, location, path });
      fixed += text.slice(from, finding.offset) + (finding.length === 6 ? '\\ufffd' : '\ufffd');
      from = finding.offset + finding.length;
    }
    if (context.pendingCount >= FLUSH_ISSUES) yield;
  }
  return from === 0 ? text : fixed + text.slice(from);
}

/**
 * Checks and parses JSON text, reporting what `checkJsonText` finds; every issue stays queued on the context (for a
 * document read whole and small, like a descriptor).
 */
export function parseJsonText(text: string, context: ReadContext): { value: unknown } | undefined {
  const lines = new LineCounter(text);
  const checked = runToEnd(checkJsonText(text, context, (offset) => rowColumn(lines, offset)));
  return checked === undefined ? undefined : parseChecked(checked, context);
}

/** JSON.parse of text `checkJson` accepted; should the two ever disagree, `invalid_json` without quoting the text. */
export function parseChecked(text: string, context: ReadContext): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    context.report('invalid_json', { params: { detail: 'not JSON' }, incomplete: true });
    return undefined;
  }
}

function rowColumn(lines: LineCounter, offset: number): { row: number; column: number } {
  const { line, column } = lines.positionAt(offset);
  return { row: line, column };
}

function runToEnd<T>(generator: Generator<void, T>): T {
  for (;;) {
    const step = generator.next();
    if (step.done) return step.value;
  }
}

async function* readJsonEvents(file: InputFile, context: ReadContext): AsyncGenerator<ReadChunk> {
  const raw = await readWholeText(file, context, context.limits.maxJsonBytes);
  if (raw === undefined) return;
  const positions = new LineCounter(raw);
  const check = checkJsonText(raw, context, (offset) => rowColumn(positions, offset));
  let step = check.next();
  while (!step.done) {
    yield context.drain();
    step = check.next();
  }
  const text = step.value;
  if (text === undefined) return;
  const lines = new LineCounter(text);
  const spans = scanJsonRecords(text);
  if (spans.array) {
    yield* recordArrayEvents(text, spans, spans.array, lines, context);
    return;
  }
  const parsed = parseChecked(text, context);
  if (!parsed) return;
  const { value } = parsed;
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

/** The records of an array, each parsed from its own text as the batch needs it. */
function* recordArrayEvents(
  text: string,
  spans: JsonRecordSpans,
  array: NonNullable<JsonRecordSpans['array']>,
  lines: LineCounter,
  context: ReadContext,
): Generator<ReadChunk> {
  let recordType = defaultRecordType(context);
  if (array.container) {
    // The container without its records: what is left is small, whatever the number of records.
    const shell = parseChecked(`${text.slice(0, array.start)}[]${text.slice(array.end)}`, context);
    if (!shell) return;
    const declared = (shell.value as { recordType?: unknown }).recordType;
    if (typeof declared === 'string') recordType = declared;
  }
  const batch = new EventBatch(context);
  const { maxRecordBytes } = context.limits;
  for (let index = 0; index < spans.count; index++) {
    const start = spans.starts[index] as number;
    const end = spans.ends[index] as number;
    const piece = text.slice(start, end);
    // As for an NDJSON line: a record longer than the limit is skipped, so one record cannot hold a million issues.
    if ((end - start) * 3 > maxRecordBytes && utf8Length(piece) > maxRecordBytes) {
      context.report('record_too_large', {
        location: { row: lines.lineAt(start) },
        path: array.container ? ['records', index] : [index],
        params: { limit: maxRecordBytes },
      });
      continue;
    }
    const item = parseChecked(piece, context);
    if (!item) return;
    const event = jsonRecordEvent(
      context,
      item.value,
      recordType,
      array.container ? ['records', index] : [index],
      { file: context.file, row: lines.lineAt(start) },
    );
    if (event) batch.push(event);
    if (batch.size >= BATCH_EVENTS) yield batch.take();
  }
  const rest = batch.take();
  if (rest.length > 0) yield rest;
}
