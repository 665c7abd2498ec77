import {
  createMemorySink,
  defineExporter,
  type ExportRecord,
  exportRecords,
  isVntipError,
  RISK_REPORT_FILE,
} from '@vntip/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TEST_KEY_HEX } from '../test/test-key';
import { AGGREGATE_RECORD_TYPE, createDeidentifier } from './create-deidentifier';
import { pseudonymizer, readPseudonymKey } from './pseudonym-key';

const key = readPseudonymKey(TEST_KEY_HEX);
const place = {
  codeListVersion: '124/2004',
  level: 'district',
  code: '223',
  provinceCode: '24',
  name: 'Hiệp Hòa',
};
const person = (id: string, sex = 'FEMALE', birthYear = 2001): ExportRecord => ({
  recordType: 'person',
  record: { id, category: 'VICTIM', sex, birthYear, nationality: 'VN', residence: place },
});
const activity: ExportRecord = {
  recordType: 'prevention_activity',
  record: {
    id: 'A1',
    activityType: 'CONTEST',
    title: 'Hội thi tìm hiểu pháp luật phòng, chống mua bán người',
    startDate: '2024-05-01',
    location: { codeListVersion: '124/2004', level: 'district', code: '223', provinceCode: '24' },
    organiser: { type: 'DOLISA', name: 'Sở LĐTBXH Bắc Giang' },
    activityCount: 1,
    participants: { total: 1500, qualifier: 'APPROXIMATE' },
  },
};
const records: ExportRecord[] = [
  person('001190012345'),
  {
    recordType: 'support_service',
    record: {
      id: 'S1',
      personId: '001190012345',
      status: 'PROVIDED',
      inKind: 'Gạo, gửi chị Lan 0912 345 678',
      date: '2024-03-01',
    },
  },
  {
    recordType: 'process_event',
    record: {
      id: 'E1',
      personId: '001190012345',
      type: 'RECEIPT',
      date: '2024-02-03',
      agency: { type: 'COMMUNE_PC', name: 'Nhà ông Ba, 12 Lê Lợi', unit: place },
    },
  },
  activity,
];

async function run(
  profile: 'referral' | 'public' | 'statistical',
  input: readonly ExportRecord[],
  options = {},
) {
  const { records: out, report } = await createDeidentifier({
    key,
    referenceYear: 2024,
    release: 'test-release',
    ...options,
  })(input, profile);
  const list: ExportRecord[] = [];
  for await (const r of out) list.push(r);
  return { list, report: report() };
}

