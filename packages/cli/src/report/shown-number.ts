import { type BilingualText, qualifiedText } from '@vntip/core';
import type { IndicatorResult } from '@vntip/indicators';
import { bilingual } from './bilingual-html';
import { escapeHtml } from './escape-html';
import { formatIndicatorValue, formatNumber } from './format-number';
import { LABELS } from './report-labels';

/**
 * Which figure of a row a number on the page shows: its value, numerator or denominator, its target's value, or the
 * count of one of its data-quality notes (`note:<code>`).
 */
export type ShownField = 'value' | 'numerator' | 'denominator' | 'target.value' | `note:${string}`;

/** The raw figure of a row's field, or null when the row has none. */
export function rawFigure(row: IndicatorResult, field: ShownField): number | null {
  switch (field) {
    case 'value':
      return row.value;
    case 'numerator':
      return row.numerator;
    case 'denominator':
      return row.denominator;
    case 'target.value':
      return row.target?.value ?? null;
    default:
      return row.notes.find((note) => `note:${note.code}` === field)?.count ?? null;
  }
}

/**
 * A figure as shown in each language: values in their unit, targets with `%` for percentages, counts as integers; a
 * value or numerator that is a lower bound or an approximation with `≥` or `≈` in front.
 */
export function formatFigure(row: IndicatorResult, field: ShownField, raw: number): BilingualText {
  const format = (locale: 'vi' | 'en'): string => {
    if (field === 'value')
      return qualifiedText(formatIndicatorValue(raw, row.unit, locale), row.qualifier);
    if (field === 'numerator') return qualifiedText(formatNumber(raw, 2, locale), row.qualifier);
    if (field === 'target.value')
      return `${formatNumber(raw, 2, locale)}${row.target?.unit === 'PERCENT' ? ' %' : ''}`;
    return formatNumber(raw, 2, locale);
  };
  return { vi: format('vi'), en: format('en') };
}

/**
 * The `data-*` attributes that tie a number on the page to its row in the embedded JSON: indicator, period, scope,
 * disaggregation (JSON), field and raw value.
 */
export function figureAttributes(row: IndicatorResult, field: ShownField, raw: number): string {
  const attributes: [string, string][] = [
    ['data-indicator', row.indicator],
    ['data-period', `${row.period.start}/${row.period.end}`],
    ['data-scope', JSON.stringify(row.scope)],
    ['data-disaggregation', JSON.stringify(row.disaggregation)],
    ['data-field', field],
    ['data-value', String(raw)],
  ];
  return attributes.map(([name, value]) => `${name}="${escapeHtml(value)}"`).join(' ');
}

/** A number as an HTML element carrying its `data-*` attributes, or a "no data" mark without them. */
export function figureHtml(row: IndicatorResult, field: ShownField = 'value'): string {
  const raw = rawFigure(row, field);
  if (raw === null)
    return row.notes.some((note) => note.code === 'small_cell_suppressed')
      ? `<span class="no-data withheld">${bilingual(LABELS.withheld)}</span>`
      : `<span class="no-data">${bilingual(LABELS.noData)}</span>`;
  return `<span class="figure" ${figureAttributes(row, field, raw)}>${bilingual(formatFigure(row, field, raw))}</span>`;
}
