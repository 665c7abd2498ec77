import { RECORD_TYPE_SCHEMA_FILES } from '@vntip/schema';
import type { ReadContext } from './read-context';
import { isJsonObject } from './safe-object';
import { recordTypeTitles } from './schema-fields';
import { foldKey } from './vietnamese-text';

let names: Map<string, string> | undefined;

/** The record type a name designates: its id, or its Vietnamese or English title, ignoring case and diacritics. */
export function matchRecordTypeName(name: string): string | undefined {
  if (!names) {
    names = new Map();
    for (const recordType of Object.keys(RECORD_TYPE_SCHEMA_FILES)) {
      for (const text of [recordType, ...recordTypeTitles(recordType)])
        names.set(foldKey(text), recordType);
    }
  }
  const key = foldKey(name);
  return key ? names.get(key) : undefined;
}

/** The record type a file's base name designates (`data/person.ndjson` → `person`), if any. */
export function recordTypeFromFileName(fileName: string): string | undefined {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const stem = base.replace(/\.[^.]*$/, '');
  return stem ? matchRecordTypeName(stem) : undefined;
}

/** The record type of a single-type file: the `recordType` option, else the one its name designates. */
export function defaultRecordType(context: ReadContext): string | undefined {
  return context.options.recordType ?? recordTypeFromFileName(context.file);
}

/** A `{ recordType, record }` envelope, the shape of the conformance examples. */
export interface RecordEnvelope {
  readonly recordType: string;
  readonly record: unknown;
}

/** True for an object whose only keys are a string `recordType` and a `record`. */
export function isRecordEnvelope(value: unknown): value is RecordEnvelope {
  if (!isJsonObject(value)) return false;
  const keys = Object.keys(value);
  return (
    keys.length === 2 &&
    Object.hasOwn(value, 'record') &&
    Object.hasOwn(value, 'recordType') &&
    typeof value.recordType === 'string'
  );
}
