import type { BilingualText, ResultPeriod, ResultScope } from '@vntip/core';
import type { IndicatorResult } from '@vntip/indicators';
import { bilingual, joinBilingual } from './bilingual-html';
import { formatNumber } from './format-number';
import { periodKey, periodLabel, scopeKey, scopeLabel } from './period-scope-labels';
import { groupBy, isTotal, type ReportContext } from './report-context';
import { LABELS } from './report-labels';
import { sectionHtml, tableHtml } from './section-html';
import { figureHtml } from './shown-number';
import { displayValue } from './svg-bar-chart';

/** Which way a figure moved against the one it is compared with. */
export type ChangeDirection = 'up' | 'down' | 'same';

/** The comparison of two figures: its direction and difference in the display unit, or why there is none. */
export type Comparison =
  | { readonly direction: ChangeDirection; readonly difference: number }
  | { readonly direction: 'none'; readonly reason: NoComparisonReason };

/** Why two figures are not compared: one is missing, withheld to protect victims, or an estimate. */
export type NoComparisonReason = 'missing' | 'withheld' | 'inexact';

function withheld(row: IndicatorResult | undefined): boolean {
  return row?.notes.some((note) => note.code === 'small_cell_suppressed') ?? false;
}

/** The arrow of each direction; the words beside it say the same, so nothing depends on the symbol or a colour. */
export const CHANGE_ARROWS: Readonly<Record<ChangeDirection, string>> = {
  up: '▲',
  down: '▼',
  same: '=',
};

/** Decimal places of a difference: counts as integers, percentages and days to one place. */
function decimalsOf(row: IndicatorResult): number {
  return row.unit === 'count' ? 0 : row.unit === 'rate_per_100000' || row.unit === 'amount' ? 2 : 1;
}

/**
 * Compares `value` with `reference` (two rows of one indicator): up, down or the same once rounded as shown; no
 * direction when either has no value or is withheld (a difference would give the withheld cell away), or when either
 * is a lower bound or an approximation (the change is then unknown).
 */
export function compareRows(
  value: IndicatorResult | undefined,
  reference: IndicatorResult | undefined,
): Comparison {
  const a = displayValue(reference);
  const b = displayValue(value);
  if (withheld(value) || withheld(reference)) return { direction: 'none', reason: 'withheld' };
  if (a === null || b === null || !value || !reference)
    return { direction: 'none', reason: 'missing' };
  if (value.qualifier || reference.qualifier) return { direction: 'none', reason: 'inexact' };
  const difference = b - a;
  const shown = Number(
    formatNumber(Math.abs(difference), decimalsOf(value), 'en').replace(/,/g, ''),
  );
  if (shown === 0) return { direction: 'same', difference: 0 };
  return { direction: difference > 0 ? 'up' : 'down', difference };
}

/** The unit after a difference: percentage points for rates, days for medians, nothing for counts. */
function differenceUnit(row: IndicatorResult): BilingualText {
  if (row.unit === 'ratio') return { vi: ' điểm %', en: ' percentage points' };
  if (row.unit === 'days') return { vi: ' ngày', en: ' days' };
  return { vi: '', en: '' };
}

/** Words for a change over time (`tăng`, `giảm`) or a difference between areas (`cao hơn`, `thấp hơn`). */
const WORDS: Readonly<Record<'time' | 'area', Readonly<Record<ChangeDirection, BilingualText>>>> = {
  time: {
    up: { vi: 'tăng', en: 'up' },
    down: { vi: 'giảm', en: 'down' },
    same: { vi: 'không đổi', en: 'unchanged' },
  },
  area: {
    up: { vi: 'cao hơn', en: 'higher by' },
    down: { vi: 'thấp hơn', en: 'lower by' },
    same: { vi: 'bằng', en: 'the same' },
  },
};

const NO_COMPARISON: Readonly<Record<NoComparisonReason, BilingualText>> = {
  missing: { vi: 'không so sánh được (thiếu số liệu)', en: 'no comparison (no figure)' },
  withheld: {
    vi: 'không so sánh (số liệu được ẩn để bảo vệ nạn nhân)',
    en: 'no comparison (a figure is withheld to protect victims)',
  },
  inexact: {
    vi: 'không so sánh chắc chắn được (số ước lượng)',
    en: 'no certain comparison (an estimate)',
  },
};

/**
 * A comparison as a cell: the arrow (hidden from screen readers) and the same in words, e.g. `▲ tăng 2 (+20 %)` /
 * `▲ up 2 (+20%)`; a count's relative change is shown when the reference is not zero.
 */
