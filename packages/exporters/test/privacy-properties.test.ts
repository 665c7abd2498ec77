import { createMemorySink, type ExportRecord, exportRecords } from '@vntip/core';
import { createDeidentifier, readPseudonymKey } from '@vntip/privacy';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonExporter } from '../src/json';
import { sdmxCsvExporter } from '../src/sdmx';

// Property tests of the privacy guarantees, end to end through the export host and real exporters.
const keyA = readPseudonymKey('b1fd63ec961acd87945072ccc4771b72c502a689ab4426be0842e1d91d69cee2');
const keyB = readPseudonymKey('66b75374f3280c31623d92c9e816dfbf49eeee7ab8380f3a00d17395985eb16b');
const place = (province: string, commune?: string) =>
  commune
    ? { codeListVersion: '19/2025', level: 'commune', code: commune, provinceCode: province }
    : { codeListVersion: '19/2025', level: 'province', code: province };

const personArb = fc.record({
  sex: fc.constantFrom('FEMALE', 'MALE', 'UNKNOWN'),
  birthYear: fc.integer({ min: 1960, max: 2015 }),
  nationality: fc.constantFrom('VN', 'VN', 'VN', 'KH', 'LA'),
  residence: fc
    .tuple(
      fc.constantFrom('01', '24', '79'),
      fc.option(fc.constantFrom('07210', '25117'), { nil: undefined }),
    )
    .map(([p, c]) => place(p, c)),
});

const people = (rows: readonly Record<string, unknown>[]): ExportRecord[] =>
  rows.map((row, i) => ({
    recordType: 'person',
    record: { id: `P${i}`, category: 'VICTIM', ...row },
  }));

async function exportJson(
  records: readonly ExportRecord[],
  profile: 'referral' | 'public',
  key = keyA,
) {
  const sink = createMemorySink();
  await exportRecords(records, {
    exporter: jsonExporter,
    sink,
    profile,
    deidentify: createDeidentifier({ key, referenceYear: 2024 }),
  });
  const text = new TextDecoder().decode(sink.files.get('person.json')?.bytes ?? new Uint8Array());
  return text ? (JSON.parse(text) as Record<string, unknown>[]) : [];
}

describe('privacy properties', () => {
  it('every public export is k-anonymous (k = 11) over the person quasi-identifiers', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(personArb, { maxLength: 120 }), async (rows) => {
        const released = await exportJson(people(rows), 'public');
        const sizes = new Map<string, number>();
        for (const r of released) {
          const key = JSON.stringify([
            r.sex,
            r.birthYear,
            r.ageBand,
            r.ethnicity,
            r.nationality,
            r.residence,
          ]);
          sizes.set(key, (sizes.get(key) ?? 0) + 1);
        }
        for (const size of sizes.values()) expect(size).toBeGreaterThanOrEqual(11);
      }),
      { seed: 20261128, numRuns: 40 },
    );
  });

  it('pseudonyms are stable for one key and differ across keys', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(personArb, { minLength: 1, maxLength: 20 }), async (rows) => {
        const records = people(rows);
        const first = (await exportJson(records, 'referral')).map((r) => r.id);
        const again = (await exportJson(records, 'referral')).map((r) => r.id);
        const other = (await exportJson(records, 'referral', keyB)).map((r) => r.id);
        expect(again).toEqual(first);
        expect(other.filter((id) => first.includes(id))).toEqual([]);
        expect(first.filter((id) => /^P\d+$/.test(String(id)))).toEqual([]);
      }),
      { seed: 20261128, numRuns: 30 },
    );
  });

  it('no small cell survives in a statistical SDMX export', async () => {
    const period = { start: '2024-01-01', end: '2024-12-31' };
    const scope = { level: 'national', code: 'VN' };
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat({ max: 30 }), { minLength: 1, maxLength: 4 }),
        async (counts) => {
          const records = counts.map((n, i) => ({
            recordType: 'indicator_result',
            record: {
              indicator: 'victims-identified',
              unit: 'count',
              status: 'not_quantified',
              period,
              scope,
              disaggregation: { sex: ['FEMALE', 'MALE', 'UNKNOWN', 'OTHER'][i] ?? 'OTHER' },
              numerator: n,
              denominator: null,
              value: n,
              lineage: Array.from({ length: n }, (_, j) => `P${j}`),
              notes: [],
            },
          }));
          const sink = createMemorySink();
          const result = await exportRecords(records, {
            exporter: sdmxCsvExporter,
            sink,
            profile: 'statistical',
            deidentify: createDeidentifier(),
          });
          expect(result.issues.filter((issue) => issue.severity !== 'info')).toEqual([]);
          const read = (file: string) => {
            const csv = new TextDecoder().decode(sink.files.get(file)?.bytes);
            expect(csv).not.toMatch(/\bP\d+\b/);
            const [header = '', ...lines] = csv.trim().split(/\r?\n/);
            return { column: header.split(',').indexOf('OBS_VALUE'), lines };
          };
          const victims = read('DF_TIP_VICTIMS.csv');
          expect(victims.column).toBeGreaterThan(0);
          expect(victims.lines).toHaveLength(counts.length);
          // The SDG dataflow repeats the same cells under SDG codes.
          const sdg = read('DF_SDG_16_2_2.csv');
          expect(sdg.lines).toHaveLength(counts.length);
          for (const { column, lines } of [victims, sdg])
            for (const line of lines) {
              const value = line.split(',')[column];
              if (value !== 'NaN') expect(Number(value) === 0 || Number(value) >= 11).toBe(true);
            }
        },
      ),
      { seed: 20261128, numRuns: 60 },
    );
  });
});
