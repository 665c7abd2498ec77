import type { BilingualText } from '@vntip/core';
import type { IndicatorResult } from '@vntip/indicators';
import { bilingual, joinBilingual } from './bilingual-html';
import { formatNumber } from './format-number';
import { periodKey, periodLabel, scopeKey, scopeLabel } from './period-scope-labels';
import { groupBy, type ReportContext } from './report-context';
import { codeLabel, dimensionLabel, LABELS, type ReportProfile } from './report-labels';
import { sectionHtml } from './section-html';

/** What the privacy protection of a statistical report did, as the de-identifier reports it. */
export interface ReportProtection {
  /** Counts below this are small. */
  readonly threshold?: number;
  /** Cells withheld because they were small. */
  readonly suppressed: number;
  /** Cells withheld so that no withheld cell can be worked out from the published ones. */
  readonly complementary: number;
}

const withheld = (row: IndicatorResult) =>
  row.value === null && row.notes.some((note) => note.code === 'small_cell_suppressed');
const breakdownGone = (row: IndicatorResult) =>
  row.notes.some((note) => note.code === 'breakdown_withheld');

/** A withheld cell named with its dimensions: `Giới tính: Không rõ`, `Tình trạng: Không đề nghị · Loại hỗ trợ: Tổng`. */
function cellLabel(context: ReportContext, row: IndicatorResult): BilingualText {
  const version = row.disaggregation.codeListVersion;
  const parts = Object.entries(row.disaggregation)
    .filter(([key]) => key !== 'codeListVersion')
    .map(([key, code]) => {
      const dimension = dimensionLabel(key);
      const value = codeLabel(key, code, version, context.names);
      return { vi: `${dimension.vi}: ${value.vi}`, en: `${dimension.en}: ${value.en}` };
    });
  return parts.length > 0 ? joinBilingual(parts, ' · ') : LABELS.total;
}

function why(protection: ReportProtection | undefined): BilingualText {
  const t = protection?.threshold;
  const small = (locale: 'vi' | 'en') =>
    t === undefined ? '' : ` (${locale === 'vi' ? 'dưới' : 'below'} ${formatNumber(t, 0, locale)})`;
  return {
    vi: `Lý do: ô là số nhỏ${small('vi')} có thể giúp nhận ra nạn nhân, hoặc là ô mà nếu công bố thì cộng trừ với các ô khác sẽ suy ra được một số nhỏ.`,
    en: `Why: the cell is a small count${small('en')} that could help recognise a victim, or a cell from which, added to or subtracted from others, a small count could be worked out.`,
  };
}

/**
 * "Figures withheld": in a statistical report, where a figure was withheld and why, in words, one line per indicator,
 * area and period, naming the breakdowns withheld; in an internal report, that nothing was withheld.
 */
export function withheldSection(
  context: ReportContext,
  profile: ReportProfile,
  protection?: ReportProtection,
): string {
  if (profile === 'internal')
    return sectionHtml('withheld', LABELS.privacy, `<p>${bilingual(LABELS.internalNotice)}</p>`);
  const rows = context.rows.filter((row) => withheld(row) || breakdownGone(row));
  if (rows.length === 0)
    return sectionHtml(
      'withheld',
      LABELS.privacy,
      `<p>${bilingual(LABELS.statisticalNotice)}</p><p>${bilingual(LABELS.privacyNone)}</p>`,
    );
  const groups = groupBy(rows, (row) =>
    [row.indicator, scopeKey(row.scope), periodKey(row.period)].join('|'),
  );
  const items = [...groups.values()].map((group) => {
    const first = group[0] as IndicatorResult;
    const where = joinBilingual(
      [context.titleOf(first.indicator), scopeLabel(first.scope), periodLabel(first.period)],
      ' · ',
    );
    const cells = group.filter(withheld).map((row) => cellLabel(context, row));
    const parts: string[] = [];
    if (cells.length > 0)
      parts.push(
        bilingual({
          vi: `Ẩn ${cells.length} ô: ${cells.map((c) => c.vi).join('; ')}.`,
          en: `${cells.length} withheld: ${cells.map((c) => c.en).join('; ')}.`,
        }),
      );
    if (group.some(breakdownGone))
      parts.push(
        bilingual({
          vi: 'Một phân tổ bị ẩn toàn bộ vì quá ít người để phân tổ.',
          en: 'A breakdown is withheld as a whole: too few persons to break down.',
        }),
      );
    return `<li><p class="where">${bilingual(where)}</p><p>${parts.join(' ')}</p></li>`;
  });
  const total = (protection?.suppressed ?? 0) + (protection?.complementary ?? 0);
  const summary =
    protection && total > 0
      ? `<p>${bilingual({
          vi: `Tổng cộng ${formatNumber(total, 0, 'vi')} ô bị ẩn: ${formatNumber(protection.suppressed, 0, 'vi')} ô vì là số nhỏ, ${formatNumber(protection.complementary, 0, 'vi')} ô để không suy ra được các ô đó.`,
          en: `${formatNumber(total, 0, 'en')} cells withheld in all: ${formatNumber(protection.suppressed, 0, 'en')} as small counts, ${formatNumber(protection.complementary, 0, 'en')} so that those cannot be worked out.`,
        })}</p>`
      : '';
  return sectionHtml(
    'withheld',
    LABELS.privacy,
    `<p>${bilingual(LABELS.statisticalNotice)}</p>${summary}<p>${bilingual(why(protection))}</p><ul class="notes">${items.join('')}</ul>`,
  );
}
