import type { ResultScope } from '@vntip/core';
import { describe, expect, it } from 'vitest';
import type { IndicatorResult } from '../src/index';
import { computeSeed } from './seed';

// The 1 July 2025 reform on the seed package: Bắc Giang (24 in the 124/2004 list) was merged with
// Bắc Ninh (27) into the new Bắc Ninh (24 in the 19/2025 list). Bắc Giang's 2024 figures appear under
// Bắc Giang for 2024 and under the new Bắc Ninh in any roll-up on the 19/2025 list.
const BAC_GIANG: ResultScope = { level: 'province', code: '24', codeListVersion: '124/2004' };
const OLD_BAC_NINH: ResultScope = { level: 'province', code: '27', codeListVersion: '124/2004' };
const NEW_BAC_NINH: ResultScope = { level: 'province', code: '24', codeListVersion: '19/2025' };
const LANG_SON: ResultScope = { level: 'province', code: '20', codeListVersion: '124/2004' };

/** The figures of one scope, without scope and notes, keyed by indicator and disaggregation. */
function figures(rows: readonly IndicatorResult[], scope: ResultScope) {
  return rows
    .filter((r) => JSON.stringify(r.scope) === JSON.stringify(scope))
    .map((r) => [
      r.indicator,
      r.disaggregation,
      r.period,
      r.numerator,
      r.denominator,
      r.value,
      r.lineage,
    ])
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

describe('seed package examples/bac-giang-2024 across the 1 July 2025 reform', () => {
  it('gives Bắc Giang (124/2004) the national figures for 2024, every record being placed in it', async () => {
    const { rows: national } = await computeSeed();
    const { rows } = await computeSeed({ scopes: [BAC_GIANG] });
    expect(figures(rows, BAC_GIANG)).toEqual(figures(national, { level: 'national', code: 'VN' }));
    expect(rows.flatMap((r) => r.notes).map((n) => n.code)).not.toContain('place_missing');
  });

  it('rolls the same figures into the new Bắc Ninh (19/2025) and none into the old one or Lạng Sơn', async () => {
    const { rows } = await computeSeed({
      scopes: [BAC_GIANG, NEW_BAC_NINH, OLD_BAC_NINH, LANG_SON],
    });
    const bacGiang = figures(rows, BAC_GIANG);
    expect(bacGiang.length).toBeGreaterThan(0);
    expect(figures(rows, NEW_BAC_NINH)).toEqual(bacGiang);
    const elsewhere = rows.filter((r) => r.scope === OLD_BAC_NINH || r.scope === LANG_SON);
    expect(elsewhere.filter((r) => (r.numerator ?? 0) > 0)).toEqual([]);
  });

  it('splits a period across 1/7/2025 for the new Bắc Ninh and notes it, keeping 2024 in the first part', async () => {
    const { rows } = await computeSeed({
      period: { start: '2024-01-01', end: '2025-12-31' },
      scopes: [NEW_BAC_NINH],
    });
    const victims = rows.filter(
      (r) => r.indicator === 'victims-identified' && r.disaggregation.sex === 'ALL',
    );
    expect(victims.map((r) => [r.period, r.value])).toEqual([
      [{ start: '2024-01-01', end: '2025-06-30' }, 2],
    ]);
    const periods = new Set(rows.map((r) => `${r.period.start}..${r.period.end}`));
    expect([...periods].sort()).toEqual(['2024-01-01..2025-06-30', '2025-07-01..2025-12-31']);
    expect(rows.every((r) => r.notes.some((n) => n.code === 'period_split_at_reform'))).toBe(true);
  });
});
