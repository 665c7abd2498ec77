import type { IndicatorUnit } from '@vntip/core';
import type { ReportLocale } from './report-labels';

/** Decimal places shown per unit; a ratio is shown as a percentage. */
const DECIMALS: Readonly<Record<IndicatorUnit, number>> = {
  count: 0,
  amount: 2,
  days: 1,
  ratio: 1,
  rate_per_100000: 2,
};

/** The Intl locale of each report language: Vietnamese `1.234,5`, English `1,234.5`. */
export const INTL_LOCALES: Readonly<Record<ReportLocale, string>> = { vi: 'vi-VN', en: 'en-GB' };

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Formats a number with the locale's separators through `Intl.NumberFormat` (vi `32.415,5`, en `32,415.5`), rounded
 * half away from zero to at most `decimals` places; a value that rounds to zero never shows a minus sign.
 */
export function formatNumber(value: number, decimals: number, locale: ReportLocale): string {
  const key = `${locale}:${decimals}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(INTL_LOCALES[locale], { maximumFractionDigits: decimals });
    formatters.set(key, formatter);
  }
  // A value that rounds to zero is zero: Intl would print `-0`.
  return formatter.format(Math.abs(value) < 0.5 * 10 ** -decimals ? 0 : value);
}

/** Formats an indicator figure in its unit: a ratio as a percentage, days and rates with their decimals. */
export function formatIndicatorValue(
  value: number,
  unit: IndicatorUnit,
  locale: ReportLocale,
): string {
  if (unit === 'ratio') return `${formatNumber(value * 100, DECIMALS.ratio, locale)} %`;
  return formatNumber(value, DECIMALS[unit], locale);
}
