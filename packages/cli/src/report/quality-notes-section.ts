import type { DataQualityNote } from '@vntip/core';
import type { IndicatorResult } from '@vntip/indicators';
import { bilingual, joinBilingual } from './bilingual-html';
import { escapeHtml } from './escape-html';
import { periodKey, periodLabel, scopeKey, scopeLabel } from './period-scope-labels';
import type { ReportContext } from './report-context';
import { LABELS } from './report-labels';
import { sectionHtml } from './section-html';
import { figureHtml } from './shown-number';

/**
 * "Data-quality notes": each note once per indicator, scope and period (the rows of one computation share them), with
 * its code and the number of records it concerns.
 */
export function qualityNotesSection(context: ReportContext): string {
  const seen = new Map<string, { row: IndicatorResult; note: DataQualityNote }>();
  for (const row of context.rows)
    for (const note of row.notes) {
      const key = [row.indicator, scopeKey(row.scope), periodKey(row.period), note.code].join('|');
      if (!seen.has(key)) seen.set(key, { row, note });
    }
  if (seen.size === 0)
    return sectionHtml('quality', LABELS.quality, `<p>${bilingual(LABELS.qualityEmpty)}</p>`);
  const items = [...seen.values()].map(({ row, note }) => {
    const where = joinBilingual(
      [context.titleOf(row.indicator), scopeLabel(row.scope), periodLabel(row.period)],
      ' · ',
    );
    const count =
      note.count === undefined
        ? ''
        : ` <span class="note-count">(${bilingual(LABELS.count)}: ${figureHtml(row, `note:${note.code}`)})</span>`;
    return `<li><p class="where">${bilingual(where)} <code>${escapeHtml(note.code)}</code></p><p>${bilingual(note.message)}${count}</p></li>`;
  });
  return sectionHtml('quality', LABELS.quality, `<ul class="notes">${items.join('')}</ul>`);
}
