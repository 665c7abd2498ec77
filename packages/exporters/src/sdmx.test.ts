import { createMemorySink, type ExportRecord, exportRecords, type RecordEntry } from '@vntip/core';
import { exporterConformance } from '@vntip/core/testing';
import { computeIndicators, reportsSettledRate, victimsIdentified } from '@vntip/indicators';
import { NATIONAL_TARGETS } from '@vntip/schema';
import { describe, expect, it } from 'vitest';
import { timePeriod } from './internal/sdmx-dimensions';
import { sdmxCsvExporter } from './sdmx';

const person = (id: string, sex: string, birthYear: number): RecordEntry => ({
  recordType: 'person',
  record: {
    id,
    category: 'VICTIM',
    sex,
    birthYear,
    residence: { codeListVersion: '19/2025', level: 'province', code: '24' },
  },
  index: 0,
  basePath: [],
});
const decision = (id: string, personId: string, date: string): RecordEntry => ({
  recordType: 'status_decision',
  record: {
    id,
    personId,
    status: 'IDENTIFIED_VICTIM',
    decidingAgency: {
      type: 'POLICE_PROVINCIAL',
      unit: { codeListVersion: '19/2025', level: 'province', code: '24' },
    },
    date,
  },
  index: 0,
  basePath: [],
});
const event = (id: string, personId: string, purposes: string[]): RecordEntry => ({
  recordType: 'trafficking_event',
  record: { id, personId, purposes, domestic: false },
  index: 0,
  basePath: [],
});

const INPUT: RecordEntry[] = [
  person('P-1', 'FEMALE', 2010),
  person('P-2', 'MALE', 1990),
  decision('D-1', 'P-1', '2024-03-02'),
  decision('D-2', 'P-2', '2024-08-20'),
  event('E-1', 'P-1', ['SEXUAL_EXPLOITATION']),
  event('E-2', 'P-2', ['SCAM_COMPOUND_LABOUR']),
];

async function fixtureRows() {
  return computeIndicators(INPUT, {
    indicators: [victimsIdentified, reportsSettledRate],
    period: { start: '2024-01-01', end: '2024-12-31' },
    grain: 'HALF_YEAR',
    scopes: [
      { level: 'national', code: 'VN' },
      { level: 'province', code: '24', codeListVersion: '19/2025' },
    ],
    targets: NATIONAL_TARGETS,
    today: '2025-01-15',
  });
}

const asRecords = (rows: readonly object[]): ExportRecord[] =>
  rows.map((record) => ({ recordType: 'indicator_result', record: { ...record } }));

async function exportSdmx(records: readonly ExportRecord[], options?: unknown) {
  const sink = createMemorySink();
  const result = await exportRecords(records, {
    exporter: sdmxCsvExporter,
    options,
    sink,
    profile: 'internal',
    locale: 'en',
  });
  const text = new TextDecoder().decode(sink.files.get('indicator_result.csv')?.bytes);
  // Only this exporter's issues: not the host's notice that an export is internal.
  const issues = result.issues.filter((issue) => issue.code !== 'internal_profile_export');
  return { result: { ...result, issues }, text };
}

describe('sdmxCsvExporter', () => {
  it('writes the SDMX-CSV 2.0 header and one observation per result, totals as _T', async () => {
    const { result, text } = await exportSdmx(asRecords(await fixtureRows()));
    expect(result.issues).toEqual([]);
    await expect(text).toMatchFileSnapshot('../test/fixtures/sdmx/victims-identified.csv');
    const [header, ...rows] = text.trimEnd().split('\r\n');
    expect(header?.split(',').slice(0, 7)).toEqual([
      'STRUCTURE',
      'STRUCTURE_ID',
      'ACTION',
      'INDICATOR',
      'REF_AREA',
      'TIME_PERIOD',
      'SEX',
    ]);
    expect(rows.every((row) => row.startsWith('dataflow,VNTIP:DF_TIP_INDICATORS(1.0),I,'))).toBe(
      true,
    );
    expect(text).toContain(',VN-P2025-24,2024-S1,');
    expect(text).not.toMatch(/P-1|D-1|E-1/);
  });

  it('never writes lineage', async () => {
    const rows = await fixtureRows();
    expect(rows.some((row) => row.lineage.length > 0)).toBe(true);
    const { text } = await exportSdmx(asRecords(rows));
    for (const id of rows.flatMap((row) => row.lineage)) expect(text).not.toContain(id);
  });

  it('leaves out and reports a row with a breakdown that has no column, unless it is an extra dimension', async () => {
    const row = {
      indicator: 'acme/x',
      unit: 'count',
      period: { start: '2024-01-01', end: '2024-12-31' },
      scope: { level: 'national', code: 'VN' },
      disaggregation: { channel: '=cmd' },
      numerator: -3,
      denominator: null,
      value: -3,
      lineage: ['R-1'],
      notes: [{ code: 'note_a', message: { vi: 'a', en: 'a' }, count: 2 }],
      status: 'not_quantified',
    };
    const dropped = await exportSdmx(asRecords([row]));
    expect(dropped.result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['export_field_dropped', [0, 'disaggregation', 'channel']],
    ]);
    expect(dropped.text.split('\r\n')[1]).toBe('');
    const kept = await exportSdmx(asRecords([row]), { extraDimensions: ['channel'] });
    expect(kept.result.issues).toEqual([]);
    expect(kept.text.split('\r\n')[0]).toMatch(/,TO_PROVINCE,CHANNEL,OBS_VALUE,/);
    expect(kept.text.split('\r\n')[1]).toMatch(/,'=cmd,-3,NUMBER,A,-3,,,NOT_QUANTIFIED,note_a=2$/);
  });

  it('reports a record that is not an indicator result', async () => {
    const { result } = await exportSdmx([{ recordType: 'indicator_result', record: { x: 1 } }]);
    expect(result.issues.map((issue) => issue.code)).toEqual(['sdmx_invalid_row']);
  });

  it('refuses a malformed dataflow reference', async () => {
    await expect(exportSdmx([], { dataflow: 'not a dataflow' })).rejects.toThrow(/dataflow/);
  });
});

describe('timePeriod', () => {
  it.each([
    ['2024-01-01', '2024-12-31', '2024'],
    ['2024-07-01', '2024-12-31', '2024-S2'],
    ['2024-04-01', '2024-06-30', '2024-Q2'],
    ['2024-02-01', '2024-02-29', '2024-02'],
    ['2024-02-03', '2024-02-03', '2024-02-03'],
    ['2025-01-01', '2025-06-30', '2025-S1'],
    ['2025-07-01', '2025-09-30', '2025-Q3'],
    ['2024-01-05', '2024-02-18', '2024-01-05/P45D'],
    ['2024-01-01', '2025-12-31', '2024-01-01/P731D'],
  ])('%s to %s is %s', (start, end, expected) => {
    expect(timePeriod(start, end)).toBe(expected);
  });
});

describe('sdmx-csv conformance', async () => {
  const sample = asRecords(await fixtureRows());
  for (const c of exporterConformance({ exporter: sdmxCsvExporter, sample }))
    it(c.name, c.run, c.timeout);
});
