import {
  createMemorySink,
  type ExportRecord,
  exportRecords,
  type PrivacyProfile,
  type RecordEntry,
} from '@vntip/core';
import { exporterConformance, SAMPLE_RECORDS } from '@vntip/core/testing';
import {
  BUILTIN_INDICATORS,
  builtinIndicators,
  computeIndicators,
  NATIONAL_SCOPE,
  reportsSettledRate,
  sdg1622,
  victimsIdentified,
} from '@vntip/indicators';
import { createDeidentifier } from '@vntip/privacy';
import { NATIONAL_TARGETS } from '@vntip/schema';
import { describe, expect, it } from 'vitest';
import { canaryDataset } from '../test/canary-dataset';
import { readDataAgainst } from '../test/sdmx-data-reader';
import { readPublishedStructures } from '../test/sdmx-structure-reader';
import { SDMX_DATAFLOWS } from './generated/sdmx-structures';
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
  person('P-3', 'OTHER', 1985),
  decision('D-1', 'P-1', '2024-03-02'),
  decision('D-2', 'P-2', '2024-08-20'),
  decision('D-3', 'P-3', '2024-09-01'),
  event('E-1', 'P-1', ['SEXUAL_EXPLOITATION']),
  event('E-2', 'P-2', ['SCAM_COMPOUND_LABOUR']),
];
const PROVINCE = { level: 'province' as const, code: '24', codeListVersion: '19/2025' };

async function fixtureRows() {
  return computeIndicators(INPUT, {
    indicators: [
      victimsIdentified,
      reportsSettledRate,
      [sdg1622, { population: { VN: 101_000_000 } }],
    ],
    period: { start: '2024-01-01', end: '2024-12-31' },
    grain: 'HALF_YEAR',
    scopes: [NATIONAL_SCOPE, PROVINCE],
    targets: NATIONAL_TARGETS,
    today: '2025-01-15',
  });
}

const asRecords = (rows: readonly object[]): ExportRecord[] =>
  rows.map((record) => ({ recordType: 'indicator_result', record: { ...record } }));

async function exportSdmx(
  records: readonly ExportRecord[],
  options?: unknown,
  profile: PrivacyProfile = 'internal',
) {
  const sink = createMemorySink();
  const result = await exportRecords(records, {
    exporter: sdmxCsvExporter,
    options,
    sink,
    profile,
    locale: 'en',
    ...(profile === 'internal' ? {} : { deidentify: createDeidentifier() }),
  });
  const files = new Map(
    [...sink.files]
      .filter(([name]) => name.endsWith('.csv'))
      .map(([name, file]) => [name, new TextDecoder().decode(file.bytes)] as const),
  );
  // Only this exporter's issues: not the host's notice that an export is internal.
  const issues = result.issues.filter((issue) => issue.code !== 'internal_profile_export');
  return { result: { ...result, issues }, files };
}

const lines = (text: string | undefined) => (text ?? '').trimEnd().split('\r\n');
const structures = readPublishedStructures();

