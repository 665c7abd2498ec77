import type { IndicatorResult } from '@vntip/indicators';
import { bilingual } from './bilingual-html';
import { periodLabel, scopeLabel } from './period-scope-labels';
import type { ReportContext } from './report-context';
import { LABELS } from './report-labels';
import { sectionHtml, tableHtml } from './section-html';
import { figureHtml } from './shown-number';

/** The prevention output indicators: activities, items, participants, people trained, media items. */
export const PREVENTION_INDICATORS = [
  'activities-by-type',
  'items-distributed-by-unit',
  'participants-by-sex',
  'participants-by-target-group',
  'participants-by-activity-type',
  'people-trained',
  'media-items-per-outlet-month',
];

/** A table row of one result: area, period, breakdown, figure. */
export function resultCells(context: ReportContext, row: IndicatorResult): string[] {
  return [
    bilingual(scopeLabel(row.scope)),
    bilingual(periodLabel(row.period)),
    bilingual(context.labelOf(row.disaggregation)),
    figureHtml(row),
  ];
}

/** "Prevention outputs": one table per prevention indicator, in row order. */
export function preventionSection(context: ReportContext): string {
  const headings = [LABELS.scope, LABELS.period, LABELS.breakdown, LABELS.value];
  const tables = PREVENTION_INDICATORS.map((indicator) => {
    const rows = context.rows.filter((row) => row.indicator === indicator);
    const title = context.titleOf(indicator);
    // The report's own figure is there only when the report computed it.
    if (rows.length === 0 && indicator === 'participants-by-activity-type') return '';
    if (rows.length === 0)
      return `<h3>${bilingual(title)}</h3><p class="muted">${bilingual(LABELS.noRows)}</p>`;
    return tableHtml(
      title,
      headings,
      rows.map((row) => resultCells(context, row)),
    );
  });
  return sectionHtml('prevention', LABELS.prevention, tables.join(''));
}
