import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createMemorySink,
  type ExportRecord,
  exportRecords,
  type MemorySink,
  RISK_REPORT_FILE,
} from '@vntip/core';
import { createDeidentifier, readPseudonymKey } from '@vntip/privacy';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ctdcDataset } from '../test/ctdc-dataset';
import {
  CTDC_ANONYMITY_FILE,
  CTDC_COLUMNS,
  CTDC_FILE,
  type CtdcAnonymityReport,
  ctdcExporter,
} from './ctdc';
import { CTDC_QUASI_IDENTIFIERS } from './internal/ctdc-anonymity';
import { isCtdcValue } from './internal/ctdc-columns';
import { ctdcCsv } from './internal/ctdc-csv';
import { ctdcRow, registrationYear } from './internal/ctdc-row';
import { createVictimCollector } from './internal/ctdc-victims';

const FIXTURES = join(import.meta.dirname, '../test/fixtures/ctdc');
const key = readPseudonymKey('c79e5a4ec253bcd655bb99b69d4aa080ac7ace0b889b12ae8c4fabef52a1c8c2');
const deidentify = () => createDeidentifier({ key, referenceYear: 2024, release: 'ctdc-test' });

/** The released file's header and value sets (test/fixtures/ctdc-released/README.md names the source). */
const RELEASED = join(import.meta.dirname, '../test/fixtures/ctdc-released');
const CODEBOOK = readFileSync(join(RELEASED, 'header.csv'), 'utf8').trim().split(',');
const VALUE_SETS: Readonly<Record<string, readonly string[]>> = JSON.parse(
  readFileSync(join(RELEASED, 'value-sets.json'), 'utf8'),
);

/** Whether a cell holds a value the released file holds in its column, judged from the fixture alone. */
function inReleasedValueSet(column: string, value: string): boolean {
  if (value === '') return true;
  const set = VALUE_SETS[column];
  if (set) return set.includes(value);
  if (column === 'yearOfRegistration') return /^(19|20)\d{2}$/.test(value);
  if (column === 'citizenship' || column === 'CountryOfExploitation')
    return /^[A-Z]{3}$/.test(value);
  return value === '1';
}

/** Rows of the mapping alone (no k-anonymity), as the fixtures expect them. */
function mapRecords(records: readonly ExportRecord[]) {
  const collector = createVictimCollector();
  for (const { recordType, record } of records) collector.add(recordType, record);
  const unmapped: string[] = [];
  const rows = collector
    .victims()
    .map((victim) => ctdcRow(victim, (field, code) => unmapped.push(`${field}:${code}`)));
  return { rows, unmapped };
}

async function exportCtdc(
  records: readonly ExportRecord[],
  options?: unknown,
  deidentifier = deidentify(),
) {
  const sink = createMemorySink();
  const frozen = records.map((entry) => deepFreeze(structuredClone(entry)));
  const result = await exportRecords(frozen, {
    exporter: ctdcExporter,
    options,
    sink,
    deidentify: deidentifier,
    locale: 'en',
  });
  return { result, sink, text: (path: string) => decode(sink, path) };
}

function decode(sink: MemorySink, path: string): string {
  const file = sink.files.get(path);
  if (!file) throw new Error(`${path} was not written`);
  return new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
}

