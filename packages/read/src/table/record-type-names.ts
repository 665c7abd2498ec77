import { RECORD_TYPE_SCHEMA_FILES } from '@vntip/schema';
import type { ReadContext } from '../read-context';
import { isJsonObject } from '../safe-object';
import { foldKey } from '../text/vietnamese-text';
import { recordTypeTitles } from './schema-fields';

let names: Map<string, string> | undefined;

function recordTypeNames(): Map<string, string> {
  if (!names) {
    names = new Map();
    for (const recordType of Object.keys(RECORD_TYPE_SCHEMA_FILES)) {
      for (const text of [recordType, ...recordTypeTitles(recordType)])
        names.set(foldKey(text), recordType);
    }
  }
  return names;
}

/** The record type a name designates: its id, or its Vietnamese or English title, ignoring case and diacritics. */
export function matchRecordTypeName(name: string): string | undefined {
  const key = foldKey(name);
  return key ? recordTypeNames().get(key) : undefined;
}

/** How a record type was found for a file: from its whole name, or from part of it. */
export interface RecordTypeFromName {
  readonly recordType: string;
  /** `exact` when the name is the record type's id or title; else found in part of it, and worth saying so. */
  readonly match: 'exact' | 'contains' | 'prefix';
}

/** The shortest record-type name looked for inside a file name (`nguoi`, `hotro`): shorter ones match by chance. */
const MIN_CONTAINED = 5;
/** The shortest start of a title a file name may stand for (`hoat-dong` for `Hoạt động phòng ngừa`). */
const MIN_PREFIX = 6;

/**
 * The record type a file's base name designates, ignoring case and diacritics: its id or title (`person.csv`,
 * `Người.csv`), else the longest id or title it contains (`bao-cao-nguoi-2024.csv`, `person_2024.csv`), else the one
 * title its leading words begin (`hoat-dong-v2.csv` → `Hoạt động phòng ngừa`). Undefined when none does, or when
 * two record types fit equally.
 */
export function matchFileName(fileName: string): RecordTypeFromName | undefined {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const stem = base.replace(/\.[^.]*$/, '');
  if (!stem) return undefined;
  const exact = matchRecordTypeName(stem);
  if (exact) return { recordType: exact, match: 'exact' };
  const folded = foldKey(stem);
  let longest = 0;
  let contained = new Set<string>();
  for (const [key, recordType] of recordTypeNames()) {
    if (key.length < MIN_CONTAINED || key.length < longest || !folded.includes(key)) continue;
    if (key.length > longest) contained = new Set();
    longest = key.length;
    contained.add(recordType);
  }
  if (contained.size === 1) return { recordType: [...contained][0] as string, match: 'contains' };
  if (contained.size > 1) return undefined;
  const words = stem.split(/[\s._\-–]+/).filter(Boolean);
  for (let count = words.length; count > 0; count--) {
    const start = foldKey(words.slice(0, count).join(''));
    if (start.length < MIN_PREFIX) break;
    const begun = new Set<string>();
    for (const [key, recordType] of recordTypeNames())
      if (key.startsWith(start)) begun.add(recordType);
    if (begun.size === 1) return { recordType: [...begun][0] as string, match: 'prefix' };
    if (begun.size > 1) return undefined;
  }
  return undefined;
}

/** The record type a file's base name designates (`data/person.ndjson` → `person`), if any; see `matchFileName`. */
export function recordTypeFromFileName(fileName: string): string | undefined {
  return matchFileName(fileName)?.recordType;
}

/** The record type the `recordType` option names: an id, or a vi/en title; a name that is neither is kept as given. */
export function optionRecordType(context: ReadContext): string | undefined {
  const given = context.options.recordType;
  return given === undefined ? undefined : (matchRecordTypeName(given) ?? given);
}

/**
 * The record type of a single-type file: the `recordType` option (an id or a title), else the one its name
 * designates. A type found in part of the name is reported (`record_type_inferred`, info), once per file.
 */
export function defaultRecordType(context: ReadContext): string | undefined {
  const option = optionRecordType(context);
  if (option !== undefined) return option;
  const found = matchFileName(context.file);
  if (found && found.match !== 'exact') reportInferred(context, found.recordType, 'fileName');
  return found?.recordType;
}

/** Says which record type a file or sheet was read as, and from what, when it was not named exactly. */
export function reportInferred(
  context: ReadContext,
  recordType: string,
  from: 'fileName' | 'headers',
  sheet?: string,
): void {
  const [vi, en] = recordTypeTitles(recordType);
  const title = (context.locale === 'en' ? en : vi) ?? recordType;
  const input = {
    ...(sheet !== undefined ? { location: { sheet } } : {}),
    params: { recordType, title, from: INFERRED_FROM[from][context.locale] },
  };
  if (sheet === undefined) context.reportOnce('record_type_inferred', input);
  else context.report('record_type_inferred', input);
}

const INFERRED_FROM = {
  fileName: { vi: 'tên tệp', en: 'the file name' },
  headers: { vi: 'các tên cột', en: 'the column headers' },
} as const;

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
