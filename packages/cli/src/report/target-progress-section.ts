import type { IndicatorResult } from '@vntip/indicators';
import type { Target } from '@vntip/schema';
import { bilingual, joinBilingual } from './bilingual-html';
import { escapeHtml } from './escape-html';
import { periodLabel, scopeLabel } from './period-scope-labels';
import { isTotal, type ReportContext } from './report-context';
import { codeLabel, LABELS, STATUS_LABELS } from './report-labels';
import { sectionHtml } from './section-html';
import { figureHtml } from './shown-number';
import { renderBarChart } from './svg-bar-chart';
import { targetReason } from './target-reason';

/** A status badge: symbol and words in both languages, the colour only repeating them. */
export function statusBadge(row: IndicatorResult): string {
  const status = STATUS_LABELS[row.status];
  return `<span class="badge status-${row.status}" data-status="${row.status}"><span aria-hidden="true">${status.symbol}</span> ${bilingual(status)}</span>`;
}

function targetHtml(row: IndicatorResult, target: Target): string {
  if (target.value === undefined || target.comparator === undefined)
    return `<span class="muted">${bilingual(LABELS.notQuantifiedTarget)}</span>`;
  return `${bilingual(codeLabel('comparator', target.comparator))} ${figureHtml(row, 'target.value')}`;
}

function sourceHtml(target: Target): string {
  const instrument = target.sourceInstrument;
  const parts = [instrument.number];
  if (instrument.date) parts.push(instrument.date.split('-').reverse().join('/'));
  if (instrument.issuer?.name) parts.push(instrument.issuer.name);
  const clause = target.clause
    ? escapeHtml(target.clause)
    : `<span class="muted">${bilingual(LABELS.clauseUnknown)}</span>`;
  return `<dt>${bilingual(LABELS.source)}</dt><dd>${escapeHtml(parts.join(', '))}</dd><dt>${bilingual(LABELS.clause)}</dt><dd>${clause}</dd>`;
}

/** The marker position of a target in the unit the bar is drawn in (a ratio's bar is in percent). */
function markerAt(row: IndicatorResult, target: Target): number | undefined {
  if (target.value === undefined) return undefined;
  return row.unit === 'ratio' && target.unit !== 'PERCENT' ? target.value * 100 : target.value;
}

function progressItem(context: ReportContext, row: IndicatorResult, target: Target): string {
  const title = context.titleOf(row.indicator);
  const where = joinBilingual([scopeLabel(row.scope), periodLabel(row.period)], ' · ');
  const at = markerAt(row, target);
  const chart = renderBarChart({
    id: context.nextId('progress-chart'),
    title: joinBilingual([title, where], ' · '),
    bars: [{ label: LABELS.value, row }],
    ...(at === undefined ? {} : { marker: { at, label: LABELS.target } }),
    ...(target.unit === 'PERCENT' && row.unit === 'ratio' ? { max: 100 } : {}),
  });
  const ratio =
    row.numerator !== null && row.denominator !== null
      ? `<dt>${bilingual(LABELS.numeratorDenominator)}</dt><dd>${figureHtml(row, 'numerator')} / ${figureHtml(row, 'denominator')}</dd>`
      : '';
  const unconfirmed =
    target.status === 'UNCONFIRMED'
      ? `<p class="unconfirmed" role="note"><span aria-hidden="true">⚠</span> ${bilingual(LABELS.unconfirmed)}</p>`
      : '';
  const note =
    target.noteVi || target.noteEn
      ? `<p class="target-note">${bilingual({ vi: target.noteVi ?? '', en: target.noteEn ?? target.noteVi ?? '' })}</p>`
      : '';
  return [
    `<article class="progress-item" data-status="${row.status}">`,
    `<h3>${bilingual(title)} ${statusBadge(row)}</h3>`,
    `<p class="where">${bilingual(where)}</p>`,
    `<p class="reason" data-status="${row.status}">${bilingual(targetReason(row))}</p>`,
    unconfirmed,
    `<figure>${chart}</figure>`,
    `<dl><dt>${bilingual(LABELS.value)}</dt><dd>${figureHtml(row)}</dd>${ratio}`,
    `<dt>${bilingual(LABELS.target)}</dt><dd>${targetHtml(row, target)}</dd>`,
    sourceHtml(target),
    '</dl>',
    note,
    '</article>',
  ].join('');
}

/** "Progress against targets": every total row that has a target, value against target, with status and source. */
export function targetProgressSection(context: ReportContext): string {
  const items = context.rows
    .filter((row) => row.target && isTotal(row.disaggregation))
    .map((row) => progressItem(context, row, row.target as Target));
  const body =
    items.length > 0 ? items.join('') : `<p class="muted">${bilingual(LABELS.progressEmpty)}</p>`;
  return sectionHtml('progress', LABELS.progress, body);
}
