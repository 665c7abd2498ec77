// The attack suite of issue 11: every non-internal profile of every built-in exporter, attacked as an adversary
// would: canary scan of every byte (zip entries unpacked), the linkage attack over all files joined on identifiers and
// rare values, and the subtraction attack over every published relation. A control run shows each attack works on
// unprotected output: the internal profile, CTDC with k = 1, and aggregates with small cells blanked naively.
import { mkdirSync, writeFileSync } from 'node:fs';
import {
  type AnyExporterDefinition,
  createMemorySink,
  type ExportRecord,
  exportRecords,
  type MemorySink,
  type PrivacyProfile,
} from '@vntip/core';
import { builtinPlugin } from '@vntip/exporters';
import {
  BUILTIN_INDICATORS,
  builtinIndicators,
  computeIndicators,
  NATIONAL_SCOPE,
} from '@vntip/indicators';
import { CODELISTS, ctdcAgeBin } from '@vntip/schema';
import { validateRecord } from '@vntip/validate';
import { describe, expect, it } from 'vitest';
import { createDeidentifier } from '../../src/create-deidentifier';
import { isPersonalRecordType } from '../../src/personal-record-type';
import { type AggregateRow, protectSmallCells } from '../../src/protect-small-cells';
import { readPseudonymKey } from '../../src/pseudonym-key';
import { TEST_KEY_HEX } from '../test-key';
import {
  cellKey,
  differencingAttack,
  isTimeBreakdown,
  type PublishedCell,
  publishedCells,
} from './differencing-attack';
import { joinAttack } from './join-attack';
import { scanForCanaries, tablesOf } from './read-export';
import {
  mergedProvincePopulation,
  supportAggregatePopulation,
  syntheticPopulation,
} from './synthetic-population';

const K = 11;
const population = syntheticPopulation();
const key = readPseudonymKey(TEST_KEY_HEX);
const metas = Object.values(BUILTIN_INDICATORS).map(({ meta }) => meta);
const PACKAGE_OPTIONS = {
  name: 'synthetic-attack-population',
  title: 'Dữ liệu tổng hợp cho kiểm thử tấn công (không có người thật)',
  created: '2026-12-01T09:00:00+07:00',
  publisher: {
    unit: { codeListVersion: '124/2004', level: 'province', code: '24' },
    agency: {
      type: 'DOLISA',
      unit: { codeListVersion: '124/2004', level: 'province', code: '24' },
    },
  },
  period: { type: 'YEAR', start: '2024-01-01', end: '2024-12-31' },
};
const SCOPES = [
  NATIONAL_SCOPE,
  ...['24', '20', '01'].map((code) => ({
    level: 'province' as const,
    code,
    codeListVersion: '124/2004',
  })),
];

/** Indicator rows of one export: the year for the country and three provinces, the country's quarters, Lạng Sơn's months. */
let computed: Promise<ExportRecord[]> | undefined;
function aggregates(): Promise<ExportRecord[]> {
  computed ??= computeAggregates();
  return computed;
}

async function computeAggregates(): Promise<ExportRecord[]> {
  const entries = population.records.map((entry, index) => ({
    ...entry,
    index,
    basePath: [index],
  }));
  const year = { start: '2024-01-01', end: '2024-12-31' };
  const rows = [
    ...(await computeIndicators(entries, {
      indicators: builtinIndicators,
      period: year,
      scopes: SCOPES,
      today: '2026-12-01',
    })),
    ...(await computeIndicators(entries, {
      indicators: builtinIndicators,
      period: year,
      grain: 'QUARTER',
      today: '2026-12-01',
    })),
    // Lạng Sơn's months: a few victims each, a breakdown of its year by time.
    ...(await computeIndicators(entries, {
      indicators: builtinIndicators,
      period: year,
      grain: 'MONTH',
      scopes: [SCOPES[2] as (typeof SCOPES)[number]],
      today: '2026-12-01',
    })),
  ];
  return rows.map((row) => ({ recordType: 'indicator_result', record: { ...row } }));
}

async function run(
  exporter: AnyExporterDefinition,
  profile: PrivacyProfile,
  input: readonly ExportRecord[],
  options: Record<string, unknown> = {},
): Promise<MemorySink> {
  const sink = createMemorySink();
  await exportRecords(input, {
    exporter,
    sink,
    profile,
    ...(exporter.meta.id === 'package' ? { options: PACKAGE_OPTIONS } : {}),
    ...(exporter.meta.id === 'ctdc' && options.k ? { options: { k: options.k } } : {}),
    ...(profile === 'internal'
      ? {}
      : {
          deidentify: createDeidentifier({
            key,
            referenceYear: 2024,
            release: `attack-${exporter.meta.id}`,
            indicators: metas,
          }),
        }),
  });
  return sink;
}