describe('createDeidentifier', () => {
  it('referral: pseudonymises identifiers alike in every record type, removes free text that is not public', async () => {
    const { list, report } = await run('referral', records);
    const pseudonym = pseudonymizer(key, { purpose: 'referral' })('001190012345');
    expect(list[0]?.record.id).toBe(pseudonym);
    expect(list[1]?.record).toMatchObject({ personId: pseudonym, status: 'PROVIDED' });
    expect(list[1]?.record).not.toHaveProperty('inKind');
    expect(list[2]?.record.agency).toEqual({
      type: 'COMMUNE_PC',
      unit: { codeListVersion: '124/2004', level: 'district', code: '223', provinceCode: '24' },
    });
    expect(list[3]).toEqual(activity);
    expect(JSON.stringify(list)).not.toMatch(/001190012345|0912|Lê Lợi|Hiệp Hòa/);
    expect(report).toMatchObject({
      profile: 'referral',
      keyId: key.id,
      records: { in: 4, out: 4, generalised: 0, suppressed: 0 },
      fieldsDropped: [
        { field: 'person.residence.name', count: 1 },
        { field: 'process_event.agency.name', count: 1 },
        { field: 'process_event.agency.unit.name', count: 1 },
        { field: 'support_service.inKind', count: 1 },
      ],
    });
    expect(report.summary.vi).toContain('Hồ sơ referral');
  });

  it('refuses referral and public without a key: there is no default key', async () => {
    for (const profile of ['referral', 'public'] as const) {
      try {
        await createDeidentifier()(records, profile);
        expect.unreachable();
      } catch (error) {
        expect(isVntipError(error) && error.code).toBe('MISSING_PSEUDONYM_KEY');
      }
    }
  });

  it('statistical: refuses microdata and protects aggregates', async () => {
    await expect(run('statistical', records)).rejects.toMatchObject({
      code: 'PROFILE_NOT_HONOURED',
    });
    const row = (sex: string, n: number): ExportRecord => ({
      recordType: AGGREGATE_RECORD_TYPE,
      record: {
        indicator: 'victims-identified',
        period: { start: '2024-01-01', end: '2024-12-31' },
        scope: { level: 'national', code: 'VN' },
        disaggregation: { sex },
        numerator: n,
        denominator: null,
        value: n,
        lineage: ['P1'],
        notes: [],
      },
    });
    const { list, report } = await run('statistical', [
      row('ALL', 30),
      row('FEMALE', 27),
      row('MALE', 3),
    ]);
    expect(list.map((r) => [r.record.disaggregation, r.record.value])).toEqual([
      [{ sex: 'ALL' }, 30],
      [{ sex: 'FEMALE' }, 27],
      [{ sex: 'MALE' }, null],
      [{ sex: 'UNKNOWN' }, null],
    ]);
    expect(list.every((r) => (r.record.lineage as unknown[]).length === 0)).toBe(true);
    expect(report.smallCells).toMatchObject({
      method: 'suppress',
      threshold: 11,
      suppressed: 1,
      complementary: 1,
    });
  });

  it('statistical: publishes counts of contests and inspections as they are', async () => {
    const contests: ExportRecord = {
      recordType: AGGREGATE_RECORD_TYPE,
      record: {
        indicator: 'activities-by-type',
        period: { start: '2024-01-01', end: '2024-12-31' },
        scope: { level: 'national', code: 'VN' },
        disaggregation: { activityType: 'CONTEST' },
        numerator: 3,
        denominator: null,
        value: 3,
        lineage: ['A1', 'A2', 'A3'],
        notes: [],
      },
    };
    const indicators = [
      {
        id: 'activities-by-type',
        requires: ['prevention_activity.activityType', 'prevention_activity.activityCount'],
      },
    ];
    const { list } = await run('statistical', [contests], { indicators });
    expect(list[0]?.record).toMatchObject({ numerator: 3, value: 3, lineage: [] });
    const unlisted = await run('statistical', [contests]);
    expect(unlisted.list[0]?.record.value).toBeNull();
  });

  it('public: releases every record type about persons k-anonymous in persons, generalising then suppressing', async () => {
    const people = [
      ...Array.from({ length: 12 }, (_, i) => person(`P${i}`, 'FEMALE', 1995 + (i % 3))),
      person('OUTLIER', 'MALE', 1940),
    ];
    const { list, report } = await run('public', people);
    expect(list).toHaveLength(12);
    expect(list.every((r) => r.record.ageBand === 'AGE_27_29' && !('birthYear' in r.record))).toBe(
      true,
    );
    expect(report).toMatchObject({
      profile: 'public',
      release: 'test-release',
      k: 11,
      kAchieved: 12,
      records: { in: 13, out: 12, suppressed: 1, generalised: 12 },
    });
    expect(report.generalisation).toContainEqual({
      recordType: 'person',
      quasiIdentifier: 'age',
      level: 1,
    });
    expect(report.risk?.[0]).toMatchObject({
      table: 'person',
      records: 12,
      persons: 12,
      sampleUniques: { after: 0 },
      prosecutorRisk: { after: { max: 0.0833 } },
    });
    expect(report.risk?.[0]?.sampleUniques.before).toBeGreaterThan(0);
  });

  it('public: eleven rows of one person are a class of one, and are withheld', async () => {
    const events = Array.from({ length: 12 }, (_, i) => ({
      recordType: 'support_service',
      record: { id: `S${i}`, personId: 'ONE', status: 'PROVIDED', date: '2024-03-01' },
    }));
    const { list, report } = await run('public', events);
    expect(list).toEqual([]);
    expect(report.records.suppressed).toBe(12);
  });

  it('public: no identifier is shared by two rows, with referral, or with another release; rows are shuffled', async () => {
    const people = Array.from({ length: 12 }, (_, i) => person(`P${i}`));
    const decisions = Array.from({ length: 12 }, (_, i) => ({
      recordType: 'status_decision',
      record: {
        id: `D${i}`,
        personId: `P${i}`,
        status: 'IDENTIFIED_VICTIM',
        date: '2024-04-26',
        decidingAgency: { type: 'POLICE_PROVINCIAL', unit: place },
      },
    }));
    const input = [...people, ...decisions];
    const first = await run('public', input);
    const again = await run('public', input);
    const other = await run('public', input, { release: 'another-release' });
    const referral = await run('referral', input);
    const ids = (list: readonly ExportRecord[]) =>
      list.flatMap((r) => [r.record.id, r.record.personId].filter((v) => v !== undefined));
    const released = ids(first.list);
    expect(released).toHaveLength(36);
    expect(new Set(released).size).toBe(36);
    expect(ids(again.list)).toEqual(released);
    for (const elsewhere of [ids(other.list), ids(referral.list)])
      expect(elsewhere.filter((id) => released.includes(id))).toEqual([]);
    const order = first.list.filter((r) => r.recordType === 'person').map((r) => r.record.id);
    expect(order).toEqual([...order].sort());
  });

  it('public: removes a value held by fewer than k persons of its table, so it cannot link rows', async () => {
    const people = Array.from({ length: 12 }, (_, i) => ({
      ...person(`P${i}`),
      record: {
        ...person(`P${i}`).record,
        householdPoverty: i === 0 ? 'POOR' : 'NOT_POOR',
      },
    }));
    const { list, report } = await run('public', people);
    expect(list.map((r) => r.record.householdPoverty).sort()).toEqual([
      ...Array.from({ length: 11 }, () => 'NOT_POOR'),
      undefined,
    ]);
    expect(report.fieldsDropped).toContainEqual({ field: 'person.householdPoverty', count: 1 });
  });

  it('public: passes prevention activities untouched, title and organiser included', async () => {
    const { list } = await run('public', [activity]);
    expect(list).toEqual([activity]);
  });

  it('public: warns in vi/en when l-diversity is below 2', async () => {
    const people = Array.from({ length: 12 }, (_, i) => person(`P${i}`));
    const { report } = await run('public', people);
    expect(report.risk?.[0]?.lDiversity).toContainEqual({ attribute: 'category', l: 1 });
    expect(report.warnings.map((w) => w.en).join(' ')).toMatch(/l-diversity below 2 for category/);
    expect(report.warnings.map((w) => w.vi).join(' ')).toMatch(/l-đa dạng dưới 2/);
  });
});

