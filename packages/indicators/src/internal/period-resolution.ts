import type { DataQualityNote, ResultPeriod } from '@vntip/core';

/** Where a span of days lies against a period: wholly inside it, overlapping it only, or outside it. */
export type SpanPlace = 'inside' | 'overlap' | 'outside';

/** Where the span `start`–`end` (YYYY-MM-DD, both included) lies against the period. */
export function placeOfSpan(start: string, end: string, period: ResultPeriod): SpanPlace {
  if (start >= period.start && end <= period.end) return 'inside';
  return start <= period.end && end >= period.start ? 'overlap' : 'outside';
}

/** The days a prevention activity covers: its start date to its end date, or its start date alone. */
export function activitySpan(
  record: Readonly<Record<string, unknown>>,
): [string, string] | undefined {
  const start = record.startDate;
  if (typeof start !== 'string') return undefined;
  const end = typeof record.endDate === 'string' ? record.endDate : start;
  return [start, end];
}

const WHAT = {
  prevention_activity: { vi: 'hoạt động', en: 'Activities' },
  crime_statistic: { vi: 'bản ghi số liệu tội phạm', en: 'Crime-statistic records' },
  staffing_statistic: { vi: 'bản ghi số liệu cán bộ', en: 'Staffing records' },
  victim_support_aggregate: {
    vi: 'bản ghi số liệu tổng hợp về hỗ trợ',
    en: 'Aggregate support records',
  },
} as const;

/**
 * The `period_not_resolvable` note: records whose dates overlap the period without lying inside it. They are never
 * put in the period where they start; they count in the smallest period that contains them whole, which the host
 * reports beside the finer ones (ADR 009).
 */
export function periodNotResolvableNote(
  count: number,
  recordType: keyof typeof WHAT,
): DataQualityNote {
  const what = WHAT[recordType];
  return {
    code: 'period_not_resolvable',
    count,
    message: {
      vi: `Có ${count} ${what.vi} kéo dài ra ngoài kỳ này nên không xác định được phần thuộc kỳ; chúng không được tính ở đây mà ở kỳ nhỏ nhất chứa trọn chúng.`,
      en: `${what.en} extending beyond this period: ${count}. The part falling in it is unknown, so they are not counted here but in the smallest period containing them whole.`,
    },
  };
}

/** A calendar month, quarter, half-year or year, named as `2024-03`, `2024-Q1`, `2024-H1` or `2024`. */
export interface CalendarPeriod {
  readonly grain: 'MONTH' | 'QUARTER' | 'HALF_YEAR' | 'YEAR';
  readonly name: string;
  readonly period: ResultPeriod;
}

function lastDay(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const GRAINS = [
  {
    grain: 'MONTH',
    months: 1,
    name: (y: number, i: number) => `${y}-${String(i + 1).padStart(2, '0')}`,
  },
  { grain: 'QUARTER', months: 3, name: (y: number, i: number) => `${y}-Q${i + 1}` },
  { grain: 'HALF_YEAR', months: 6, name: (y: number, i: number) => `${y}-H${i + 1}` },
  { grain: 'YEAR', months: 12, name: (y: number) => `${y}` },
] as const;

/**
 * The smallest calendar month, quarter, half-year or year that contains the whole span, or undefined when the span
 * crosses a year's end.
 */
export function smallestCalendarPeriod(start: string, end: string): CalendarPeriod | undefined {
  const year = Number(start.slice(0, 4));
  if (Number(end.slice(0, 4)) !== year) return undefined;
  const first = Number(start.slice(5, 7)) - 1;
  const last = Number(end.slice(5, 7)) - 1;
  for (const { grain, months, name } of GRAINS) {
    const index = Math.floor(first / months);
    if (Math.floor(last / months) !== index) continue;
    const from = index * months + 1;
    return {
      grain,
      name: name(year, index),
      period: {
        start: `${year}-${String(from).padStart(2, '0')}-01`,
        end: lastDay(year, from + months - 1),
      },
    };
  }
  return undefined;
}