/** Indicators that count persons: those reading a record type with a field not classed public. */
const countsPersons = (indicator: string) =>
  metas
    .find(({ id }) => id === indicator)
    ?.requires.some((path) => isPersonalRecordType(path.split('.')[0] ?? '')) ?? true;

const pseudonyms = (sink: MemorySink) =>
  new Set(
    tablesOf(sink).flatMap((t) =>
      t.rows.flatMap((r) => [...r.values()].filter((v) => /^ps-/.test(v))),
    ),
  );

const figures: Record<string, unknown> = {};

const cases = Object.values(builtinPlugin.exporters).flatMap((exporter) =>
  exporter.meta.profiles
    .filter((profile) => profile !== 'internal')
    .map((profile) => [exporter.meta.id, profile, exporter] as const),
);

describe('attack suite (issue 11): synthetic population', { timeout: 300_000 }, () => {
  it('is made of valid, obviously synthetic records with planted rare persons', () => {
    for (const { recordType, record } of population.records)
      expect(validateRecord(recordType, record).ok, `${recordType} ${String(record.id)}`).toBe(
        true,
      );
    expect(population.persons.filter((p) => p.planted)).toHaveLength(8);
    expect(population.canaries.length).toBeGreaterThan(2000);
  });

  describe('control runs: the attacks work on unprotected output', () => {
    it.each(['csv', 'json', 'ndjson', 'xlsx', 'package', 'htcds'])(
      '%s internal: the canaries are there and the join attack finds every planted person',
      async (id) => {
        const exporter = builtinPlugin.exporters[id as keyof typeof builtinPlugin.exporters];
        const sink = await run(exporter, 'internal', population.records);
        const found = scanForCanaries(sink, population.canaries);
        expect(found.length).toBeGreaterThan(0);
        const attack = joinAttack(tablesOf(sink), population.persons, K);
        figures[`control ${id} internal`] = { canariesFound: found.length, ...summary(attack) };
        expect(attack.planted).toHaveLength(8);
      },
    );

    it('ctdc: the join attack singles out victims in a CTDC table left unprotected', async () => {
      // CTDC carries the public profile only; its unprotected view is the protected table plus the planted victims' own
      // rows, written in the codebook's values.
      const sink = await run(builtinPlugin.exporters.ctdc, 'public', population.records);
      const [table] = tablesOf(sink).filter((t) => t.file === 'ctdc.csv');
      const alpha3: Readonly<Record<string, string>> = {
        VN: 'VNM',
        LA: 'LAO',
        KH: 'KHM',
        CN: 'CHN',
        TH: 'THA',
        MY: 'MYS',
      };
      const gender: Readonly<Record<string, string>> = {
        FEMALE: 'Woman',
        MALE: 'Man',
        OTHER: 'Trans/Transgender/NonConforming',
      };
      const planted = population.persons
        .filter((p) => p.planted)
        .map(
          (p) =>
            new Map([
              ['yearOfRegistration', '2024'],
              ['gender', gender[p.sex] ?? ''],
              [
                'ageBroad',
                CODELISTS.ageBand?.rows.find((row) => row.code === ctdcAgeBin(2024 - p.birthYear))
                  ?.ctdc ?? '',
              ],
              ['citizenship', alpha3[p.nationality] ?? ''],
              ['CountryOfExploitation', alpha3[p.destination] ?? ''],
            ]),
        );
      const attack = joinAttack(
        [{ file: 'ctdc.csv', rows: [...(table?.rows ?? []), ...planted] }],
        population.persons,
        K,
      );
      figures['control ctdc with planted rows'] = summary(attack);
      expect(attack.planted).toHaveLength(8);
    });

    it('sdmx-csv internal with small cells blanked naively: subtraction recovers them, exactly', async () => {
      const rows = await aggregates();
      const truth = publishedCells(
        tablesOf(await run(builtinPlugin.exporters['sdmx-csv'], 'internal', rows)),
      );
      const naive = rows.map((entry) => {
        const row = entry.record as {
          indicator: string;
          numerator: number | null;
          disaggregation: object;
        };
        const plain = Object.values(row.disaggregation).every((v) => v === 'ALL');
        const small = row.numerator !== null && row.numerator > 0 && row.numerator < K;
        if (!countsPersons(row.indicator) || plain || !small) return entry;
        return {
          ...entry,
          record: {
            ...entry.record,
            numerator: null,
            value: null,
            notes: [{ code: 'small_cell_suppressed', message: { vi: '', en: '' } }],
          },
        };
      });
      const blanked = publishedCells(
        tablesOf(await run(builtinPlugin.exporters['sdmx-csv'], 'internal', naive)),
      );
      const attack = differencingAttack(blanked, K, countsPersons);
      const values = new Map(truth.map((cell) => [cellKey(cell), cell.value]));
      const exact = [...attack.recovered].filter(([cell, value]) => values.get(cell) === value);
      figures['control sdmx naive'] = {
        cells: attack.cells,
        withheld: attack.withheld,
        relations: attack.relations,
        recovered: attack.recovered.size,
        exact: exact.length,
        noteCounts: differencingAttack(truth, K).noteCounts,
      };
      expect(exact.length).toBeGreaterThan(0);
      // The access rate is broken down by support type with the status always PROVIDED: its plain total is the sum.
      expect(exact.some(([cell]) => cell.startsWith('victim-support-access-rate|n|'))).toBe(true);
      expect(differencingAttack(truth, K).noteCounts).toBeGreaterThan(0);
    });

    it('sdmx-csv internal: the months of a province publish small counts of persons, which single victims out', async () => {
      const cells = publishedCells(
        tablesOf(await run(builtinPlugin.exporters['sdmx-csv'], 'internal', await aggregates())),
      );
      const small = cells.filter(
        (cell) =>
          isTimeBreakdown(cell, cells) &&
          countsPersons(cell.indicator) &&
          cell.field === 'n' &&
          cell.value !== null &&
          cell.value > 0 &&
          cell.value < K,
      );
      figures['control sdmx internal months'] = { smallMonthTotals: small.length };
      expect(small.some((cell) => cell.indicator === 'victims-identified')).toBe(true);
    });

    it('sdmx-csv with each indicator protected on its own: a count withheld in one indicator is read in another', async () => {
      // Support-by-status (persons provided a medical service) and the support access rate's numerator (received
      // persons provided one) count the same persons here; protected apart, their complements differ.
      const rows = await aggregates();
      const truth = truthOf(
        tablesOf(await run(builtinPlugin.exporters['sdmx-csv'], 'internal', rows)),
      );
      const byIndicator = new Map<string, AggregateRow[]>();
      for (const { record } of rows) {
        const row = record as unknown as AggregateRow;
        byIndicator.set(row.indicator ?? '', [
          ...(byIndicator.get(row.indicator ?? '') ?? []),
          row,
        ]);
      }
      const apart = [...byIndicator.values()].flatMap((list) =>
        protectSmallCells(list, { threshold: K, isPersonal: countsPersons }).rows.map(
          (record) => ({ recordType: 'indicator_result', record }) as unknown as ExportRecord,
        ),
      );
      const cells = publishedCells(
        tablesOf(await run(builtinPlugin.exporters['sdmx-csv'], 'internal', apart)),
      );
      const alone = differencingAttack(cells, K, countsPersons);
      const attack = differencingAttack(cells, K, countsPersons, { sameCount: sameCountIn(truth) });
      // Only what equating the indicators adds.
      const exact = [...attack.recovered].filter(
        ([cell, value]) => truth.get(cell) === value && !alone.recovered.has(cell),
      );
      figures['control sdmx indicators protected apart'] = {
        withheld: attack.withheld,
        recoveredWithinIndicators: alone.recovered.size,
        recoveredAcrossIndicators: attack.recovered.size,
        exactOnlyAcross: exact.length,
      };
      expect(exact.some(([cell]) => cell.startsWith('support-by-status|'))).toBe(true);
    });
  });

  describe('protected runs: nothing re-identified, nothing recovered, no canary', () => {
    it.each(cases)('%s with the %s profile', async (id, profile, exporter) => {
      const input = profile === 'statistical' ? await aggregates() : population.records;
      const sink = await run(exporter, profile, input);
      expect(scanForCanaries(sink, population.canaries)).toEqual([]);
      const tables = tablesOf(sink);
      if (profile === 'public') {
        const attack = joinAttack(tables, population.persons, K);
        figures[`${id} public`] = summary(attack);
        expect(attack.reidentified).toEqual([]);
        if (attack.smallestClass !== null) expect(attack.smallestClass).toBeGreaterThanOrEqual(K);
        const referral = exporter.meta.profiles.includes('referral')
          ? pseudonyms(await run(exporter, 'referral', population.records))
          : new Set<string>();
        const shared = [...pseudonyms(sink)].filter((p) => referral.has(p));
        expect(shared).toEqual([]);
      }
      if (profile === 'statistical') {
        const truth = truthOf(tablesOf(await run(exporter, 'internal', input)));
        const attack = differencingAttack(publishedCells(tables), K, countsPersons, {
          sameCount: sameCountIn(truth),
        });
        figures[`${id} statistical`] = {
          cells: attack.cells,
          withheld: attack.withheld,
          relations: attack.relations,
          recovered: attack.recovered.size,
          noteCounts: attack.noteCounts,
        };
        expect([...attack.recovered.keys()]).toEqual([]);
        expect(attack.noteCounts).toBe(0);
        const published = publishedCells(tables);
        for (const cell of published)
          if (
            cell.value !== null &&
            (cell.dims.size > 0 || isTimeBreakdown(cell, published)) &&
            cell.field === 'n' &&
            !cell.ratio
          )
            expect(
              cell.value === 0 || cell.value >= K || !countsPersons(cell.indicator),
              cellKey(cell),
            ).toBe(true);
      }
    });

    it('public exports of prevention activities equal their internal exports', async () => {
      const activities = population.records.filter((r) => r.recordType === 'prevention_activity');
      for (const id of ['csv', 'json', 'ndjson', 'xlsx'] as const) {
        const exporter = builtinPlugin.exporters[id];
        const internal = await run(exporter, 'internal', population.records);
        const released = await run(exporter, 'public', population.records);
        const file = [...internal.files.keys()].find((name) =>
          name.startsWith('prevention_activity'),
        );
        expect(file, id).toBeDefined();
        expect(released.files.get(file as string)?.bytes, id).toEqual(
          internal.files.get(file as string)?.bytes,
        );
      }
      expect(activities).toHaveLength(30);
    });
  });

  describe('merged provinces: a 19/2025 province and the 124/2004 provinces merged into it', () => {
    const merged = async (profile: PrivacyProfile) => {
      const records = mergedProvincePopulation();
      const rows = await computeIndicators(
        records.map((entry, index) => ({ ...entry, index, basePath: [index] })),
        {
          indicators: builtinIndicators,
          period: { start: '2024-01-01', end: '2024-12-31' },
          scopes: [
            NATIONAL_SCOPE,
            { level: 'province', code: '24', codeListVersion: '124/2004' },
            { level: 'province', code: '24', codeListVersion: '19/2025' },
          ],
          today: '2026-12-01',
        },
      );
      const input = rows.map((row) => ({ recordType: 'indicator_result', record: { ...row } }));
      return publishedCells(
        tablesOf(await run(builtinPlugin.exporters['sdmx-csv'], profile, input)),
      );
    };

    it('control: the new Bắc Ninh minus the old Bắc Giang gives the old Bắc Ninh by sex, on internal output', async () => {
      for (const { recordType, record } of mergedProvincePopulation())
        expect(validateRecord(recordType, record).ok).toBe(true);
      const attack = differencingAttack(await merged('internal'), K, countsPersons);
      const small = [...attack.recovered].filter(([cell]) =>
        cell.startsWith('rest|VN-P2025-24|victims-identified|n|'),
      );
      figures['control sdmx merged provinces internal'] = { recovered: small.length };
      expect(small.some(([cell, value]) => cell.includes('"SEX","M"') && value === 1)).toBe(true);
    });

    it('statistical: nothing recovered, no small count published', async () => {
      const cells = await merged('statistical');
      const attack = differencingAttack(cells, K, countsPersons);
      figures['sdmx-csv statistical merged provinces'] = {
        cells: attack.cells,
        withheld: attack.withheld,
        recovered: attack.recovered.size,
      };
      expect([...attack.recovered.keys()]).toEqual([]);
      for (const cell of cells)
        if (cell.value !== null && cell.dims.size > 0 && cell.field === 'n' && !cell.ratio)
          expect(cell.value === 0 || cell.value >= K || !countsPersons(cell.indicator)).toBe(true);
    });
  });

  describe('aggregate victim-support lines (personCounts): small counts by commune, sex and age band', () => {
    const lines = supportAggregatePopulation();
    const smallLineCounts = (sink: MemorySink) =>
      tablesOf(sink)
        .flatMap((table) => table.rows)
        .map((row) => Number(row.get('persons') ?? Number.NaN))
        .filter((n) => n >= 1 && n < K);

    it('control: an internal export lists lines counting one or two victims', async () => {
      for (const { recordType, record } of lines)
        expect(validateRecord(recordType, record).ok, String(record.id)).toBe(true);
      const small = smallLineCounts(await run(builtinPlugin.exporters.csv, 'internal', lines));
      figures['control csv support aggregates internal'] = { smallLines: small.length };
      expect(small).toContain(1);
    });

    it.each(cases.filter(([, profile]) => profile === 'public' || profile === 'referral'))(
      '%s with the %s profile: no line leaves, and the risk report says why',
      async (id, profile, exporter) => {
        const sink = createMemorySink();
        const { riskReport } = await exportRecords([...population.records.slice(0, 40), ...lines], {
          exporter,
          sink,
          profile,
          ...(exporter.meta.id === 'package' ? { options: PACKAGE_OPTIONS } : {}),
          deidentify: createDeidentifier({
            key,
            referenceYear: 2024,
            release: `attack-vsa-${id}`,
            indicators: metas,
          }),
        });
        expect(smallLineCounts(sink), id).toEqual([]);
        expect(
          [...sink.files.keys()].some((name) => name.includes('victim_support_aggregate')),
        ).toBe(false);
        expect(riskReport?.fieldsDropped).toContainEqual({
          field: 'victim_support_aggregate.*',
          count: lines.length,
        });
        expect(riskReport?.warnings.some((w) => w.en.includes('victim_support_aggregate'))).toBe(
          true,
        );
      },
    );

    it('statistical: the indicators counting them publish no small count of persons', async () => {
      const rows = await computeIndicators(
        lines.map((entry, index) => ({ ...entry, index, basePath: [index] })),
        {
          indicators: builtinIndicators,
          period: { start: '2024-01-01', end: '2024-12-31' },
          scopes: [SCOPES[1] as (typeof SCOPES)[number]],
          today: '2026-12-01',
        },
      );
      const input = rows.map((row) => ({ recordType: 'indicator_result', record: { ...row } }));
      const internal = publishedCells(
        tablesOf(await run(builtinPlugin.exporters['sdmx-csv'], 'internal', input)),
      );
      // Control: unprotected, the province's men (3) and children under 16 (1) are published.
      expect(
        internal.some(
          (cell) => cell.dims.size > 0 && cell.value !== null && cell.value > 0 && cell.value < K,
        ),
      ).toBe(true);
      const cells = publishedCells(
        tablesOf(await run(builtinPlugin.exporters['sdmx-csv'], 'statistical', input)),
      );
      const attack = differencingAttack(cells, K, countsPersons);
      figures['sdmx-csv statistical support aggregates'] = {
        cells: attack.cells,
        withheld: attack.withheld,
        recovered: attack.recovered.size,
      };
      expect(attack.withheld).toBeGreaterThan(0);
      expect([...attack.recovered.keys()]).toEqual([]);
      for (const cell of cells)
        if (cell.value !== null && cell.dims.size > 0 && cell.field === 'n' && !cell.ratio)
          expect(cell.value === 0 || cell.value >= K || !countsPersons(cell.indicator)).toBe(true);
    });
  });

  it('writes the figures of every run to test-artifacts/attack-figures.json', () => {
    const dir = new URL('../../test-artifacts/', import.meta.url);
    mkdirSync(dir, { recursive: true });
    writeFileSync(new URL('attack-figures.json', dir), `${JSON.stringify(figures, null, 2)}\n`);
    expect(Object.keys(figures).length).toBeGreaterThan(10);
  });
});

/** The true figures of an unprotected export, by cell. */
function truthOf(tables: ReturnType<typeof tablesOf>): Map<string, number | null> {
  return new Map(publishedCells(tables).map((cell) => [cellKey(cell), cell.value]));
}

/**
 * The attacker who knows which figures of different indicators count the same persons: those with the same true
 * value at the same area, period and breakdown (an attacker equating them is right).
 */
function sameCountIn(truth: ReadonlyMap<string, number | null>) {
  return (a: PublishedCell, b: PublishedCell) =>
    countsPersons(a.indicator) &&
    countsPersons(b.indicator) &&
    truth.get(cellKey(a)) !== undefined &&
    truth.get(cellKey(a)) === truth.get(cellKey(b));
}

function summary(attack: ReturnType<typeof joinAttack>) {
  return {
    rows: attack.rows,
    linkedSets: attack.linkedSets,
    reidentified: attack.reidentified.length,
    planted: attack.planted.length,
    smallestClass: attack.smallestClass,
  };
}