// Issue 11 point 3: nested quasi-identifiers (shelter dates and facility, referral agencies, document dates and
// issuers) are generalised by their own ladders: in a public export no class over every quasi-identifier at any depth
// holds fewer than k persons. The paths are listed here from the schema, apart from the code that finds them.
const NESTED_PATHS: Readonly<Record<string, readonly string[]>> = {
  process_event: [
    'date',
    'agency',
    'location',
    'shelter.facility',
    'shelter.entryDate',
    'shelter.exitDate',
    'shelter.extensionDecision.date',
    'shelter.extensionDecision.issuer',
    'referral.from',
    'referral.to',
  ],
  status_decision: [
    'date',
    'decidingAgency',
    'confirmationDocuments[].date',
    'confirmationDocuments[].issuer',
  ],
};

function valuesAt(value: unknown, path: readonly string[]): unknown[] {
  const [head, ...rest] = path;
  if (head === undefined) return [value];
  if (head.endsWith('[]')) {
    const list = (value as Record<string, unknown> | undefined)?.[head.slice(0, -2)];
    return Array.isArray(list) ? list.flatMap((item) => valuesAt(item, rest)) : [];
  }
  const next = (value as Record<string, unknown> | undefined)?.[head];
  return next === undefined ? [] : valuesAt(next, rest);
}

