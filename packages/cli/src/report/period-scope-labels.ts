import type { BilingualText, ResultPeriod, ResultScope } from '@vntip/core';
import { codeLabel, LABELS } from './report-labels';

/** A date `2024-12-27` as `27/12/2024`. */
export function dayMonthYear(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/** A period as `năm 2024` / `2024` for a calendar year, else as its two dates. */
export function periodLabel(period: ResultPeriod): BilingualText {
  const year = period.start.slice(0, 4);
  if (period.start === `${year}-01-01` && period.end === `${year}-12-31`)
    return { vi: `Năm ${year}`, en: year };
  return {
    vi: `${dayMonthYear(period.start)} – ${dayMonthYear(period.end)}`,
    en: `${period.start} – ${period.end}`,
  };
}

/** A scope by name: Toàn quốc, a province from its code list, or a commune code. */
export function scopeLabel(scope: ResultScope): BilingualText {
  if (scope.level === 'national') return LABELS.national;
  if (scope.level === 'province') {
    const name = codeLabel('province', scope.code, scope.codeListVersion);
    const list = scope.codeListVersion ? ` (${scope.codeListVersion})` : '';
    return { vi: `${name.vi}${list}`, en: `${name.en}${list}` };
  }
  return {
    vi: `${LABELS.commune.vi} ${scope.code}`,
    en: `${LABELS.commune.en} ${scope.code}`,
  };
}

/** A stable text key of a period, for grouping. */
export function periodKey(period: ResultPeriod): string {
  return `${period.start}/${period.end}`;
}

/** A stable text key of a scope, for grouping. */
export function scopeKey(scope: ResultScope): string {
  return `${scope.level}:${scope.code}@${scope.codeListVersion ?? ''}`;
}
