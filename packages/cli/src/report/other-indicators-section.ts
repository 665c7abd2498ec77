import { bilingual } from './bilingual-html';
import { PREVENTION_INDICATORS, resultCells } from './prevention-section';
import { groupBy, type ReportContext } from './report-context';
import { LABELS } from './report-labels';
import { sectionHtml, tableHtml } from './section-html';
import { figureHtml } from './shown-number';
import { statusBadge } from './target-progress-section';
import { VICTIM_INDICATORS } from './victim-breakdown-section';

/** Every other indicator as a table: rates, support, transfers, medians, and any plugin indicator. */
export function otherIndicatorsSection(context: ReportContext): string {
  const shown = new Set([...VICTIM_INDICATORS, ...PREVENTION_INDICATORS]);
  const rest = context.rows.filter((row) => !shown.has(row.indicator));
  if (rest.length === 0) return '';
  const headings = [
    LABELS.scope,
    LABELS.period,
    LABELS.breakdown,
    LABELS.value,
    LABELS.numeratorDenominator,
    { vi: 'Trạng thái', en: 'Status' },
  ];
  const tables = [...groupBy(rest, (row) => row.indicator).values()].map((rows) =>
    tableHtml(
      context.titleOf(rows[0]?.indicator ?? ''),
      headings,
      rows.map((row) => [
        ...resultCells(context, row),
        row.denominator === null
          ? `${row.numerator === null ? '' : figureHtml(row, 'numerator')}`
          : `${figureHtml(row, 'numerator')} / ${figureHtml(row, 'denominator')}`,
        statusBadge(row),
      ]),
    ),
  );
  return sectionHtml('other', LABELS.otherIndicators, tables.join('') || bilingual(LABELS.noRows));
}
