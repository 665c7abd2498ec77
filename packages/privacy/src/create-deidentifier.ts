import {
  type BilingualText,
  type Deidentified,
  type Deidentifier,
  type ExportRecord,
  type IndicatorMeta,
  internalRiskReport,
  type RiskReport,
  type RowAnonymity,
  type TableRisk,
  VntipError,
} from '@vntip/core';
import { type FieldNode, recordFields } from '@vntip/schema';
import { cleanRecord, type DropCounts } from './clean-record';
import { DEFAULT_K, kAnonymize } from './k-anonymize';
import type { PlainRecord } from './ladders';
import { lDiversityWarning, measureRisk, type SensitiveAttribute } from './measure-risk';
import { isPersonalRecordType, isPersonCountRecordType } from './personal-record-type';
import { type AggregateRow, protectSmallCells, type SmallCellOptions } from './protect-small-cells';
import { type PseudonymKey, pseudonymizer, randomReleaseId } from './pseudonym-key';
import { recordQuasiIdentifiers } from './record-quasi-identifiers';
import { summarizeRisk } from './summarize-risk';
import { suppressRareValues } from './suppress-rare-values';

/** The record type of aggregate rows (indicator results) in exports. */
export const AGGREGATE_RECORD_TYPE = 'indicator_result';

/** Options of `createDeidentifier`. */
export interface DeidentifierOptions {
  /** The province's pseudonymisation key; required for the referral and public profiles. There is no default key. */
  readonly key?: PseudonymKey;
  /** k for public microdata: every released class holds at least k persons. @default 11 */
  readonly k?: number;
  /** Rows per record type that may be suppressed instead of generalising further. @default k */
  readonly suppressionLimit?: number;
  /** Year at which birth years become age bins. @default the current year */
  readonly referenceYear?: number;
  /**
   * Id of a public release: its pseudonyms are derived from the key for this release alone, so two releases never
   * share one. Give the same id only to make the same release again. @default a fresh random id per export
   */
  readonly release?: string;
  /** Small-cell protection of aggregates (statistical and public profiles). @default suppress below k */
  readonly smallCells?: SmallCellOptions;
  /**
   * The indicators whose results may be exported, to tell counts of persons from counts of activities: an indicator
   * that reads only record types whose every field the schema classes public (prevention activities, media outlets,
   * targets, crime statistics) is published as it is. Results of an indicator not listed are protected.
   * @default none listed: every result is protected
   */
  readonly indicators?: Iterable<Pick<IndicatorMeta, 'id' | 'requires'>>;
}

type Records = Iterable<ExportRecord> | AsyncIterable<ExportRecord>;

/**
 * Creates the de-identifier the export host runs for every profile but internal. Record types whose every field the
 * schema classes public (prevention activities, media outlets, targets, crime statistics) hold no personal data and
 * pass every profile untouched. Records that count persons in groups (`personCounts` in the schema,
 * victim_support_aggregate) leave only as indicator results: referral and public exports leave them out, with a
 * warning. The others are about persons:
 *
 * - `referral` (a person handed to another province): identifiers become keyed pseudonyms, the same in every referral
 *   made with the key; direct identifiers and non-public free text are removed; the coded facts stay. Aggregates and
 *   record types outside the standard are left out.
 * - `statistical`: aggregates only (indicator results): no lineage, no counts in notes, and counts of persons protected
 *   by small-cell suppression with complementary suppression over every additive relation of the export
 *   (`protectSmallCells`); any microdata is refused.
 * - `public`: each record type about persons is a table of its own, and the released view (every table joined on every
 *   value they share) is k-anonymous: no identifier is shared by two rows (one pseudonym per row, derived for the
 *   release and the table), every combination of quasi-identifier values at any depth is shared by the rows of at
 *   least k persons after generalisation along its ladders (the rest suppressed), every other value is held by at
 *   least k persons of its table (rarer ones removed), and rows come in an order that says nothing about the input.
 *   An exporter that joins record types into rows of its own (`meta.anonymisesRows`, CTDC) instead gets pseudonyms
 *   that join within this release only, and makes its rows k-anonymous itself. Aggregates are small-cell protected.
 *
 * The risk report names the profile, key id, release, k achieved, the risk measured per table, and what was
 * generalised, suppressed and removed.
 * @example
 * await exportRecords(records, { exporter: csvExporter, sink, profile: 'public', deidentify: createDeidentifier({ key }) });
 */