describe('nested quasi-identifiers (property)', () => {
  const day = fc
    .integer({ min: 1, max: 28 })
    .map((d) => `2024-0${1 + (d % 9)}-${String(d).padStart(2, '0')}`);
  const commune = fc
    .constantFrom('07210', '07213', '25117')
    .map((code) => ({ codeListVersion: '19/2025', level: 'commune', code, provinceCode: '24' }));
  const agency = fc
    .tuple(fc.constantFrom('SOCIAL_PROTECTION_FACILITY', 'POLICE_PROVINCIAL'), commune)
    .map(([type, unit]) => ({ type, unit }));
  const processEvent = fc.record({
    type: fc.constantFrom('RECEIPT', 'SHELTER', 'REFERRAL'),
    date: day,
    agency,
    shelter: fc.record({
      facility: agency,
      entryDate: day,
      exitDate: day,
      extensionDecision: fc.record({ number: fc.constant('12/QĐ'), date: day, issuer: agency }),
    }),
    referral: fc.record({ from: agency, to: agency }),
  });
  const decision = fc.record({
    status: fc.constant('IDENTIFIED_VICTIM'),
    date: day,
    decidingAgency: agency,
    confirmationDocuments: fc.array(
      fc.record({ type: fc.constant('VICTIM_CONFIRMATION'), date: day, issuer: agency }),
      { maxLength: 2 },
    ),
  });

  it('never releases a class of fewer than k persons over quasi-identifiers at every depth', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(processEvent, { maxLength: 60 }),
        fc.array(decision, { maxLength: 40 }),
        fc.integer({ min: 2, max: 11 }),
        async (events, decisions, k) => {
          const input: ExportRecord[] = [
            ...events.map((record, i) => ({
              recordType: 'process_event',
              record: { id: `E${i}`, personId: `P${i % 17}`, ...record },
            })),
            ...decisions.map((record, i) => ({
              recordType: 'status_decision',
              record: { id: `D${i}`, personId: `P${i % 13}`, ...record },
            })),
          ];
          const { list } = await run('public', input, { k });
          for (const [recordType, paths] of Object.entries(NESTED_PATHS)) {
            const rows = list.filter((r) => r.recordType === recordType);
            const originals = new Map(
              input
                .filter((r) => r.recordType === recordType)
                .map((r) => [r.record.id, r.record] as const),
            );
            expect(rows.length).toBeLessThanOrEqual(originals.size);
            const classes = new Map<string, number>();
            for (const row of rows) {
              const key = JSON.stringify(paths.map((p) => valuesAt(row.record, p.split('.'))));
              classes.set(key, (classes.get(key) ?? 0) + 1);
            }
            // Rows are per person-row; k in persons implies at least k rows, and a shelter date never passes as
            // recorded unless its whole class is large enough.
            for (const size of classes.values()) expect(size).toBeGreaterThanOrEqual(k);
          }
        },
      ),
      { seed: 20261201, numRuns: 40 },
    );
  });
});

describe('exportRecords with a de-identifier', () => {
  const exporter = defineExporter({
    meta: {
      id: 'test/lines',
      version: '1',
      mediaType: 'text/plain',
      extensions: ['txt'],
      profiles: ['internal', 'referral', 'public'],
      title: { vi: 't', en: 't' },
      description: { vi: 'd', en: 'd' },
    },
    create: ({ sink }) => {
      const out = sink.open('records.txt', { mediaType: 'text/plain' });
      return {
        record: async (entry) => (await out).write(`${JSON.stringify(entry.record)}\n`),
        end: async () => (await out).close(),
      };
    },
  });

  it('defaults to the first profile other than internal, and writes its risk report beside the data', async () => {
    const sink = createMemorySink();
    const result = await exportRecords(records, {
      exporter,
      sink,
      deidentify: createDeidentifier({ key }),
    });
    expect(result.riskReport.profile).toBe('referral');
    expect([...sink.files.keys()]).toEqual(['records.txt', RISK_REPORT_FILE]);
    const text = new TextDecoder().decode(sink.files.get('records.txt')?.bytes);
    expect(text).not.toContain('001190012345');
    const report = JSON.parse(new TextDecoder().decode(sink.files.get(RISK_REPORT_FILE)?.bytes));
    expect(report).toEqual(result.riskReport);
  });

  it('refuses a profile other than internal without a de-identifier, and warns on internal', async () => {
    await expect(
      exportRecords(records, { exporter, sink: createMemorySink() }),
    ).rejects.toMatchObject({ code: 'PROFILE_NOT_AVAILABLE' });
    const result = await exportRecords(records, {
      exporter,
      sink: createMemorySink(),
      profile: 'internal',
    });
    expect(result.riskReport.warnings[0]?.en).toMatch(/internal profile keeps every datum/);
  });
});
