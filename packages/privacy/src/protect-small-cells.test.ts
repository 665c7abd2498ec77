import type { IndicatorValue } from '@vntip/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { determinedByElimination } from '../test/attacks/subtraction-attack';
import { protectSmallCells } from './protect-small-cells';

const YEAR = { start: '2024-01-01', end: '2024-12-31' };
const VN = { level: 'national', code: 'VN' } as const;
const province = (code: string) =>
  ({ level: 'province', code, codeListVersion: '19/2025' }) as const;
type Row = IndicatorValue & { indicator: string; unit: 'count'; status: string };
const count = (
  disaggregation: Record<string, string>,
  n: number,
  scope: Row['scope'] = VN,
  period = YEAR,
  indicator = 'victims-identified',
): Row => ({
  indicator,
  unit: 'count',
  status: 'not_quantified',
  period,
  scope,
  disaggregation,
  numerator: n,
  denominator: null,
  value: n,
  lineage: Array.from({ length: n }, (_, i) => `P${i}`),
  notes: n > 0 ? [{ code: 'age_unknown', count: n, message: { vi: 'v', en: 'e' } }] : [],
});

describe('protectSmallCells', () => {
  it('withholds counts from 1 to threshold − 1 and a complement, zeros first; publishes the plain total at any size', () => {
    const rows = [
      count({ sex: 'ALL' }, 40),
      count({ sex: 'FEMALE' }, 33),
      count({ sex: 'MALE' }, 4),
    ];
    const two = [...rows, count({ sex: 'UNKNOWN' }, 3)];
    expect(protectSmallCells(two).rows.map((r) => r.value)).toEqual([40, 33, null, null]);
    const one = protectSmallCells([
      ...rows.slice(0, 1),
      count({ sex: 'FEMALE' }, 36),
      rows[2] as Row,
      count({ sex: 'UNKNOWN' }, 0),
    ]);
    expect(one.rows.map((r) => r.value)).toEqual([40, 36, null, null]);
    expect(one).toMatchObject({ suppressed: 1, complementary: 1 });
    // A lone small breakdown under a small total: a withheld zero row (UNKNOWN) is added so neither can be worked out.
    const tiny = protectSmallCells([count({ sex: 'ALL' }, 2), count({ sex: 'UNKNOWN' }, 2)]);
    expect(tiny.rows.map((r) => [r.disaggregation.sex, r.value])).toEqual([
      ['ALL', 2],
      ['UNKNOWN', null],
      ['FEMALE', null],
    ]);
  });

  it('never leaves lineage or a count in a note, and marks what it withheld', () => {
    const { rows } = protectSmallCells([
      count({ sex: 'ALL' }, 40),
      count({ sex: 'FEMALE' }, 36),
      count({ sex: 'MALE' }, 4),
    ]);
    expect(rows.every((r) => r.lineage.length === 0)).toBe(true);
    expect(rows.flatMap((r) => r.notes).every((note) => note.count === undefined)).toBe(true);
    expect(rows[2]).toMatchObject({ numerator: null, value: null, status: 'no_data' });
    expect(rows[2]?.notes.map((n) => n.code)).toEqual(['age_unknown', 'small_cell_suppressed']);
  });

  it('keeps no count in a note about persons even when its text writes one; counts of activities keep their text', () => {
    const waiting = (n: number) => ({
      code: 'no_dated_support',
      count: n,
      message: {
        vi: `${n} người chưa có hỗ trợ có ghi ngày.`,
        en: `${n} received person(s) have no dated support.`,
      },
    });
    const input = [
      { ...count({}, 40), notes: [waiting(3)] },
      { ...count({}, 12, VN, YEAR, 'activities-by-type'), notes: [waiting(5)] },
    ];
    // Control: the unprotected text gives the count away.
    expect(JSON.stringify(input[0]?.notes)).toMatch(/\b3 (người|received)/);
    const { rows } = protectSmallCells(input, { isPersonal: (id) => id !== 'activities-by-type' });
    const [persons, activities] = rows.map((row) => row.notes[0]);
    expect(persons?.count).toBeUndefined();
    expect(`${persons?.message.vi} ${persons?.message.en}`).not.toMatch(/\d/);
    expect(persons?.code).toBe('no_dated_support');
    expect(activities?.message.en).toBe('5 received person(s) have no dated support.');
  });

  it('stops the subtraction attack of issue 11: national total minus published provinces', () => {
    const rows = [
      count({ sex: 'ALL' }, 23),
      count({ province: '01', codeListVersion: '19/2025' }, 20),
      count({ province: '24', codeListVersion: '19/2025' }, 3),
    ];
    const out = protectSmallCells(rows).rows;
    expect(out.map((r) => [r.disaggregation.province ?? 'ALL', r.value])).toEqual([
      ['ALL', 23],
      ['01', 20],
      ['24', null],
      ['UNKNOWN', null],
    ]);
  });

  it('protects the plain totals of months among the months of a year as a breakdown by time; a year, or a lone month, is published at any size', () => {
    const month = (m: number) => {
      const last = new Date(Date.UTC(2024, m, 0)).toISOString().slice(0, 10);
      return { start: `2024-${String(m).padStart(2, '0')}-01`, end: last };
    };
    // Control: as computed, one victim is identified in March, two in May, nobody else before July.
    const byMonth = [0, 0, 1, 0, 2, 0, 14, 12, 11, 0, 13, 12];
    const rows = byMonth.flatMap((n, i) =>
      n > 0 ? [count({ sex: 'ALL' }, n, province('24'), month(i + 1))] : [],
    );
    expect(rows.filter((r) => (r.numerator ?? 0) < 11)).toHaveLength(2);
    const out = protectSmallCells(rows).rows;
    const shown = out.map((r) => [r.period.start.slice(5, 7), r.numerator] as const);
    // March and May are withheld, and so is a zero month (withheld rows added), so that neither can be told apart.
    expect(shown.filter(([, n]) => n !== null && n > 0 && n < 11)).toEqual([]);
    expect(shown.filter(([, n]) => n === null).length).toBeGreaterThanOrEqual(2);
    // With the year in the same export, the year is published as it is and the months are still protected.
    const withYear = protectSmallCells([count({ sex: 'ALL' }, 65, province('24')), ...rows]).rows;
    expect(withYear[0]?.numerator).toBe(65);
    const attack = withYear.filter((r) => r.period.start !== YEAR.start);
    const published = attack.filter((r) => r.numerator !== null);
    expect(published.every((r) => (r.numerator ?? 0) === 0 || (r.numerator ?? 0) >= 11)).toBe(true);
    // 65 minus the published months must not give back one withheld month alone.
    expect(attack.filter((r) => r.numerator === null).length).not.toBe(1);
    // A report of March alone is a plain total of its only period: published at any size, as official reports do.
    expect(
      protectSmallCells([count({ sex: 'ALL' }, 1, province('24'), month(3))]).rows[0]?.numerator,
    ).toBe(1);
  });

  it('publishes counts of activities, items and participants as they are', () => {
    const contests = { ...count({ activityType: 'CONTEST' }, 3), indicator: 'activities-by-type' };
    const { rows } = protectSmallCells([contests], {
      isPersonal: (id) => id !== 'activities-by-type',
    });
    expect(rows[0]).toMatchObject({ numerator: 3, value: 3, lineage: [] });
  });

  it('rounds counts of persons down to multiples of the threshold, recomputing rates; plain totals stay', () => {
    const rate = {
      ...count({ sex: 'FEMALE' }, 25),
      indicator: 'sdg-16-2-2',
      unit: 'rate_per_100000' as const,
      denominator: 200_000,
      value: 12.5,
    };
    const result = protectSmallCells([count({ sex: 'ALL' }, 25), rate] as Row[], {
      method: 'round',
      threshold: 10,
    });
    expect(result.rows.map((r) => [r.numerator, r.denominator, r.value])).toEqual([
      [25, null, 25],
      [20, 200_000, 10],
    ]);
  });

  it('withholds a ratio whose numerator is small, or whose denominator minus numerator is (a zero of two is withheld)', () => {
    const ratio = (numerator: number, denominator: number) => ({
      ...count({}, 0),
      indicator: 'victim-support-access-rate',
      unit: 'ratio' as const,
      numerator,
      denominator,
      value: numerator / denominator,
    });
    const [none] = protectSmallCells([ratio(0, 2)] as unknown as Row[]).rows;
    expect(none).toMatchObject({ numerator: null, denominator: 2, value: null });
    const [many] = protectSmallCells([ratio(30, 45)] as unknown as Row[]).rows;
    expect(many).toMatchObject({ numerator: 30, denominator: 45, value: 30 / 45 });
  });
});