export function createDeidentifier(options: DeidentifierOptions = {}): Deidentifier {
  const isPersonal = personalIndicators(options.indicators);
  return async (records, profile, request = {}) => {
    if (profile === 'internal') return internalPassThrough(records);
    if (profile === 'statistical') return statistical(records, options, isPersonal);
    const { key } = options;
    if (key === undefined)
      throw new VntipError(
        'MISSING_PSEUDONYM_KEY',
        `The ${profile} profile needs the province's pseudonymisation key (a key file or an environment variable); there is no default key.`,
      );
    if (profile === 'referral') return referral(records, key);
    return publicRelease(records, { ...options, key }, isPersonal, request.rowLevel === true);
  };
}

/** Which indicators count persons: all but those listed whose every required record type is wholly public. */
function personalIndicators(
  indicators: DeidentifierOptions['indicators'],
): (indicator: string) => boolean {
  const impersonal = new Set<string>();
  for (const { id, requires } of indicators ?? []) {
    const types = new Set(requires.map((path) => path.split('.')[0] ?? ''));
    if (types.size > 0 && [...types].every((type) => !isPersonalRecordType(type)))
      impersonal.add(id);
  }
  return (indicator) => !impersonal.has(indicator);
}

function internalPassThrough(records: Records): Deidentified {
  let count = 0;
  async function* pass() {
    for await (const record of records) {
      count++;
      yield record;
    }
  }
  return { records: pass(), report: () => internalRiskReport(count) };
}

/**
 * Leaves out, counted as `recordType.*` in the fields dropped, a record of a type outside the standard and a record
 * that counts persons in groups (`personCounts` in its schema, e.g. victim_support_aggregate): a count of 1 in a
 * commune by sex and age band singles a victim out, so such figures leave only through the statistical profile.
 */
function dropWithheld(input: ExportRecord, dropped: DropCounts): boolean {
  if (recordFields(input.recordType) && !isPersonCountRecordType(input.recordType)) return false;
  const field = `${input.recordType}.*`;
  dropped.set(field, (dropped.get(field) ?? 0) + 1);
  return true;
}

/** The warning of an export that left out records counting persons in groups, or none. */
function personCountWarnings(dropped: DropCounts): BilingualText[] {
  const types = [...dropped.keys()]
    .map((field) => field.slice(0, -2))
    .filter((type) => isPersonCountRecordType(type));
  if (types.length === 0) return [];
  const count = types.reduce((sum, type) => sum + (dropped.get(`${type}.*`) ?? 0), 0);
  const list = types.join(', ');
  return [
    {
      vi: `${count} bản ghi ${list} không được xuất: mỗi bản ghi đếm một nhóm nạn nhân, nên một số nhỏ có thể chỉ ra một người. Hãy công bố các số liệu này qua các chỉ tiêu với hồ sơ statistical, có bảo vệ ô nhỏ.`,
      en: `${count} ${list} record(s) were left out: each counts a group of victims, so a small count can single one out. Publish these figures through the indicators with the statistical profile, which protects small cells.`,
    },
  ];
}

function referral(records: Records, key: PseudonymKey): Deidentified {
  const dropped: DropCounts = new Map();
  const pseudonym = pseudonymizer(key, { purpose: 'referral' });
  let count = 0;
  let out = 0;
  async function* clean() {
    for await (const input of records) {
      count++;
      if (dropWithheld(input, dropped)) continue;
      const fields = recordFields(input.recordType);
      if (!fields) continue;
      out++;
      if (!isPersonalRecordType(input.recordType)) {
        yield input;
        continue;
      }
      yield {
        ...input,
        record: cleanRecord(input.recordType, input.record, fields, pseudonym, dropped),
      };
    }
  }
  return {
    records: clean(),
    keyId: key.id,
    report: () =>
      summarizeRisk({
        profile: 'referral',
        keyId: key.id,
        records: { in: count, out, generalised: 0, suppressed: count - out },
        fieldsDropped: dropCounts(dropped),
        generalisation: [],
        warnings: personCountWarnings(dropped),
      }),
  };
}

async function collect(records: Records): Promise<ExportRecord[]> {
  const all: ExportRecord[] = [];
  for await (const record of records) all.push(record);
  return all;
}

