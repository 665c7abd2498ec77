import type { IndicatorValue } from '@vntip/core';
import { describe, expect, it } from 'vitest';
import { rollUpProvinces } from './roll-up-provinces';

const year2024 = { start: '2024-01-01', end: '2024-12-31' };
const year2025 = { start: '2025-01-01', end: '2025-12-31' };

function row(
  province: string,
  codeListVersion: string,
  ids: string[],
  period = year2024,
  extra: Partial<IndicatorValue> = {},
): IndicatorValue & { indicator: string } {
  return {
    indicator: 'victims-identified',
    period,
    scope: { level: 'national', code: 'VN' },
    disaggregation: { province, codeListVersion },
    numerator: ids.length,
    denominator: null,
    value: ids.length,
    lineage: ids,
    notes: [],
    ...extra,
  };
}

describe('rollUpProvinces', () => {
  it('rolls Bắc Giang (24) and old Bắc Ninh (27) into new Bắc Ninh (24); Lạng Sơn (20) stays 20', () => {
    const rows = rollUpProvinces(
      [
        row('20', '124/2004', ['P1']),
        row('24', '124/2004', ['P2', 'P3']),
        row('27', '124/2004', ['P4']),
      ],
      '19/2025',
    );
    expect(rows).toEqual([row('20', '19/2025', ['P1']), row('24', '19/2025', ['P2', 'P3', 'P4'])]);
  });

  it('keeps rows of other periods, indicators and breakdowns apart, and leaves non-province rows alone', () => {
    const total = { ...row('24', '124/2004', ['P1']), disaggregation: { sex: 'ALL' } };
    const rows = rollUpProvinces(
      [
        total,
        row('24', '124/2004', ['P1']),
        row('27', '124/2004', ['P2'], { start: '2023-01-01', end: '2023-12-31' }),
        { ...row('27', '124/2004', ['P3']), indicator: 'other' },
      ],
      '19/2025',
    );
    expect(rows.map((r) => [r.indicator, r.period.start, r.disaggregation, r.numerator])).toEqual([
      ['victims-identified', '2024-01-01', { sex: 'ALL' }, 1],
      ['victims-identified', '2024-01-01', { province: '24', codeListVersion: '19/2025' }, 1],
      ['victims-identified', '2023-01-01', { province: '24', codeListVersion: '19/2025' }, 1],
      ['other', '2024-01-01', { province: '24', codeListVersion: '19/2025' }, 1],
    ]);
  });

  it('sums numerators and denominators of rates and recomputes the value', () => {
    const [merged] = rollUpProvinces(
      [
        row('24', '124/2004', ['P1'], year2024, { numerator: 1, denominator: 2, value: 0.5 }),
        row('27', '124/2004', ['P2'], year2024, { numerator: 2, denominator: 2, value: 1 }),
      ],
      '19/2025',
    );
    expect(merged).toMatchObject({ numerator: 3, denominator: 4, value: 0.75 });
  });

  it('notes a period that straddles 1 July 2025 and merges old- and new-coded rows', () => {
    const rows = rollUpProvinces(
      [
        row('24', '124/2004', ['P1'], year2025),
        row('27', '124/2004', ['P2'], year2025),
        row('24', '19/2025', ['P3'], year2025),
        row('20', '19/2025', ['P4'], year2025),
      ],
      '19/2025',
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      disaggregation: { province: '24', codeListVersion: '19/2025' },
      numerator: 3,
      lineage: ['P1', 'P2', 'P3'],
    });
    for (const r of rows) expect(r.notes.map((n) => n.code)).toEqual(['period_straddles_reform']);
  });

  it('flags an old code missing from the crosswalk and does not roll it up', () => {
    const [r] = rollUpProvinces([row('99', '124/2004', ['P1'])], '19/2025');
    expect(r?.disaggregation).toEqual({ province: '99', codeListVersion: '124/2004' });
    expect(r?.notes.map((n) => n.code)).toEqual(['province_not_in_crosswalk']);
  });
});