// The property of issue 11: random indicator results with every additive relation an export can hold (sex within a
// scope and period, residence provinces within the country, provinces within the country, quarters within the year),
// then the attacker's own check: no published small count, every relation with 0 or ≥ 2 withheld cells, and no
// withheld cell determined by any linear combination of the relations. The attacker knows every breakdown's
// domain: the rows it sees, withheld or not, and zero for every value with no row.
const SEXES = ['FEMALE', 'MALE', 'UNKNOWN'] as const;
const RESIDENCES = ['01', '24', 'UNKNOWN'] as const;

interface Generated {
  readonly rows: Row[];
  readonly codes: readonly string[];
  readonly periods: readonly (number | 'Y')[];
  readonly quarters: boolean;
  /** Persons of the unlisted province 99, by cell: counted by the country, never published on their own. */
  readonly hidden: Map<string, number>;
}

function generate(
  provinces: number,
  quarters: boolean,
  unlisted: boolean,
  counts: readonly number[],
): Generated {
  const codes = ['01', '24', '79', '31'].slice(0, provinces);
  const scopes = [...codes, ...(unlisted ? ['99'] : [])];
  const spans = quarters
    ? [0, 1, 2, 3].map((q) => ({
        start: `2024-${String(q * 3 + 1).padStart(2, '0')}-01`,
        end: ['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31'][q] as string,
      }))
    : [YEAR];
  let next = 0;
  const draw = () => counts[next++ % counts.length] ?? 0;
  const persons = new Map<string, number>();
  for (const scope of scopes)
    for (const q of spans.keys())
      for (const sex of SEXES)
        for (const residence of RESIDENCES)
          persons.set(`${scope}|${q}|${sex}|${residence}`, draw() % 4 === 0 ? draw() : 0);
  const sum = (scope?: string, q?: number, sex?: string, residence?: string) => {
    let total = 0;
    for (const [key, n] of persons) {
      const [s, p, x, r] = key.split('|');
      if (
        (scope === undefined || s === scope) &&
        (q === undefined || p === String(q)) &&
        (sex === undefined || x === sex) &&
        (residence === undefined || r === residence)
      )
        total += n;
    }
    return total;
  };
  const rows: Row[] = [];
  const emit = (code: string, p: number | 'Y') => {
    const scope = code === 'VN' ? VN : province(code);
    const only = code === 'VN' ? undefined : code;
    const q = p === 'Y' ? undefined : p;
    const period = p === 'Y' ? YEAR : (spans[p] as typeof YEAR);
    const total = sum(only, q);
    if (total === 0) return;
    rows.push(count({ sex: 'ALL' }, total, scope, period));
    for (const sex of SEXES) {
      const n = sum(only, q, sex);
      if (n > 0) rows.push(count({ sex }, n, scope, period));
    }
    if (code !== 'VN') return;
    for (const residence of RESIDENCES) {
      const n = sum(undefined, q, undefined, residence);
      const disaggregation: Record<string, string> =
        residence === 'UNKNOWN'
          ? { province: residence }
          : { province: residence, codeListVersion: '19/2025' };
      if (n > 0) rows.push(count(disaggregation, n, scope, period));
    }
  };
  const periods: (number | 'Y')[] = quarters ? [0, 1, 2, 3, 'Y'] : ['Y'];
  for (const p of periods) {
    emit('VN', p);
    // With quarters, the year is in the export for the country only (a second computation in the same export).
    if (p !== 'Y' || !quarters) for (const code of codes) emit(code, p);
  }
  const hidden = new Map<string, number>();
  if (unlisted)
    for (const p of periods) {
      if (p === 'Y' && quarters) continue;
      const q = p === 'Y' ? undefined : p;
      hidden.set(`rest|${p}|ALL`, sum('99', q));
      for (const sex of ['FEMALE', 'MALE', 'OTHER', 'UNKNOWN'])
        hidden.set(`rest|${p}|sex:${sex}`, sum('99', q, sex));
    }
  return { rows, codes, periods, quarters, hidden };
}