function protectAggregates(
  all: readonly ExportRecord[],
  options: DeidentifierOptions,
  isPersonal: (indicator: string) => boolean,
) {
  const rows = all.map((entry) => entry.record as unknown as AggregateRow);
  const result = protectSmallCells(rows, {
    threshold: options.k ?? DEFAULT_K,
    ...options.smallCells,
    isPersonal,
  });
  return {
    records: result.rows.map(
      (row) => ({ recordType: AGGREGATE_RECORD_TYPE, record: row }) as unknown as ExportRecord,
    ),
    smallCells: {
      method: result.method,
      threshold: result.threshold,
      suppressed: result.suppressed,
      complementary: result.complementary,
      rounded: result.rounded,
    },
  };
}

async function statistical(
  records: Records,
  options: DeidentifierOptions,
  isPersonal: (indicator: string) => boolean,
): Promise<Deidentified> {
  const all = await collect(records);
  const micro = all.find((entry) => entry.recordType !== AGGREGATE_RECORD_TYPE);
  if (micro)
    throw new VntipError(
      'PROFILE_NOT_HONOURED',
      `The statistical profile carries aggregates only (${AGGREGATE_RECORD_TYPE} rows), not ${micro.recordType} records; compute indicators first, or choose the public profile.`,
    );
  const { records: safe, smallCells } = protectAggregates(all, options, isPersonal);
  const report = summarizeRisk({
    profile: 'statistical',
    records: { in: all.length, out: safe.length, generalised: 0, suppressed: 0 },
    fieldsDropped:
      all.length > 0 ? [{ field: `${AGGREGATE_RECORD_TYPE}.lineage`, count: all.length }] : [],
    generalisation: [],
    smallCells,
    warnings: [],
  });
  return { records: safe, report: () => report };
}

/** A table about persons under the public profile: its cleaned rows, and whom each is about. */
interface PersonalTable {
  readonly recordType: string;
  readonly original: PlainRecord[];
  readonly rows: PlainRecord[];
  readonly subjects: string[];
  /** The table's per-row pseudonyms: a sub-key of the release and the table. */
  readonly pseudonym: (value: string) => string;
}

async function publicRelease(
  records: Records,
  options: DeidentifierOptions & { key: PseudonymKey },
  isPersonal: (indicator: string) => boolean,
  rowLevel: boolean,
): Promise<Deidentified> {
  const k = options.k ?? DEFAULT_K;
  const referenceYear = options.referenceYear ?? new Date().getUTCFullYear();
  const release = options.release ?? randomReleaseId();
  const join = pseudonymizer(options.key, { purpose: 'join', release });
  const dropped: DropCounts = new Map();
  const all = await collect(records);
  const tables = new Map<string, PersonalTable>();
  const impersonal: ExportRecord[] = [];
  const aggregates: ExportRecord[] = [];
  for (const [index, input] of all.entries()) {
    const { recordType } = input;
    if (recordType === AGGREGATE_RECORD_TYPE) {
      aggregates.push(input);
      continue;
    }
    if (dropWithheld(input, dropped)) continue;
    const fields = recordFields(recordType);
    if (!fields) continue;
    if (!isPersonalRecordType(recordType)) {
      impersonal.push({ recordType, record: input.record });
      continue;
    }
    let table = tables.get(recordType);
    if (!table) {
      table = {
        recordType,
        original: [],
        rows: [],
        subjects: [],
        pseudonym: pseudonymizer(options.key, { purpose: 'public', release, table: recordType }),
      };
      tables.set(recordType, table);
    }
    // One pseudonym per row and field, unless the exporter joins record types itself (then per release only).
    const { pseudonym } = table;
    const pseudonymOf = rowLevel
      ? (value: string) => join(value)
      : (value: string, path: string) => pseudonym(`${index}:${path}:${value}`);
    table.original.push(input.record);
    table.rows.push(cleanRecord(recordType, input.record, fields, pseudonymOf, dropped));
    table.subjects.push(String(input.record.personId ?? input.record.id ?? index));
  }
  const released: ExportRecord[] = [];
  const generalisation: RiskReport['generalisation'][number][] = [];
  const risk: TableRisk[] = [];
  const warnings: BilingualText[] = [];
  let generalised = 0;
  let kAchieved: number | null = null;
  for (const table of tables.values()) {
    const { recordType } = table;
    if (rowLevel) {
      // The exporter anonymises its own rows (e.g. one CTDC row per victim) and reports what it did.
      for (const record of table.rows) released.push({ recordType, record });
      continue;
    }
    const result = anonymizeTable(table, { ...options, k, referenceYear }, dropped);
    for (const record of result.rows) released.push({ recordType, record });
    generalised += result.generalised;
    if (result.kAchieved !== null)
      kAchieved = kAchieved === null ? result.kAchieved : Math.min(kAchieved, result.kAchieved);
    for (const [quasiIdentifier, level] of Object.entries(result.levels))
      generalisation.push({ recordType, quasiIdentifier, level });
    risk.push(result.risk);
    const warning = lDiversityWarning(result.risk);
    if (warning) warnings.push(warning);
  }
  released.push(...impersonal);
  warnings.push(...personCountWarnings(dropped));
  const protectedAggregates =
    aggregates.length > 0 ? protectAggregates(aggregates, options, isPersonal) : undefined;
  released.push(...(protectedAggregates?.records ?? []));
  const base = {
    profile: 'public' as const,
    keyId: options.key.id,
    release,
    k,
    kAchieved,
    records: {
      in: all.length,
      out: released.length,
      generalised,
      suppressed: all.length - released.length,
    },
    fieldsDropped: dropCounts(dropped),
    generalisation,
    ...(protectedAggregates ? { smallCells: protectedAggregates.smallCells } : {}),
    risk,
    warnings,
  };
  const report = (anonymity?: RowAnonymity): RiskReport => {
    if (!rowLevel || anonymity === undefined) return summarizeRisk(base);
    const rowRisk = anonymity.risk;
    const rowWarning = rowRisk ? lDiversityWarning(rowRisk) : undefined;
    return summarizeRisk({
      ...base,
      k: anonymity.k,
      kAchieved: anonymity.kAchieved,
      records: {
        in: all.length,
        out: anonymity.rows - anonymity.suppressed,
        generalised: anonymity.generalised,
        suppressed: anonymity.suppressed,
      },
      generalisation: Object.entries(anonymity.levels).map(([quasiIdentifier, level]) => ({
        recordType: anonymity.table,
        quasiIdentifier,
        level,
      })),
      risk: rowRisk ? [rowRisk] : [],
      warnings: [...(rowWarning ? [rowWarning] : []), ...personCountWarnings(dropped)],
    });
  };
  return { records: released, keyId: options.key.id, report };
}

