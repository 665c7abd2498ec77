import {
  createMemorySink,
  defineExporter,
  type ExportRecord,
  exportRecords,
  isVntipError,
  RISK_REPORT_FILE,
} from '@vntip/core';
import { describe, expect, it } from 'vitest';
import { AGGREGATE_RECORD_TYPE, createDeidentifier } from './create-deidentifier';
import { pseudonymize, readPseudonymKey } from './pseudonym-key';

const key = readPseudonymKey('5a'.repeat(32));
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
  {
    recordType: 'prevention_activity',
    record: {
      id: 'A1',
      activityType: 'CONTEST',
      startDate: '2024-05-01',
      location: { codeListVersion: '124/2004', level: 'province', code: '24' },
      organiser: { type: 'DOLISA', name: 'Sở LĐTBXH Bắc Giang' },
      activityCount: 1,
    },
  },
];

async function run(
  profile: 'referral' | 'public' | 'statistical',
  input: readonly ExportRecord[],
  options = {},
) {
  const { records: out, report } = await createDeidentifier({
    key,
    referenceYear: 2024,
    ...options,
  })(input, profile);
  const list: ExportRecord[] = [];
  for await (const r of out) list.push(r);
  return { list, report: report() };
}

describe('createDeidentifier', () => {
  it('referral: pseudonymises identifiers alike in every record type, removes free text that is not public', async () => {
    const { list, report } = await run('referral', records);
    const pseudonym = pseudonymize(key, '001190012345');
    expect(list[0]?.record.id).toBe(pseudonym);
    expect(list[1]?.record).toMatchObject({ personId: pseudonym, status: 'PROVIDED' });
    expect(list[1]?.record).not.toHaveProperty('inKind');
    expect(list[2]?.record.agency).toEqual({
      type: 'COMMUNE_PC',
      unit: { codeListVersion: '124/2004', level: 'district', code: '223', provinceCode: '24' },
    });
    expect(list[3]?.record.organiser).toMatchObject({ name: 'Sở LĐTBXH Bắc Giang' });
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
    expect(list.map((r) => r.record.value)).toEqual([30, null, null]);
    expect(list.every((r) => (r.record.lineage as unknown[]).length === 0)).toBe(true);
    expect(report.smallCells).toMatchObject({
      method: 'suppress',
      threshold: 11,
      suppressed: 1,
      complementary: 1,
    });
  });

  it('public: releases every record type k-anonymous, generalising then suppressing', async () => {
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
      k: 11,
      kAchieved: 12,
      records: { in: 13, out: 12, suppressed: 1, generalised: 12 },
    });
    expect(report.generalisation).toContainEqual({
      recordType: 'person',
      quasiIdentifier: 'age',
      level: 1,
    });
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
