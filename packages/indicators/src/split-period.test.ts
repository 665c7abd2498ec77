import { describe, expect, it } from 'vitest';
import { splitPeriod } from './split-period';

describe('splitPeriod', () => {
  it('cuts a year into quarters and months', () => {
    const year = { start: '2024-01-01', end: '2024-12-31' };
    expect(splitPeriod(year, 'QUARTER').map((p) => p.end)).toEqual([
      '2024-03-31',
      '2024-06-30',
      '2024-09-30',
      '2024-12-31',
    ]);
    expect(splitPeriod(year, 'MONTH')[1]).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(splitPeriod(year, 'MONTH')).toHaveLength(12);
  });

  it('cuts a programme into years and halves, and keeps it whole on request', () => {
    const programme = { start: '2021-01-01', end: '2025-12-31' };
    expect(splitPeriod(programme, 'YEAR').map((p) => p.start)).toEqual([
      '2021-01-01',
      '2022-01-01',
      '2023-01-01',
      '2024-01-01',
      '2025-01-01',
    ]);
    expect(splitPeriod(programme, 'HALF_YEAR')).toHaveLength(10);
    expect(splitPeriod(programme, 'WHOLE')).toEqual([programme]);
  });

  it('clips the parts to a period that starts or ends mid-way, e.g. at the 1 July 2025 reform', () => {
    expect(splitPeriod({ start: '2025-05-15', end: '2025-08-10' }, 'QUARTER')).toEqual([
      { start: '2025-05-15', end: '2025-06-30' },
      { start: '2025-07-01', end: '2025-08-10' },
    ]);
  });
});