describe('sdmxCsvExporter', () => {
  it('writes one SDMX-CSV 2.0 file per published dataflow, header then one observation per row', async () => {
    const { result, files } = await exportSdmx(asRecords(await fixtureRows()));
    expect(result.issues).toEqual([]);
    expect([...files.keys()]).toEqual(SDMX_DATAFLOWS.map((flow) => `${flow.id}.csv`));
    await expect(files.get('DF_SDG_16_2_2.csv')).toMatchFileSnapshot(
      '../test/fixtures/sdmx/DF_SDG_16_2_2.csv',
    );
    await expect(files.get('DF_TIP_VICTIMS.csv')).toMatchFileSnapshot(
      '../test/fixtures/sdmx/DF_TIP_VICTIMS.csv',
    );
    expect(lines(files.get('DF_TIP_JUSTICE.csv'))[0]).toBe(
      'STRUCTURE,STRUCTURE_ID,ACTION,INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,OBS_STATUS,CONF_STATUS,NUMERATOR,DENOMINATOR,TARGET,TARGET_STATUS,COMMENT_OBS',
    );
    for (const [name, text] of files)
      for (const row of lines(text).slice(1))
        expect(row, name).toMatch(/^dataflow,VNTIP:DF_[A-Z0-9_]+\(1\.0\),R,/);
    expect(files.get('DF_TIP_VICTIMS.csv')).toContain(',704-P2025-24,');
    expect([...files.values()].join('')).not.toMatch(/P-1|D-1|E-1/);
  });

  it('writes the SDG 16.2.2 rows with the SDG series and codes, and the rate only with a population', async () => {
    const { files } = await exportSdmx(asRecords(await fixtureRows()));
    const sdg = lines(files.get('DF_SDG_16_2_2.csv')).map((line) => line.split(','));
    const header = sdg[0] ?? [];
    const col = (row: string[], id: string) => row[header.indexOf(id)];
    const body = sdg.slice(1);
    const at = (series: string, area: string, sex = '_T', age = '_T') =>
      body.filter(
        (row) =>
          col(row, 'SERIES') === series &&
          col(row, 'REF_AREA') === area &&
          col(row, 'SEX') === sex &&
          col(row, 'AGE') === age &&
          col(row, 'TIME_PERIOD') === '2024-S2',
      );
    expect(
      body.every((row) => col(row, 'FREQ') === 'S' && col(row, 'REPORTING_TYPE') === 'N'),
    ).toBe(true);
    expect(at('VC_HTF_DETV', '704').map((row) => col(row, 'OBS_VALUE'))).toEqual(['2']);
    expect(at('VC_HTF_DETV', '704', 'M').map((row) => col(row, 'OBS_VALUE'))).toEqual(['1']);
    expect(at('VC_HTF_DETV', '704', '_T', 'Y_GE18').map((row) => col(row, 'OBS_VALUE'))).toEqual([
      '2',
    ]);
    expect(at('VC_HTF_DETVFL', '704').map((row) => col(row, 'OBS_VALUE'))).toEqual(['1']);
    expect(
      at('VC_HTF_DETVSX', '704', '_T').length + at('VC_HTF_DETVSX', '704-P2025-24').length,
    ).toBe(0);
    // A person of another sex is written with SDMX's _O, as in the VN-TIP dataflow, so the breakdown adds up.
    expect(at('VC_HTF_DETV', '704', '_O').map((row) => col(row, 'OBS_VALUE'))).toEqual(['1']);
    expect(files.get('DF_TIP_VICTIMS.csv')).toMatch(/victims-identified,704,_O,/);
    // The rate: national population given, the province's not.
    const rate = at('VC_HTF_DETVR', '704');
    expect(rate.map((row) => [col(row, 'OBS_VALUE'), col(row, 'UNIT_MEASURE')])).toEqual([
      [String((2 / 101_000_000) * 100_000), 'PER_100000_POP'],
    ]);
    expect(at('VC_HTF_DETVR', '704-P2025-24')).toEqual([]);
    for (const row of body) expect(col(row, 'SERIES')).toMatch(/^VC_HTF_DETV(SX|FL|OG|OP|R)?$/);
  });

  it('writes a missing value as NaN with OBS_STATUS O, a withheld one as NaN with Q and CONF_STATUS C', async () => {
    const base = {
      indicator: 'victims-received',
      unit: 'count',
      period: { start: '2024-01-01', end: '2024-12-31' },
      scope: { level: 'national', code: 'VN' },
      denominator: null,
      lineage: [],
      status: 'not_quantified',
    };
    const rows = [
      { ...base, disaggregation: { sex: 'ALL' }, numerator: 40, value: 40, notes: [] },
      { ...base, disaggregation: { sex: 'MALE' }, numerator: null, value: null, notes: [] },
      {
        ...base,
        disaggregation: { sex: 'FEMALE' },
        numerator: null,
        value: null,
        status: 'no_data',
        notes: [{ code: 'small_cell_suppressed', message: { vi: '', en: '' } }],
      },
    ];
    const { result, files } = await exportSdmx(asRecords(rows));
    expect(result.issues).toEqual([]);
    expect(
      lines(files.get('DF_TIP_VICTIMS.csv'))
        .slice(1)
        .map((l) => l.split(',').slice(5, 6).concat(l.split(',').slice(14, 19))),
    ).toEqual([
      ['_T', '40', 'NUMBER', 'A', 'F', '40'],
      ['M', 'NaN', 'NUMBER', 'O', 'F', ''],
      ['F', 'NaN', 'NUMBER', 'Q', 'C', ''],
    ]);
  });

  it('never writes lineage', async () => {
    const rows = await fixtureRows();
    expect(rows.some((row) => row.lineage.length > 0)).toBe(true);
    const { files } = await exportSdmx(asRecords(rows));
    const text = [...files.values()].join('');
    for (const id of rows.flatMap((row) => row.lineage)) expect(text).not.toContain(id);
  });

  it('leaves out and reports what the published structures have no place for', async () => {
    const row = {
      indicator: 'victims-received',
      unit: 'count',
      period: { start: '2024-01-01', end: '2024-12-31' },
      scope: { level: 'national', code: 'VN' },
      disaggregation: {},
      numerator: 20,
      denominator: null,
      value: 20,
      lineage: ['R-1'],
      notes: [{ code: 'note_a', message: { vi: 'a', en: 'a' }, count: 2 }],
      status: 'not_quantified',
    };
    const cases = [
      { ...row, disaggregation: { channel: '=cmd' } },
      { ...row, disaggregation: { purpose: 'NOT_A_PURPOSE' } },
      { ...row, scope: { level: 'commune', code: '07210', codeListVersion: '19/2025' } },
      { ...row, indicator: 'acme/x' },
      { ...row, indicator: 'acme/x', value: 3 },
      row,
    ];
    const { result, files } = await exportSdmx(asRecords(cases));
    expect(result.issues.map((issue) => [issue.code, issue.params])).toEqual([
      ['export_field_dropped', { format: 'SDMX-CSV' }],
      [
        'sdmx_code_unmapped',
        { dimension: 'PURPOSE', value: 'NOT_A_PURPOSE', dataflow: 'DF_TIP_VICTIMS' },
      ],
      [
        'sdmx_code_unmapped',
        { dimension: 'REF_AREA', value: 'commune 07210', dataflow: 'DF_TIP_VICTIMS' },
      ],
      ['sdmx_indicator_unmapped', { indicator: 'acme/x' }],
    ]);
    expect(lines(files.get('DF_TIP_VICTIMS.csv')).slice(1)).toEqual([
      'dataflow,VNTIP:DF_TIP_VICTIMS(1.0),R,victims-received,704,_T,_T,_T,_T,_T,_T,_T,_T,2024,20,NUMBER,A,F,20,,,NOT_QUANTIFIED,note_a=2',
    ]);
  });

  it('writes only the dataflows asked for, and refuses an unknown one', async () => {
    const { files } = await exportSdmx(asRecords(await fixtureRows()), {
      dataflows: ['DF_SDG_16_2_2'],
    });
    expect([...files.keys()]).toEqual(['DF_SDG_16_2_2.csv']);
    await expect(exportSdmx([], { dataflows: ['DF_NOPE'] })).rejects.toThrow(/dataflows/);
  });

  it('reports a record that is not an indicator result', async () => {
    const { result } = await exportSdmx([{ recordType: 'indicator_result', record: { x: 1 } }]);
    expect(result.issues.map((issue) => issue.code)).toEqual(['sdmx_invalid_row']);
  });
});

