import type { IndicatorValue } from '@vntip/core';
import type { Target } from '@vntip/schema';
import { describe, expect, it } from 'vitest';
import { applyTarget, findTarget } from './apply-target';

const national = { level: 'national', code: 'VN' } as const;
const value = (v: number | null, scope: IndicatorValue['scope'] = national): IndicatorValue => ({
  period: { start: '2024-01-01', end: '2024-12-31' },
  scope,
  disaggregation: {},
  numerator: v,
  denominator: v === null ? null : 1,
  value: v,
  lineage: [],
  notes: [],
});

const target = (overrides: Partial<Target> = {}): Target => ({
  id: 'T1',
  indicatorId: 'reports-settled-rate',
  programme: 'PROGRAMME_2021_2025',
  sourceInstrument: { number: '193/QĐ-TTg' },
  comparator: 'GT',
  value: 90,
  unit: 'PERCENT',
  period: { type: 'CUSTOM', start: '2021-01-01', end: '2025-12-31' },
  scope: national,
  status: 'CONFIRMED',
  ...overrides,
});

describe('applyTarget', () => {
  it('compares ratios with percent targets: met', () => {
    expect(
      applyTarget('reports-settled-rate', 'ratio', value(0.95), [target()], '2026-11-28').status,
    ).toBe('met');
  });

  it('is not met once the target period is over, on track while it is open', () => {
    expect(
      applyTarget('reports-settled-rate', 'ratio', value(0.9), [target()], '2026-11-28').status,
    ).toBe('not_met');
    expect(
      applyTarget('reports-settled-rate', 'ratio', value(0.9), [target()], '2024-06-01').status,
    ).toBe('on_track');
  });

  it('says no data without a value, and not quantified without a numeric target', () => {
    expect(
      applyTarget('reports-settled-rate', 'ratio', value(null), [target()], '2026-11-28').status,
    ).toBe('no_data');
    const open = target({ status: 'NOT_QUANTIFIED' });
    delete (open as { value?: number }).value;
    expect(
      applyTarget('reports-settled-rate', 'ratio', value(0.5), [open], '2026-11-28'),
    ).toMatchObject({ status: 'not_quantified', target: open });
    expect(applyTarget('reports-settled-rate', 'ratio', value(0.5), [], '2026-11-28')).toEqual({
      status: 'not_quantified',
    });
  });
});

describe('findTarget', () => {
  it('prefers a provincial plan over the national target for that province only', () => {
    const province = { level: 'province', code: '24', codeListVersion: '124/2004' } as const;
    const provincial = target({ id: 'T2', value: 95, scope: province });
    const targets = [target(), provincial];
    expect(findTarget('reports-settled-rate', value(1, province), targets)?.id).toBe('T2');
    expect(
      findTarget('reports-settled-rate', value(1, { ...province, code: '20' }), targets)?.id,
    ).toBe('T1');
    expect(findTarget('reports-settled-rate', value(1), targets)?.id).toBe('T1');
  });

  it('ignores targets of other indicators and periods outside the target', () => {
    expect(findTarget('trial-rate', value(1), [target()])).toBeUndefined();
    const late = { ...value(1), period: { start: '2026-01-01', end: '2026-12-31' } };
    expect(findTarget('reports-settled-rate', late, [target()])).toBeUndefined();
  });
});
