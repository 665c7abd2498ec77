import type { IndicatorValue } from '@vntip/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { protectSmallCells } from './protect-small-cells';

const period = { start: '2024-01-01', end: '2024-12-31' };
const scope = { level: 'national', code: 'VN' } as const;
const count = (sex: string, n: number): IndicatorValue & { indicator: string } => ({
  indicator: 'victims-identified',
  period,
  scope,
  disaggregation: { sex },
  numerator: n,
  denominator: null,
  value: n,
  lineage: Array.from({ length: n }, (_, i) => `P${i}`),
  notes: [],
});

describe('protectSmallCells', () => {
  it('suppresses counts from 1 to threshold − 1 and one complementary cell, and empties lineage', () => {
    const rows = [count('ALL', 40), count('FEMALE', 33), count('MALE', 4), count('UNKNOWN', 3)];
    const result = protectSmallCells(rows);
    expect(result.rows.map((r) => r.value)).toEqual([40, 33, null, null]);
    expect(result).toMatchObject({ suppressed: 2, complementary: 0 });
    const one = protectSmallCells([
      count('ALL', 40),
      count('FEMALE', 36),
      count('MALE', 4),
      count('UNKNOWN', 0),
    ]);
    expect(one.rows.map((r) => r.value)).toEqual([40, null, null, 0]);
    expect(one).toMatchObject({ suppressed: 1, complementary: 1 });
    expect(one.rows.every((r) => r.lineage.length === 0)).toBe(true);
    expect(one.rows[2]?.notes.map((n) => n.code)).toEqual(['small_cell_suppressed']);
  });

  it('rounds counts down to multiples of the threshold, recomputing rates', () => {
    const rate = {
      ...count('ALL', 25),
      indicator: 'sdg-16-2-2',
      denominator: 200_000,
      value: 12.5,
    };
    const result = protectSmallCells([count('ALL', 25), rate], { method: 'round', threshold: 10 });
    expect(result.rows.map((r) => [r.numerator, r.denominator, r.value])).toEqual([
      [20, null, 20],
      [20, 200_000, 10],
    ]);
  });

  it('never lets a count from 1 to threshold − 1 survive, nor a lone withheld cell beside non-zero ones (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 40 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 2, max: 11 }),
        (counts, threshold) => {
          const rows = counts.map((n, i) => count(`S${i}`, n));
          const result = protectSmallCells(rows, { threshold });
          for (const row of result.rows) {
            if (row.numerator !== null)
              expect(row.numerator === 0 || row.numerator >= threshold).toBe(true);
            expect(row.lineage).toEqual([]);
          }
          // A lone withheld cell is allowed only when every other cell is 0, so it adds nothing to a total.
          const hidden = result.rows.filter((r) => r.value === null).length;
          const others = result.rows.filter((r) => r.value !== null && r.value > 0).length;
          expect(hidden === 1 && others > 0).toBe(false);
        },
      ),
      { seed: 20261128, numRuns: 300 },
    );
  });
});