function cellKey(row: Row): string {
  const scope = row.scope.level === 'national' ? 'VN' : row.scope.code;
  const period =
    row.period.start === YEAR.start && row.period.end === YEAR.end
      ? 'Y'
      : String((Number(row.period.start.slice(5, 7)) - 1) / 3);
  const d = row.disaggregation;
  const dims = d.sex === 'ALL' ? 'ALL' : d.sex ? `sex:${d.sex}` : `res:${d.province}`;
  return `${scope}|${period}|${dims}`;
}

/** The attacker's relations over the cells it sees (and the unlisted rest), each as parent then children. */
function relationsOf(generated: Generated, seen: ReadonlySet<string>): string[][] {
  const { codes, periods, quarters, hidden } = generated;
  const values = (prefix: string) => [
    ...new Set([...seen].map((key) => key.split('|')[2] ?? '').filter((d) => d.startsWith(prefix))),
  ];
  const sexes = values('sex:');
  const residences = values('res:');
  const relations: string[][] = [];
  for (const p of periods) {
    const scopes = p === 'Y' && quarters ? ['VN'] : ['VN', ...codes];
    for (const scope of scopes)
      relations.push([`${scope}|${p}|ALL`, ...sexes.map((d) => `${scope}|${p}|${d}`)]);
    relations.push([`VN|${p}|ALL`, ...residences.map((d) => `VN|${p}|${d}`)]);
    if (p === 'Y' && quarters) continue;
    for (const d of ['ALL', ...sexes]) {
      const rest = hidden.has(`rest|${p}|${d}`) ? [`rest|${p}|${d}`] : [];
      relations.push([`VN|${p}|${d}`, ...codes.map((c) => `${c}|${p}|${d}`), ...rest]);
    }
  }
  if (quarters)
    for (const d of ['ALL', ...sexes, ...residences])
      relations.push([`VN|Y|${d}`, ...[0, 1, 2, 3].map((q) => `VN|${q}|${d}`)]);
  return relations;
}

