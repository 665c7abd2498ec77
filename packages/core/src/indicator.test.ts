import { describe, expect, expectTypeOf, it } from 'vitest';
import { defineIndicator, type IndicatorValue, qualifiedText } from './indicator';
import type { RecordEntry } from './rule';

const activitiesByType = defineIndicator<{ minimum: number }>({
  meta: {
    id: 'test/activities-by-type',
    version: '1',
    unit: 'count',
    requires: ['prevention_activity.activityType', 'prevention_activity.activityCount'],
    title: { vi: 'Số hoạt động theo loại', en: 'Activities by type' },
    description: {
      vi: 'Tổng activityCount theo activityType.',
      en: 'Sum of activityCount by activityType.',
    },
  },
  create(ctx) {
    expectTypeOf(ctx.options).toEqualTypeOf<{ minimum: number }>();
    const counts = new Map<string, { n: number; ids: string[] }>();
    return {
      record({ record }) {
        const type = String(record.activityType);
        const group = counts.get(type) ?? { n: 0, ids: [] };
        group.n += Number(record.activityCount);
        group.ids.push(String(record.id));
        counts.set(type, group);
      },
      end: () =>
        [...counts]
          .filter(([, group]) => group.n >= ctx.options.minimum)
          .map(
            ([type, group]): IndicatorValue => ({
              period: ctx.period,
              scope: { level: 'national', code: 'VN' },
              disaggregation: { activityType: type },
              numerator: group.n,
              denominator: null,
              value: group.n,
              lineage: group.ids,
              notes: [],
            }),
          ),
    };
  },
});

const entry = (id: string, activityType: string, activityCount: number): RecordEntry => ({
  recordType: 'prevention_activity',
  record: { id, activityType, activityCount },
  index: 0,
  basePath: [],
});

describe('defineIndicator', () => {
  it('returns the definition, whose hooks compute values in one pass with lineage', () => {
    const period = { start: '2024-01-01', end: '2024-12-31' };
    const hooks = activitiesByType.create({
      options: { minimum: 2 },
      locale: 'vi',
      period,
      scope: { level: 'national', code: 'VN' },
      inScope: () => true,
    });
    for (const e of [
      entry('A1', 'CONTEST', 3),
      entry('A2', 'CONFERENCE', 30),
      entry('A3', 'BANNER', 1),
    ])
      hooks.record?.(e);
    expect(hooks.end().map((v) => [v.disaggregation.activityType, v.value, v.lineage])).toEqual([
      ['CONTEST', 3, ['A1']],
      ['CONFERENCE', 30, ['A2']],
    ]);
  });
});

describe('qualifiedText', () => {
  it('puts ≥ before a lower bound and ≈ before an approximation, nothing before an exact value', () => {
    expect(qualifiedText('200', 'AT_LEAST')).toBe('≥ 200');
    expect(qualifiedText('5,000', 'APPROXIMATE')).toBe('≈ 5,000');
    expect(qualifiedText('30', undefined)).toBe('30');
  });
});
