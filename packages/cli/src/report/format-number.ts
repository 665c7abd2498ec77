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

const SEPARATORS: Readonly<Record<ReportLocale, { group: string; decimal: string }>> = {
  vi: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/**
 * Formats a number with the locale's separators (vi `32.415,5`, en `32,415.5`), rounded to `decimals` places with
 * trailing zeros dropped. Written by hand rather than with Intl so the output never depends on the runtime's ICU data.
 */
export function formatNumber(value: number, decimals: number, locale: ReportLocale): string {
  const { group, decimal } = SEPARATORS[locale];
  // Rounds half up on the decimal value: toPrecision(15) first drops binary noise (85.55 stored as 85.5499…).
  const scale = 10 ** decimals;
  const fixed = (Math.round(Number(Math.abs(value).toPrecision(15)) * scale) / scale).toFixed(
    decimals,
  );
  const [whole = '0', fraction = ''] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const trimmed = fraction.replace(/0+$/, '');
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${grouped}${trimmed ? `${decimal}${trimmed}` : ''}`;
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
