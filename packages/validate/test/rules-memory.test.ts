import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { builtinRules, type RecordEvent, validate } from '../src/index';

// Guards against rules retaining records. Until `end()` a rule may keep ids, a few scalar fields
// and where a record is (a RecordRef, or less), never the entry or its record, so that validating
// a large file keeps memory flat. The heap is read after the last batch, before the rules' `end()`,
// when their state is largest (once `validate` returns, it is all garbage). For these 200,000
// records the built-in rules keep about 35 MB; rules that kept their entries took about 185 MB.

const RECORDS = 200_000;
const BATCH = 1_000;
const MAX_HEAP_GROWTH_MB = 100;

/**
 * A full collection before each reading, so the numbers measure what is retained, not garbage.
 * Test workers do not expose `gc`, so it is exposed at run time when it is missing.
 */
function getGc(): (() => void) | undefined {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
}

const pad = (n: number) => String(n).padStart(7, '0');
const day = (n: number) =>
  `2025-${String(8 + (n % 4)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;
const unit = (n: number) => ({
  codeListVersion: '19/2025',
  level: 'province',
  code: n % 2 ? '01' : '79',
});
const agency = (type: string, n: number) => ({
  type,
  unit: unit(n),
  name: `Cơ quan số ${n % 977}`,
});
const words = (n: number, count: number) =>
  Array.from({ length: count }, (_, i) => `từ${(n * 31 + i * 7) % 97}`).join(' ');

/** One case of five records about person `n`, each about as large as real ones (~1 KB as JSON). */
function recordsOf(n: number): [recordType: string, value: Record<string, unknown>][] {
  // Every 500th case refers to a person no record has; one in 7 names its person before the person record.
  const personId = `P${pad(n)}`;
  const referred = n % 500 === 499 ? `X${pad(n)}` : personId;
  const person: Record<string, unknown> = {
    id: personId,
    ...(n % 10 === 3
      ? { category: 'ACCOMPANYING_CHILD', sex: 'MALE', accompaniesPersonId: `P${pad(n - 1)}` }
      : { category: n % 4 === 0 ? 'UNDER_VERIFICATION' : 'VICTIM', sex: 'FEMALE' }),
    birthYear: n % 10 === 3 ? 2015 : 1980 + (n % 25),
    nationality: 'VN',
    residence: unit(n),
  };
  const event = {
    id: `PE${pad(n)}`,
    personId: referred,
    type: n % 2 === 0 ? 'RECEIPT' : 'INITIAL_VERIFICATION',
    date: day(n),
    agency: agency('POLICE_PROVINCIAL', n),
    location: unit(n + 1),
  };
  const records: [string, Record<string, unknown>][] = [
    ['person', person],
    ['process_event', event],
  ];
  if (n % 7 === 0) records.reverse();
  const total = 40 + (n % 500);
  return [
    ...records,
    [
      'support_service',
      {
        id: `SS${pad(n)}`,
        personId: referred,
        status: 'PROVIDED',
        supportType: { lawVersion: '2024', code: n % 3 === 0 ? 'LEGAL_AID' : 'MEDICAL' },
        provider: agency('SOCIAL_ASSISTANCE_FACILITY', n),
        date: day(n + 1),
        amountVnd: 100_000 * (n % 50),
        inKind: `Hỗ trợ ${words(n, 30)}`,
        fundingSource: 'STATE_BUDGET_PROVINCIAL',
      },
    ],
    [
      'trafficking_event',
      {
        id: `TE${pad(n)}`,
        personId: referred,
        purposes: ['FORCED_LABOUR'],
        destinationCountry: 'KH',
        domestic: false,
        monthsAway: n % 48,
        startDate: '2025-05-01',
      },
    ],
    [
      'prevention_activity',
      {
        id: `PA${pad(n)}`,
        activityType: 'COMMUNICATION_SESSION',
        title: `Hoạt động ${words(n, 60)}`,
        startDate: day(n),
        location: unit(n),
        organiser: agency('COMMUNE_PC', n),
        coOrganisers: [agency('POLICE_PROVINCIAL', n + 1), agency('BORDER_GUARD', n + 2)],
        targetGroups: ['WOMEN', 'STUDENTS'],
        topics: ['LAW_POLICY'],
        activityCount: 1,
        output: { quantity: 1 + (n % 9), unit: 'SESSION' },
        participants: {
          total,
          female: Math.floor(total / 2),
          male: total - Math.floor(total / 2),
          byTargetGroup: [
            { targetGroup: 'STUDENTS', count: Math.floor(total / 3) },
            { targetGroup: 'WOMEN', count: Math.floor(total / 4) },
          ],
        },
      },
    ],
  ];
}

/**
 * Batches of fresh events, built only when read, so each record is garbage once validated. After
 * the last batch, `onDrained` runs while the rules still hold all their state (their `end()` has
 * not run yet): once `validate` returns, that state is garbage and would not show.
 */
function* batches(onDrained: () => void): Generator<RecordEvent[]> {
  let batch: RecordEvent[] = [];
  let row = 0;
  for (let n = 0; row < RECORDS; n++) {
    for (const [recordType, value] of recordsOf(n)) {
      if (row === RECORDS) break;
      batch.push({
        kind: 'record',
        recordType,
        value,
        basePath: [row],
        location: { file: 'large.ndjson', row: ++row },
      });
      if (batch.length === BATCH) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length > 0) yield batch;
  onDrained();
}

describe('built-in rules over a large input', () => {
  it(`keep compact state, not records (${RECORDS} records)`, async () => {
    const gc = getGc();
    const heapUsed = () => {
      gc?.();
      return process.memoryUsage().heapUsed;
    };
    const before = heapUsed();
    let drained = before;
    const result = await validate(
      batches(() => {
        drained = heapUsed();
      }),
      {
        rules: builtinRules,
        keepRecords: false,
        today: '2026-06-30',
        period: { start: '2025-01-01', end: '2025-12-31' },
      },
    );
    const growthMb = (drained - before) / 2 ** 20;

    expect(result.records).toEqual([]);
    expect(Object.values(result.counts).reduce((a, b) => a + b, 0)).toBe(RECORDS);
    expect(result.issues.filter((issue) => issue.source === 'schema')).toEqual([]);
    // The few unresolved references are still found at the end.
    expect(result.issues.filter((issue) => issue.code === 'unknown_person_reference')).toHaveLength(
      (RECORDS / 5 / 500) * 3,
    );
    expect(growthMb).toBeLessThan(MAX_HEAP_GROWTH_MB);
  }, 30_000);
});
