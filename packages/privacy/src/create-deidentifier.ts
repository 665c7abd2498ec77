import {
  type Deidentified,
  type Deidentifier,
  type ExportRecord,
  type IndicatorValue,
  internalRiskReport,
  type RiskReport,
  type RowAnonymity,
  VntipError,
} from '@vntip/core';
import { cleanRecord, type DropCounts } from './clean-record';
import { DEFAULT_K, kAnonymize } from './k-anonymize';
import { protectSmallCells, type SmallCellOptions } from './protect-small-cells';
import type { PseudonymKey } from './pseudonym-key';
import { recordQuasiIdentifiers } from './record-quasi-identifiers';
import { recordFields } from './schema-fields';
import { summarizeRisk } from './summarize-risk';

/** The record type of aggregate rows (indicator results) in exports. */
export const AGGREGATE_RECORD_TYPE = 'indicator_result';

/** Options of `createDeidentifier`. */
export interface DeidentifierOptions {
  /** The province's pseudonymisation key; required for the referral and public profiles. There is no default key. */
  readonly key?: PseudonymKey;
  /** k for public microdata. @default 11 */
  readonly k?: number;
  /** Rows per record type that may be suppressed instead of generalising further. @default k */
  readonly suppressionLimit?: number;
  /** Year at which birth years become age bins. @default the current year */
  readonly referenceYear?: number;
  /** Small-cell protection of aggregates (statistical and public profiles). @default suppress below k */
  readonly smallCells?: SmallCellOptions;
}

type Records = Iterable<ExportRecord> | AsyncIterable<ExportRecord>;

/**
 * Creates the de-identifier the export host runs for every profile but internal:
 *
 * - `referral` (a person handed to another province): identifiers become keyed pseudonyms, direct identifiers and
 *   non-public free text are removed; the coded facts stay. Aggregates and record types outside the standard are left out.
 * - `statistical`: aggregates only (indicator results), small cells protected; any microdata is refused.
 * - `public`: as referral, then each record type's quasi-identifiers (from the schema) are generalised along their
 *   ladders until every combination is shared by at least k records; records still short are suppressed. Aggregates
 *   are small-cell protected.
 *
 * The risk report names the profile, key id, k achieved, records generalised and suppressed, and fields removed.
 * @example
 * await exportRecords(records, { exporter: csvExporter, sink, profile: 'public', deidentify: createDeidentifier({ key }) });
 */
export function createDeidentifier(options: DeidentifierOptions = {}): Deidentifier {
  return async (records, profile, request = {}) => {
    if (profile === 'internal') return internalPassThrough(records);
    if (profile === 'statistical') return statistical(records, options);
    const { key } = options;
    if (key === undefined)
      throw new VntipError(
        'MISSING_PSEUDONYM_KEY',
        `The ${profile} profile needs the province's pseudonymisation key (a key file or an environment variable); there is no default key.`,
      );
    if (profile === 'referral') return referral(records, key);
    return publicRelease(records, { ...options, key }, request.rowLevel === true);
  };
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

function dropOutsideStandard(input: ExportRecord, dropped: DropCounts): boolean {
  if (recordFields(input.recordType)) return false;
  const field = `${input.recordType}.*`;
  dropped.set(field, (dropped.get(field) ?? 0) + 1);
  return true;
}

function referral(records: Records, key: PseudonymKey): Deidentified {
  const dropped: DropCounts = new Map();
  let count = 0;
  let out = 0;
  async function* clean() {
    for await (const input of records) {
      count++;
      if (dropOutsideStandard(input, dropped)) continue;
      const fields = recordFields(input.recordType);
      if (!fields) continue;
      out++;
      yield { ...input, record: cleanRecord(input.recordType, input.record, fields, key, dropped) };
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
        warnings: [],
      }),
  };
}

async function collect(records: Records): Promise<ExportRecord[]> {
  const all: ExportRecord[] = [];
  for await (const record of records) all.push(record);
  return all;
}