export function comparisonCell(
  comparison: Comparison,
  row: IndicatorResult | undefined,
  kind: 'time' | 'area',
): string {
  if (comparison.direction === 'none')
    return `<span class="change change-none">${bilingual(NO_COMPARISON[comparison.reason])}</span>`;
  const words = WORDS[kind][comparison.direction];
  const arrow = `<span class="arrow" aria-hidden="true">${CHANGE_ARROWS[comparison.direction]}</span>`;
  if (comparison.direction === 'same' || !row)
    return `<span class="change change-same">${arrow} ${bilingual(words)}</span>`;
  const unit = differenceUnit(row);
  const reference = (displayValue(row) ?? 0) - comparison.difference;
  const relative =
    row.unit === 'count' && reference !== 0 ? comparison.difference / reference : undefined;
  const text = (locale: 'vi' | 'en') => {
    const amount = `${formatNumber(Math.abs(comparison.difference), decimalsOf(row), locale)}${unit[locale]}`;
    const share =
      relative === undefined
        ? ''
        : ` (${relative > 0 ? '+' : '−'}${formatNumber(Math.abs(relative) * 100, 1, locale)} %)`;
    return `${words[locale]} ${amount}${share}`;
  };
  return `<span class="change change-${comparison.direction}" data-change="${comparison.direction}" data-difference="${comparison.difference}">${arrow} ${bilingual({ vi: text('vi'), en: text('en') })}</span>`;
}

/** The rows a comparison is made of: each indicator's total or, without one, its one-way breakdowns. */
function comparableRows(rows: readonly IndicatorResult[]): IndicatorResult[] {
  const keysOf = (row: IndicatorResult) =>
    Object.keys(row.disaggregation).filter((key) => key !== 'codeListVersion');
  const result: IndicatorResult[] = [];
  for (const [, ofIndicator] of groupBy(rows, (row) => row.indicator)) {
    const totals = ofIndicator.filter((row) => isTotal(row.disaggregation));
    // One total per indicator, period and scope: the first, e.g. `sex: ALL` before `age: ALL`.
    const firstKey = totals[0] ? JSON.stringify(totals[0].disaggregation) : undefined;
    const chosen =
      totals.length > 0
        ? totals.filter((row) => JSON.stringify(row.disaggregation) === firstKey)
        : ofIndicator.filter((row) => keysOf(row).length === 1);
    // A line with no figure in any period or area says nothing.
    for (const [, line] of groupBy(chosen, (row) => JSON.stringify(row.disaggregation)))
      if (line.some((row) => row.value !== null)) result.push(...line);
  }
  return result;
}

function byStart(a: ResultPeriod, b: ResultPeriod): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : 0;
}

function lineLabel(context: ReportContext, row: IndicatorResult): BilingualText {
  const title = context.titleOf(row.indicator);
  return isTotal(row.disaggregation)
    ? title
    : joinBilingual([title, context.labelOf(row.disaggregation)], ' · ');
}

function lineKey(row: IndicatorResult): string {
  return `${row.indicator}\u0000${JSON.stringify(row.disaggregation)}`;
}

/** Year over year: one line per indicator (or breakdown) and area, one column per period, then each change. */
function yearOverYear(
  context: ReportContext,
  rows: readonly IndicatorResult[],
  periods: readonly ResultPeriod[],
): string {
  const headings: BilingualText[] = [
    LABELS.indicator,
    LABELS.scope,
    ...periods.map(periodLabel),
    ...periods.slice(1).map((period, i) => ({
      vi: `${periodLabel(period).vi} so với ${periodLabel(periods[i] as ResultPeriod).vi.toLocaleLowerCase('vi')}`,
      en: `${periodLabel(period).en} against ${periodLabel(periods[i] as ResultPeriod).en}`,
    })),
  ];
  const lines: string[][] = [];
  for (const [, line] of groupBy(rows, (row) => `${lineKey(row)}\u0000${scopeKey(row.scope)}`)) {
    const first = line[0] as IndicatorResult;
    const inPeriod = periods.map((period) =>
      line.find((row) => periodKey(row.period) === periodKey(period)),
    );
    lines.push([
      bilingual(lineLabel(context, first)),
      bilingual(scopeLabel(first.scope)),
      ...inPeriod.map((row) => (row ? figureHtml(row) : bilingual(LABELS.noRecordsInPeriod))),
      ...inPeriod
        .slice(1)
        .map((row, i) => comparisonCell(compareRows(row, inPeriod[i]), row, 'time')),
    ]);
  }
  return tableHtml(LABELS.comparisonYears, headings, lines);
}

/** The reference of a province: the national row when the input has one, else the other provinces. */
interface Reference {
  readonly label: BilingualText;
  readonly row: IndicatorResult | undefined;
}

/**
 * The mean of the other areas' figures as a row of the same indicator, so that it compares like a row: no value when
 * any of them has none, a qualifier when any of them has one.
 */
function meanRow(rows: readonly IndicatorResult[]): IndicatorResult | undefined {
  const first = rows[0];
  if (!first || rows.some((row) => row.value === null)) return undefined;
  const value = rows.reduce((sum, row) => sum + (row.value ?? 0), 0) / rows.length;
  const qualifier = rows.find((row) => row.qualifier)?.qualifier;
  return {
    ...first,
    value,
    numerator: null,
    denominator: null,
    ...(qualifier ? { qualifier } : {}),
  };
}

