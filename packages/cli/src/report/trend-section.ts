import type { ResultPeriod } from '@vntip/core';
import { bilingual, joinBilingual } from './bilingual-html';
import { periodKey, periodLabel, scopeKey, scopeLabel } from './period-scope-labels';
import { groupBy, isTotal, type ReportContext } from './report-context';
import { LABELS } from './report-labels';
import { sectionHtml } from './section-html';
import { renderBarChart } from './svg-bar-chart';

function byStart(a: ResultPeriod, b: ResultPeriod): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : 0;
}

/**
 * "Trends by year": for each indicator's total and each scope, one bar per period of the report, oldest first; a period
 * without a row (an indicator gives none for a period without records) shows "no data". Rendered only when the rows
 * cover more than one period (e.g. computed with grain YEAR over several years); otherwise empty.
 */
export function trendSection(context: ReportContext): string {
  const periods = [
    ...new Map(context.rows.map((row) => [periodKey(row.period), row.period])).values(),
  ].sort(byStart);
  if (periods.length < 2) return '';
  const totals = context.rows.filter((row) => isTotal(row.disaggregation));
  const figures: string[] = [];
  for (const [, ofIndicator] of groupBy(totals, (row) => row.indicator)) {
    const first = ofIndicator[0];
    if (!first) continue;
    const title = context.titleOf(first.indicator);
    for (const [, series] of groupBy(ofIndicator, (row) => scopeKey(row.scope))) {
      const ofScope = series[0];
      if (!ofScope) continue;
      const caption = joinBilingual([title, scopeLabel(ofScope.scope)], ' · ');
      const chart = renderBarChart({
        id: context.nextId('trend-chart'),
        title: caption,
        bars: periods.map((period) => ({
          label: periodLabel(period),
          row: series.find((row) => periodKey(row.period) === periodKey(period)),
        })),
      });
      figures.push(`<figure>${chart}<figcaption>${bilingual(caption)}</figcaption></figure>`);
    }
  }
  if (figures.length === 0) return '';
  return sectionHtml('trends', LABELS.trends, `<div class="charts">${figures.join('')}</div>`);
}
