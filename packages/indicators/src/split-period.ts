import type { ResultPeriod } from '@vntip/core';

/** How to cut a period: by calendar year, half-year, quarter or month, or not at all (the whole programme). */
export type PeriodGrain = 'YEAR' | 'HALF_YEAR' | 'QUARTER' | 'MONTH' | 'WHOLE';

const MONTHS: Record<Exclude<PeriodGrain, 'WHOLE'>, number> = {
  YEAR: 12,
  HALF_YEAR: 6,
  QUARTER: 3,
  MONTH: 1,
};

function lastDayOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Cuts a period into calendar years, half-years, quarters or months, clipped to the period's own ends;
 * `WHOLE` returns the period itself.
 */
export function splitPeriod(period: ResultPeriod, grain: PeriodGrain): ResultPeriod[] {
  if (grain === 'WHOLE') return [period];
  const step = MONTHS[grain];
  const parts: ResultPeriod[] = [];
  let year = Number(period.start.slice(0, 4));
  // Align to the calendar: the first part starts at the beginning of its year, half, quarter or month.
  let month = Math.floor((Number(period.start.slice(5, 7)) - 1) / step) * step + 1;
  for (;;) {
    const start = `${year}-${String(month).padStart(2, '0')}-01`;
    if (start > period.end) break;
    const endMonth = month + step - 1;
    const end = lastDayOfMonth(year, endMonth);
    parts.push({
      start: start < period.start ? period.start : start,
      // biome-ignore lint/complexity/useMathMinMax: ISO date strings compare as text; Math.min would turn them into NaN.
      end: end > period.end ? period.end : end,
    });
    month += step;
    if (month > 12) {
      month -= 12;
      year++;
    }
  }
  return parts;
}
