import { describe, expect, it } from 'vitest';
import { placeOfSpan, smallestCalendarPeriod } from './period-resolution';

describe('placeOfSpan', () => {
  const march = { start: '2024-03-01', end: '2024-03-31' };
  it('tells inside, overlapping and outside spans apart', () => {
    expect(placeOfSpan('2024-03-05', '2024-03-05', march)).toBe('inside');
    expect(placeOfSpan('2024-03-01', '2024-03-31', march)).toBe('inside');
    expect(placeOfSpan('2024-01-01', '2024-12-31', march)).toBe('overlap');
    expect(placeOfSpan('2024-03-30', '2024-04-02', march)).toBe('overlap');
    expect(placeOfSpan('2024-04-01', '2024-04-30', march)).toBe('outside');
  });
});

describe('smallestCalendarPeriod', () => {
  it('finds the smallest month, quarter, half-year or year holding the span', () => {
    expect(smallestCalendarPeriod('2024-03-05', '2024-03-20')).toMatchObject({
      grain: 'MONTH',
      name: '2024-03',
      period: { start: '2024-03-01', end: '2024-03-31' },
    });
    expect(smallestCalendarPeriod('2024-02-28', '2024-03-02')).toMatchObject({
      grain: 'QUARTER',
      name: '2024-Q1',
    });
    expect(smallestCalendarPeriod('2024-03-30', '2024-04-02')).toMatchObject({
      grain: 'HALF_YEAR',
      name: '2024-H1',
      period: { start: '2024-01-01', end: '2024-06-30' },
    });
    expect(smallestCalendarPeriod('2024-01-01', '2024-12-31')).toMatchObject({
      grain: 'YEAR',
      name: '2024',
      period: { start: '2024-01-01', end: '2024-12-31' },
    });
    expect(smallestCalendarPeriod('2024-02-01', '2024-02-29')?.period.end).toBe('2024-02-29');
  });

  it('has none for a span across a year end', () => {
    expect(smallestCalendarPeriod('2024-12-15', '2025-01-15')).toBeUndefined();
  });
});