/**
 * One table about persons made k-anonymous in persons over its quasi-identifiers at every depth, its rare values
 * removed, its rows ordered by their (per-row) pseudonym, and its risk measured.
 */
function anonymizeTable(
  table: PersonalTable,
  options: DeidentifierOptions & { k: number; referenceYear: number },
  dropped: DropCounts,
) {
  const { recordType, rows, subjects, k } = { ...table, k: options.k };
  const qis = recordQuasiIdentifiers(recordType, options.referenceYear);
  const result = kAnonymize(rows, {
    quasiIdentifiers: qis,
    k,
    subject: (_row, i) => subjects[i] ?? String(i),
    ...(options.suppressionLimit !== undefined
      ? { suppressionLimit: options.suppressionLimit }
      : {}),
  });
  const keptSubjects = result.kept.map((i) => subjects[i] ?? String(i));
  const fields = recordFields(recordType) as FieldNode;
  const cleaned = suppressRareValues(
    recordType,
    result.rows,
    keptSubjects,
    fields,
    qis.map((qi) => qi.name),
    k,
    dropped,
  );
  const order = cleaned.map((_, i) => i).sort((a, b) => compareText(cleaned[a], cleaned[b]));
  const classOf = (row: PlainRecord) => JSON.stringify(qis.map((qi) => qi.key(row)));
  const risk = measureRisk({
    table: recordType,
    before: table.original,
    after: cleaned,
    quasiIdentifiers: qis.map((qi) => qi.name),
    classOf,
    subjectOf: (_row, i, isReleased) => (isReleased ? keptSubjects[i] : subjects[i]) ?? String(i),
    sensitive: sensitiveAttributes(recordType),
  });
  return { ...result, rows: order.map((i) => cleaned[i] as PlainRecord), risk };
}

function compareText(a: PlainRecord | undefined, b: PlainRecord | undefined): number {
  const x = String(a?.id ?? '');
  const y = String(b?.id ?? '');
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The top-level fields a record type classes sensitive, whose diversity per class the risk report measures. */
function sensitiveAttributes(recordType: string): SensitiveAttribute<PlainRecord>[] {
  return [...(recordFields(recordType)?.properties ?? [])]
    .filter(([, node]) => node.declared === 'sensitive' && node.kind !== 'text')
    .map(([name]) => ({ name, value: (row: PlainRecord) => row[name] }));
}

function dropCounts(dropped: DropCounts): RiskReport['fieldsDropped'] {
  return [...dropped]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([field, count]) => ({ field, count }));
}