/** The cells of ctdc.csv, header first; no cell of ours holds a comma or a quote. */
function cells(csv: string): string[][] {
  expect(csv).not.toContain('"');
  return csv
    .split('\r\n')
    .slice(0, -1)
    .map((line) => line.split(','));
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

describe('ctdcRow fixtures', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    it(`maps ${name} to the expected rows`, async () => {
      const input = JSON.parse(readFileSync(join(FIXTURES, name, 'input.json'), 'utf8'));
      const { rows } = mapRecords(input);
      await expect(ctdcCsv(rows)).toMatchFileSnapshot(join(FIXTURES, name, 'expected.csv'));
    });
  }

  it('fills every column in at least one fixture', () => {
    const filled = new Set<string>();
    for (const name of readdirSync(FIXTURES)) {
      const input = JSON.parse(readFileSync(join(FIXTURES, name, 'input.json'), 'utf8'));
      for (const row of mapRecords(input).rows) {
        for (const column of CTDC_COLUMNS) {
          expect(inReleasedValueSet(column, row[column]), `${name}: ${column}=${row[column]}`).toBe(
            true,
          );
          if (row[column] !== '') filled.add(column);
        }
      }
    }
    expect(CTDC_COLUMNS.filter((column) => !filled.has(column))).toEqual([]);
  });

  it('reports each code without a CTDC equivalent, UNKNOWN aside (it is CTDC’s NULL)', () => {
    const input = JSON.parse(
      readFileSync(join(FIXTURES, 'nulls-and-unmapped', 'input.json'), 'utf8'),
    );
    expect(mapRecords(input).unmapped).toEqual([
      'purposes:MONEY_OR_BENEFIT',
      'meansOfControl:OTHER',
      'recruiterRelation:STRANGER',
    ]);
  });

  it('takes the registration year from the earliest identification, else the earliest receipt', () => {
    const step = (date: string) => ({ type: 'RECEIPT', date });
    const identification = (date: string) => ({ status: 'IDENTIFIED_VICTIM', date });
    const victim = {
      identifications: [],
      events: [],
      steps: [step('2023-05-01'), step('2021-02-02')],
    };
    expect(registrationYear(victim)).toBe(2021);
    expect(
      registrationYear({
        ...victim,
        identifications: [identification('2025-01'), identification('2024')],
      }),
    ).toBe(2024);
    expect(registrationYear({ ...victim, steps: [] })).toBeUndefined();
  });
});

