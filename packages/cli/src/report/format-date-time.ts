import type { BilingualText } from '@vntip/core';
import { INTL_LOCALES } from './format-number';
import type { ReportLocale } from './report-labels';

/** The time zone every time of a report is shown in. */
export const REPORT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const DATE_TIME: Intl.DateTimeFormatOptions = {
  timeZone: REPORT_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
};

function dateTimeIn(date: Date, locale: ReportLocale): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat(INTL_LOCALES[locale], DATE_TIME)
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  // `GMT+07:00` from Intl; a zone without offset (`GMT`) is `+00:00`.
  const offset = (parts.timeZoneName ?? '').replace(/^GMT/, '') || '+00:00';
  const time = `${parts.hour}:${parts.minute} (UTC${offset})`;
  return locale === 'vi'
    ? `${parts.day}/${parts.month}/${parts.year} ${time}`
    : `${parts.year}-${parts.month}-${parts.day} ${time}`;
}

/**
 * An ISO date-time as local time in Asia/Ho_Chi_Minh with its offset: `2025-01-15T08:00:00Z` →
 * `15/01/2025 15:00 (UTC+07:00)` / `2025-01-15 15:00 (UTC+07:00)`. A text that is no date-time is given back as it is.
 */
export function dateTimeLabel(value: string): BilingualText {
  const date = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.test(
    value,
  )
    ? new Date(value)
    : undefined;
  if (!date || Number.isNaN(date.getTime())) return { vi: value, en: value };
  return { vi: dateTimeIn(date, 'vi'), en: dateTimeIn(date, 'en') };
}

/** A calendar month `2024-01` as `Tháng 01/2024` / `January 2024`; anything else as given. */
export function monthLabel(value: string): BilingualText {
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  if (!match) return { vi: value, en: value };
  const [, year, month] = match;
  const en = new Intl.DateTimeFormat(INTL_LOCALES.en, {
    year: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${value}-15T00:00:00Z`));
  return { vi: `Tháng ${month}/${year}`, en };
}