describe('protectSmallCells against subtraction (property)', () => {
  it('leaves no small count published and no withheld cell derivable by any combination of relations', {
    timeout: 120_000,
  }, () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 4 }),
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.nat({ max: 24 }), { minLength: 8, maxLength: 40 }),
        fc.constantFrom(5, 11),
        (provinces, quarters, unlisted, counts, threshold) => {
          const generated = generate(provinces, quarters, unlisted, counts);
          const out = protectSmallCells(generated.rows, { threshold }).rows as Row[];
          const withheld = new Set<string>(generated.hidden.keys());
          const seen = new Set<string>();
          for (const row of out) {
            expect(row.lineage).toEqual([]);
            expect(row.notes.every((note) => note.count === undefined)).toBe(true);
            const key = cellKey(row);
            seen.add(key);
            if (row.numerator === null) withheld.add(key);
            // Breakdowns, and the plain totals of quarters (a breakdown of the year by time), are never small.
            else if (row.disaggregation.sex !== 'ALL' || key.split('|')[1] !== 'Y')
              expect(row.numerator === 0 || row.numerator >= threshold, key).toBe(true);
          }
          const relations = relationsOf(generated, seen);
          for (const relation of relations) {
            if (relation.some((key) => generated.hidden.has(key))) continue;
            const inRelation = relation.filter((key) => withheld.has(key)).length;
            expect(inRelation === 0 || inRelation >= 2, relation.join(' ')).toBe(true);
          }
          const equations = relations.map((relation) =>
            relation.map((key, i) => [key, i === 0 ? 1 : -1] as const),
          );
          // No withheld cell may be determined, nor a small count of the unlisted province but its plain total of the year.
          const determined = determinedByElimination(equations, [...withheld]).filter((key) => {
            const value = generated.hidden.get(key);
            if (value === undefined) return true;
            return !key.startsWith('rest|Y|ALL') && value > 0 && value < threshold;
          });
          expect(determined).toEqual([]);
        },
      ),
      { seed: 20261201, numRuns: 100 },
    );
  });
});
