import type { BilingualText } from '@vntip/core';
import type { IndicatorResult } from '@vntip/indicators';
import { bilingual, joinBilingual } from './bilingual-html';
import { escapeHtml } from './escape-html';
import { periodKey, periodLabel, scopeKey, scopeLabel } from './period-scope-labels';
import { groupBy, type ReportContext } from './report-context';
import { codeLabel, dimensionLabel, LABELS } from './report-labels';
import { sectionHtml } from './section-html';
import { figureHtml } from './shown-number';
import { renderBarChart } from './svg-bar-chart';

/** The victim indicators broken down by sex, age and form. */
export const VICTIM_INDICATORS = ['victims-identified', 'victims-received', 'victims-supported'];

const DIMENSIONS: readonly { key: string; title: BilingualText }[] = [
  { key: 'sex', title: LABELS.bySex },
  { key: 'age', title: LABELS.byAge },
  { key: 'ageBand', title: LABELS.byAgeBand },
  { key: 'form', title: LABELS.byForm },
];

function only(row: IndicatorResult, key: string): boolean {
  const keys = Object.keys(row.disaggregation);
  return keys.length === 1 && keys[0] === key && row.disaggregation[key] !== 'ALL';
}

/**
 * A breakdown whose only category is "unknown", in words rather than as a one-bar chart: “Chưa rõ giới tính của cả 2
 * người.” / “The sex of all 2 persons is unknown.”
 */
export function unknownOnlySentence(key: string, row: IndicatorResult): string {
  const dimension = dimensionLabel(key);
  const vi = dimension.vi.toLocaleLowerCase('vi');
  const en = dimension.en.toLocaleLowerCase('en');
  if (row.value === null)
    return bilingual({
      vi: `Chưa rõ ${vi} của mọi người được tính.`,
      en: `The ${en} of everyone counted is unknown.`,
    });
  const one = row.value === 1;
  const sentence = (locale: 'vi' | 'en') =>
    locale === 'vi'
      ? [`Chưa rõ ${vi} của ${one ? '' : 'cả '}`, ' người.']
      : [`The ${en} of ${one ? 'the' : 'all'} `, ` ${one ? 'person is' : 'persons is'} unknown.`];
  const [viBefore, viAfter] = sentence('vi');
  const [enBefore, enAfter] = sentence('en');
  return `<span lang="vi">${escapeHtml(viBefore ?? '')}</span><span lang="en">${escapeHtml(enBefore ?? '')}</span>${figureHtml(row)}<span lang="vi">${escapeHtml(viAfter ?? '')}</span><span lang="en">${escapeHtml(enAfter ?? '')}</span>`;
}

function periodScopeBlock(context: ReportContext, rows: readonly IndicatorResult[]): string {
  const first = rows[0];
  if (!first) return '';
  const title = context.titleOf(first.indicator);
  const where = joinBilingual([scopeLabel(first.scope), periodLabel(first.period)], ' · ');
  const total = rows.find((row) => row.disaggregation.sex === 'ALL');
  const figures = DIMENSIONS.flatMap(({ key, title: dimension }) => {
    const bars = rows
      .filter((row) => only(row, key))
      .map((row) => ({
        label: codeLabel(key, row.disaggregation[key] ?? '', undefined, context.names),
        row,
      }));
    if (bars.length === 0) return [];
    const [single] = bars;
    if (bars.length === 1 && single && single.row.disaggregation[key] === 'UNKNOWN')
      return [`<p class="unknown-only">${unknownOnlySentence(key, single.row)}</p>`];
    const caption = joinBilingual([title, dimension, where], ' · ');
    const chart = renderBarChart({ id: context.nextId('breakdown-chart'), title: caption, bars });
    return [`<figure>${chart}<figcaption>${bilingual(dimension)}</figcaption></figure>`];
  });
  return [
    `<h4>${bilingual(where)}</h4>`,
    total ? `<p>${bilingual(LABELS.total)}: <strong>${figureHtml(total)}</strong></p>` : '',
    `<div class="charts">${figures.join('')}</div>`,
  ].join('');
}

/**
 * Victims identified, received and supported by sex, age (under 18 / adult), CTDC age bin and form of exploitation:
 * per scope, latest period first.
 */
export function victimBreakdownSection(context: ReportContext): string {
  const blocks = VICTIM_INDICATORS.map((indicator) => {
    const rows = context.rows.filter((row) => row.indicator === indicator);
    const heading = `<h3>${bilingual(context.titleOf(indicator))}</h3>`;
    if (rows.length === 0) return `${heading}<p class="muted">${bilingual(LABELS.noRows)}</p>`;
    const parts = [heading];
    for (const [, ofScope] of groupBy(rows, (row) => scopeKey(row.scope))) {
      const byPeriod = [...groupBy(ofScope, (row) => periodKey(row.period)).entries()].sort(
        ([a], [b]) => (a < b ? 1 : a > b ? -1 : 0),
      );
      for (const [, ofPeriod] of byPeriod) parts.push(periodScopeBlock(context, ofPeriod));
    }
    return parts.join('');
  });
  return sectionHtml('breakdowns', LABELS.breakdowns, blocks.join(''));
}
