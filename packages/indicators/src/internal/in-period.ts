import type { ResultPeriod } from '@vntip/core';

/** True when the date (YYYY-MM-DD) falls inside the period, both ends included. */
export function inPeriod(date: unknown, period: ResultPeriod): date is string {
  return typeof date === 'string' && date >= period.start && date <= period.end;
}