describe('ctdcExporter', () => {
  it('writes exactly the 27 columns of the codebook, in its order', async () => {
    expect([...CTDC_COLUMNS]).toEqual(CODEBOOK);
    const { text } = await exportCtdc([]);
    expect(text(CTDC_FILE)).toBe(`${CODEBOOK.join(',')}\r\n`);
  });

  it('maps only to the values of the released CTDC file, for every cell of a few hundred random victims', () => {
    fc.assert(
      fc.property(ctdcDataset(200, 400), (records) => {
        const { rows } = mapRecords(records);
        for (const row of rows) {
          expect(Object.keys(row)).toEqual(CODEBOOK);
          for (const column of CTDC_COLUMNS) {
            if (!inReleasedValueSet(column, row[column]) || !isCtdcValue(column, row[column]))
              throw new Error(`${column}=${row[column]}`);
          }
        }
      }),
      { numRuns: 5 },
    );
  });

  it('writes a k-anonymous table of allowed values through the host (k = 11 by default)', async () => {
    await fc.assert(
      fc.asyncProperty(ctdcDataset(0, 300), async (records) => {
        const { text } = await exportCtdc(records);
        const [header, ...rows] = cells(text(CTDC_FILE));
        expect(header).toEqual(CODEBOOK);
        const classes = new Map<string, number>();
        for (const row of rows) {
          expect(row).toHaveLength(27);
          row.forEach((value, i) => {
            const column = CTDC_COLUMNS[i];
            if (column && !(inReleasedValueSet(column, value) && isCtdcValue(column, value)))
              throw new Error(`${column}=${value}`);
          });
          const qi = JSON.stringify(
            CTDC_QUASI_IDENTIFIERS.map((column) => row[CTDC_COLUMNS.indexOf(column)]),
          );
          classes.set(qi, (classes.get(qi) ?? 0) + 1);
        }
        for (const [qi, size] of classes) if (size < 11) throw new Error(`${qi} occurs ${size}×`);
        const report = JSON.parse(text(CTDC_ANONYMITY_FILE)) as CtdcAnonymityReport;
        expect(report.k).toBe(11);
        expect(report.rows.written).toBe(rows.length);
        expect(report.kAchieved).toBe(rows.length === 0 ? null : Math.min(...classes.values()));
      }),
      { numRuns: 15 },
    );
  }, 60_000);

  it('honours the k option', async () => {
    const records = fc.sample(ctdcDataset(300, 300), { numRuns: 1, seed: 7 })[0] ?? [];
    const { text } = await exportCtdc(records, { k: 25 });
    const report = JSON.parse(text(CTDC_ANONYMITY_FILE)) as CtdcAnonymityReport;
    expect(report.k).toBe(25);
    expect(report.kAchieved).toBeGreaterThanOrEqual(25);
    await expect(exportCtdc(records, { k: 1 })).rejects.toMatchObject({
      code: 'INVALID_PLUGIN_OPTIONS',
    });
  });

  it('defaults to the public profile, de-identifies through the host and writes no original id', async () => {
    const records = fc.sample(ctdcDataset(120, 120), { numRuns: 1, seed: 3 })[0] ?? [];
    const { result, sink, text } = await exportCtdc(records);
    expect(result.riskReport.profile).toBe('public');
    expect(result.riskReport.keyId).toBe(key.id);
    expect([...sink.files.keys()].sort()).toEqual([
      CTDC_ANONYMITY_FILE,
      CTDC_FILE,
      RISK_REPORT_FILE,
    ]);
    const all = [...sink.files.keys()].map((path) => text(path)).join('\n');
    const ids = records.map(({ record }) => String(record.id));
    expect(ids.filter((id) => all.includes(id))).toEqual([]);
    expect(cells(text(CTDC_FILE)).length).toBeGreaterThan(1);
    // The host leaves k-anonymity to the exporter's rows, and its risk report carries what the exporter did.
    const anonymity = JSON.parse(text(CTDC_ANONYMITY_FILE));
    expect(result.riskReport).toMatchObject({
      k: 11,
      kAchieved: anonymity.kAchieved,
      records: { suppressed: anonymity.rows.suppressed, generalised: anonymity.rows.generalised },
    });
    expect(result.riskReport.generalisation.every((g) => g.recordType === 'ctdc')).toBe(true);
  });

  it('refuses the internal and referral profiles, and the public profile without a de-identifier', async () => {
    for (const profile of ['internal', 'referral', 'statistical'] as const) {
      await expect(
        exportRecords([], {
          exporter: ctdcExporter,
          sink: createMemorySink(),
          profile,
          deidentify: deidentify(),
        }),
      ).rejects.toMatchObject({ code: 'UNSUPPORTED_PROFILE' });
    }
    await expect(
      exportRecords([], { exporter: ctdcExporter, sink: createMemorySink() }),
    ).rejects.toMatchObject({ code: 'PROFILE_NOT_AVAILABLE' });
  });

  it('withholds the rows of a class under k and reports them with a count', async () => {
    const records: ExportRecord[] = JSON.parse(
      readFileSync(join(FIXTURES, 'abroad-every-flag', 'input.json'), 'utf8'),
    );
    // The host's own k is lowered so that the one victim reaches the exporter, whose k stays 11.
    const { result, text } = await exportCtdc(
      records,
      undefined,
      createDeidentifier({ key, referenceYear: 2024, k: 1 }),
    );
    expect(text(CTDC_FILE)).toBe(`${CODEBOOK.join(',')}\r\n`);
    const report = JSON.parse(text(CTDC_ANONYMITY_FILE)) as CtdcAnonymityReport;
    expect(report.rows).toMatchObject({ victims: 1, written: 0, suppressed: 1 });
    expect(report.kAchieved).toBeNull();
    const suppressed = result.issues.find((issue) => issue.code === 'ctdc_rows_suppressed');
    expect(suppressed).toMatchObject({
      severity: 'warning',
      params: { count: 1, victims: 1, k: 11 },
    });
    expect(suppressed?.message).toBe(
      '1 of 1 victims were withheld from the CTDC table because their combination of values has fewer than 11 rows.',
    );
    expect(result.issues.filter((issue) => issue.code === 'ctdc_column_blanked')).toEqual([]);
  });

  // The conformance kit exports with the internal profile, which CTDC refuses; its cases that apply run here,
  // through the host with the public profile. The round trips do not apply (export-only), nor does Unicode (codes only).
  it('attack: a victim known to have been away for years is not singled out by traffickMonths (a quasi-identifier in the schema)', async () => {
    // Thirty victims share every CTDC quasi-identifier; one of them was away 40 months and trafficked for her organs.
    // trafficking_event.monthsAway is classed quasi_identifier: a neighbour who knows she was gone for years, with her
    // sex, age, nationality and destination, must find at least k rows, not hers alone.
    const records: ExportRecord[] = Array.from({ length: 30 }, (_, i): ExportRecord[] => {
      const personId = `P-AWAY-${i}`;
      const planted = i === 0;
      return [
        {
          recordType: 'person',
          record: {
            id: personId,
            category: 'VICTIM',
            sex: 'FEMALE',
            birthYear: 2000,
            nationality: 'VN',
          },
        },
        {
          recordType: 'status_decision',
          record: { id: `SD-${i}`, personId, status: 'IDENTIFIED_VICTIM', date: '2024-05-02' },
        },
        {
          recordType: 'trafficking_event',
          record: {
            id: `TE-${i}`,
            personId,
            purposes: [planted ? 'ORGAN_REMOVAL' : 'SEXUAL_EXPLOITATION'],
            domestic: false,
            destinationCountry: 'CN',
            monthsAway: planted ? 40 : 3,
          },
        },
      ];
    }).flat();
    const column = (name: string) => CTDC_COLUMNS.indexOf(name as (typeof CTDC_COLUMNS)[number]);
    /** The rows that fit what the attacker knows: the quasi-identifiers of the class and more than two years away. */
    const fits = (rows: readonly (readonly string[])[]) =>
      rows.filter(
        (row) =>
          row[column('gender')] === 'Woman' &&
          row[column('citizenship')] === 'VNM' &&
          row[column('CountryOfExploitation')] === 'CHN' &&
          (row[column('traffickMonths')] === '' || row[column('traffickMonths')]?.startsWith('25')),
      );
    // Control: in the rows as mapped, before k-anonymity, the attack finds her row alone, with its organ-removal flag.
    const mapped = mapRecords(records).rows.map((row) => CTDC_COLUMNS.map((c) => row[c]));
    const unprotected = fits(mapped);
    expect(unprotected).toHaveLength(1);
    expect(unprotected[0]?.[column('isOtherExploit')]).toBe('1');
    const { text } = await exportCtdc(records);
    const [, ...rows] = cells(text(CTDC_FILE));
    const found = fits(rows);
    expect(found.length === 0 || found.length >= 11, `${found.length} rows fit`).toBe(true);
  });

  it('writes the same bytes for the same input, and never modifies its input', async () => {
    const records = fc.sample(ctdcDataset(150, 150), { numRuns: 1, seed: 11 })[0] ?? [];
    const first = await exportCtdc(records);
    const second = await exportCtdc(records);
    expect([...second.sink.files.keys()]).toEqual([...first.sink.files.keys()]);
    for (const [path, file] of first.sink.files)
      expect(second.sink.files.get(path)?.bytes).toEqual(file.bytes);
  });

  it('handles empty input: a header, an empty report, no issues', async () => {
    const { result, text } = await exportCtdc([]);
    expect(result.records).toBe(0);
    expect(result.issues).toEqual([]);
    const report = JSON.parse(text(CTDC_ANONYMITY_FILE)) as CtdcAnonymityReport;
    expect(report).toMatchObject({ k: 11, kAchieved: null, rows: { victims: 0, written: 0 } });
  });
});