function protectAggregates(all: readonly ExportRecord[], options: DeidentifierOptions) {
  const rows = all.map((entry) => entry.record as unknown as IndicatorValue);
  const result = protectSmallCells(rows, {
    threshold: options.k ?? DEFAULT_K,
    ...options.smallCells,
  });
  return {
    records: result.rows.map((row, i) => ({ ...all[i], record: row }) as unknown as ExportRecord),
    smallCells: {
      method: result.method,
      threshold: result.threshold,
      suppressed: result.suppressed,
      complementary: result.complementary,
      rounded: result.rounded,
    },
  };
}

async function statistical(records: Records, options: DeidentifierOptions): Promise<Deidentified> {
  const all = await collect(records);
  const micro = all.find((entry) => entry.recordType !== AGGREGATE_RECORD_TYPE);
  if (micro)
    throw new VntipError(
      'PROFILE_NOT_HONOURED',
      `The statistical profile carries aggregates only (${AGGREGATE_RECORD_TYPE} rows), not ${micro.recordType} records; compute indicators first, or choose the public profile.`,
    );
  const { records: safe, smallCells } = protectAggregates(all, options);
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

async function publicRelease(
  records: Records,
  options: DeidentifierOptions & { key: PseudonymKey },
  rowLevel: boolean,
): Promise<Deidentified> {
  const k = options.k ?? DEFAULT_K;
  const referenceYear = options.referenceYear ?? new Date().getUTCFullYear();
  const dropped: DropCounts = new Map();
  const all = await collect(records);
  const byType = new Map<string, ExportRecord[]>();
  const aggregates: ExportRecord[] = [];
  for (const input of all) {
    if (input.recordType === AGGREGATE_RECORD_TYPE) aggregates.push(input);
    else if (!dropOutsideStandard(input, dropped)) {
      const fields = recordFields(input.recordType);
      if (!fields) continue;
      const cleaned = cleanRecord(input.recordType, input.record, fields, options.key, dropped);
      const list = byType.get(input.recordType) ?? [];
      list.push({ ...input, record: cleaned });
      byType.set(input.recordType, list);
    }
  }
  const released: ExportRecord[] = [];
  const generalisation: RiskReport['generalisation'][number][] = [];
  let generalised = 0;
  let kAchieved: number | null = null;
  for (const [recordType, entries] of byType) {
    if (rowLevel) {
      // The exporter anonymises its own rows (e.g. one CTDC row per victim) and reports what it did.
      for (const entry of entries) released.push({ recordType, record: entry.record });
      continue;
    }
    const qis = recordQuasiIdentifiers(recordType, referenceYear);
    const result = kAnonymize(
      entries.map((entry) => entry.record),
      {
        quasiIdentifiers: qis,
        k,
        ...(options.suppressionLimit !== undefined
          ? { suppressionLimit: options.suppressionLimit }
          : {}),
      },
    );
    for (const row of result.rows) released.push({ recordType, record: row });
    generalised += result.generalised;
    if (result.kAchieved !== null)
      kAchieved = kAchieved === null ? result.kAchieved : Math.min(kAchieved, result.kAchieved);
    for (const [quasiIdentifier, level] of Object.entries(result.levels))
      generalisation.push({ recordType, quasiIdentifier, level });
  }
  const protectedAggregates =
    aggregates.length > 0 ? protectAggregates(aggregates, options) : undefined;
  released.push(...(protectedAggregates?.records ?? []));
  const base = {
    profile: 'public' as const,
    keyId: options.key.id,
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
    warnings: [],
  };
  const report = (anonymity?: RowAnonymity): RiskReport => {
    if (!rowLevel || anonymity === undefined) return summarizeRisk(base);
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
    });
  };
  return { records: released, keyId: options.key.id, report };
}

function dropCounts(dropped: DropCounts): RiskReport['fieldsDropped'] {
  return [...dropped]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([field, count]) => ({ field, count }));
}