/**
 * Areas in the latest period: each province against the whole country when the input has it, else against the other
 * provinces (the one other by name, several by their mean); counts against the country as a share of it.
 */
function areaComparison(
  context: ReportContext,
  rows: readonly IndicatorResult[],
  scopes: readonly ResultScope[],
  period: ResultPeriod,
): string {
  const ofPeriod = rows.filter((row) => periodKey(row.period) === periodKey(period));
  const national = scopes.find((scope) => scope.level === 'national');
  const areas = scopes.filter((scope) => scope.level !== 'national');
  const headings: BilingualText[] = [
    LABELS.indicator,
    LABELS.scope,
    LABELS.value,
    LABELS.comparedWith,
    LABELS.comparison,
  ];
  const lines: string[][] = [];
  for (const [, line] of groupBy(ofPeriod, lineKey)) {
    const first = line[0] as IndicatorResult;
    const of = (scope: ResultScope) => line.find((row) => scopeKey(row.scope) === scopeKey(scope));
    for (const area of areas) {
      const row = of(area);
      const others = areas.filter((other) => scopeKey(other) !== scopeKey(area));
      const reference: Reference = national
        ? { label: LABELS.national, row: of(national) }
        : others.length === 1
          ? { label: scopeLabel(others[0] as ResultScope), row: of(others[0] as ResultScope) }
          : {
              label: LABELS.otherAreasMean,
              row: others.every((other) => of(other))
                ? meanRow(others.map(of) as IndicatorResult[])
                : undefined,
            };
      const referenceCell = reference.row
        ? `${bilingual(reference.label)}: ${national || others.length === 1 ? figureHtml(reference.row) : meanHtml(reference.row)}`
        : `${bilingual(reference.label)}: ${bilingual(LABELS.noRecordsInPeriod)}`;
      lines.push([
        bilingual(lineLabel(context, first)),
        bilingual(scopeLabel(area)),
        row ? figureHtml(row) : bilingual(LABELS.noRecordsInPeriod),
        referenceCell,
        national && first.unit === 'count'
          ? shareCell(row, reference.row)
          : comparisonCell(compareRows(row, reference.row), row, 'area'),
      ]);
    }
  }
  const caption = joinBilingual([LABELS.comparisonAreas, periodLabel(period)], ' · ');
  return tableHtml(caption, headings, lines);
}

/** A mean of other areas: a number with no row of its own, so without the `data-*` attributes of a shown figure. */
function meanHtml(row: IndicatorResult): string {
  const value = displayValue(row) ?? 0;
  const decimals = row.unit === 'count' ? 1 : decimalsOf(row);
  const unit = row.unit === 'ratio' ? ' %' : '';
  return `<span class="mean">${bilingual({
    vi: `${formatNumber(value, decimals, 'vi')}${unit}`,
    en: `${formatNumber(value, decimals, 'en')}${unit}`,
  })}</span>`;
}

/** A province's count as a share of the country's: `60 % của toàn quốc` / `60% of the whole country`. */
function shareCell(row: IndicatorResult | undefined, whole: IndicatorResult | undefined): string {
  const comparison = compareRows(row, whole);
  if (comparison.direction === 'none' || !row || !whole?.value)
    return comparisonCell(
      comparison.direction === 'none' ? comparison : { direction: 'none', reason: 'missing' },
      row,
      'area',
    );
  const share = (row.value ?? 0) / whole.value;
  return `<span class="share">${bilingual({
    vi: `chiếm ${formatNumber(share * 100, 1, 'vi')} % của toàn quốc`,
    en: `${formatNumber(share * 100, 1, 'en')} % of the whole country`,
  })}</span>`;
}

/**
 * "Comparisons": when the rows cover several periods, the change from each period to the next, per indicator and
 * area; when they cover several areas, each province in the latest period against the whole country (or the other
 * provinces). Arrows ▲ ▼ = always come with words. Empty when the rows cover one period and one area.
 */
export function comparisonSection(context: ReportContext): string {
  const rows = comparableRows(context.rows);
  const periods = [
    ...new Map(rows.map((row) => [periodKey(row.period), row.period])).values(),
  ].sort(byStart);
  const scopes = [...new Map(rows.map((row) => [scopeKey(row.scope), row.scope])).values()];
  const provinces = scopes.filter((scope) => scope.level !== 'national');
  const parts: string[] = [];
  if (periods.length > 1) parts.push(yearOverYear(context, rows, periods));
  const latest = periods.at(-1);
  if (latest && scopes.length > 1 && provinces.length > 0)
    parts.push(areaComparison(context, rows, scopes, latest));
  if (parts.length === 0) return '';
  return sectionHtml('comparisons', LABELS.comparisons, parts.join(''));
}