describe('sdmx-csv exports read back against the published structures', {
  timeout: 120_000,
}, async () => {
  const entries = [...canaryDataset(40), ...SAMPLE_RECORDS].map((entry, index) => ({
    ...entry,
    index,
    basePath: [index],
  }));
  const indicators = [
    ...builtinIndicators,
    [sdg1622, { population: { VN: 101_000_000, '24@124/2004': 1_900_000 } }],
  ] as Parameters<typeof computeIndicators>[1]['indicators'];
  const scopes = [
    NATIONAL_SCOPE,
    { level: 'province' as const, code: '24', codeListVersion: '124/2004' },
    PROVINCE,
  ];
  const year = { start: '2024-01-01', end: '2024-12-31' };
  const rows = [
    ...(await computeIndicators(entries, {
      indicators,
      period: year,
      scopes,
      today: '2026-12-01',
    })),
    ...(await computeIndicators(entries, {
      indicators,
      period: year,
      grain: 'QUARTER',
      today: '2026-12-01',
    })),
  ];

  it.each(['internal', 'statistical'] as const)(
    '%s: every file, key and code is in its DSD',
    async (profile) => {
      const { result, files } = await exportSdmx(asRecords(rows), undefined, profile);
      expect(result.issues).toEqual([]);
      expect(files.size).toBe(SDMX_DATAFLOWS.length);
      let written = 0;
      for (const [name, text] of files) {
        const data = readDataAgainst(name, text, structures);
        expect(data.problems, name).toEqual([]);
        expect(data.dataflow).toBe(`VNTIP:${name.replace('.csv', '')}(1.0)`);
        written += data.rows.length;
        if (!/TRANSFERS|JUSTICE/.test(name)) expect(data.rows.length, name).toBeGreaterThan(0);
      }
      // Every row of a published indicator is written somewhere (the SDG dataflow repeats some of them).
      const published = rows.filter((row) => row.indicator !== 'sdg-16-2-2');
      expect(written).toBeGreaterThanOrEqual(profile === 'internal' ? published.length : 1);
      const sdg = readDataAgainst(
        'DF_SDG_16_2_2.csv',
        files.get('DF_SDG_16_2_2.csv') ?? '',
        structures,
      );
      expect(new Set(sdg.rows.map((row) => row.SERIES))).toEqual(
        new Set(['VC_HTF_DETV', 'VC_HTF_DETVFL', 'VC_HTF_DETVR']),
      );
      expect(new Set(sdg.rows.map((row) => row.SEX))).toEqual(new Set(['_T', 'F', 'M']));
    },
  );

  it('control: the read-back finds a code outside its codelist, a short key, a duplicate and a bad header', async () => {
    const { files } = await exportSdmx(asRecords(rows));
    const text = files.get('DF_TIP_VICTIMS.csv') ?? '';
    const [header = '', first = '', ...rest] = lines(text);
    const broken = [
      text.replace(',704,', ',VN,'),
      [header, first.replace(/,_T,/, ',,'), ...rest].join('\r\n'),
      [header, first, first, ...rest].join('\r\n'),
      text.replace('AGE_BAND,', 'AGEBAND,'),
      text.replace(',NUMBER,', ',PERSONS,'),
    ];
    for (const [i, csv] of broken.entries())
      expect(
        readDataAgainst('DF_TIP_VICTIMS.csv', csv, structures).problems.length,
        `mutation ${i}`,
      ).toBeGreaterThan(0);
    expect(Object.keys(BUILTIN_INDICATORS).length).toBeGreaterThan(0);
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
