import type { BilingualText, DataQualityNote } from '@vntip/core';
import type { IndicatorResult } from '@vntip/indicators';
import { formatNumber } from './format-number';
import { dayMonthYear } from './period-scope-labels';
import { codeLabel } from './report-labels';
import { formatFigure } from './shown-number';

const has = (row: IndicatorResult, code: string) => row.notes.some((note) => note.code === code);

/** Notes that say how a figure was counted, not why it is missing. */
const NOT_REASONS = new Set(['value_at_least', 'value_approximate', 'value_more_than']);

function targetText(row: IndicatorResult): BilingualText {
  const target = row.target;
  if (!target || target.value === undefined) return { vi: '', en: '' };
  const label = codeLabel('comparator', target.comparator ?? 'EQ');
  const lower = (text: string) => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
  const comparator = { vi: lower(label.vi), en: lower(label.en) };
  const unit = target.unit === 'PERCENT' ? ' %' : '';
  return {
    vi: `${comparator.vi} ${formatNumber(target.value, 2, 'vi')}${unit}`,
    en: `${comparator.en} ${formatNumber(target.value, 2, 'en')}${unit}`,
  };
}

function joinMessages(notes: readonly DataQualityNote[]): BilingualText {
  return {
    vi: notes.map((note) => note.message.vi.replace(/\.$/, '')).join('; '),
    en: notes.map((note) => note.message.en.replace(/\.$/, '')).join('; '),
  };
}

/**
 * Why a target card shows what it shows, in one sentence per language: whether the target is met and by how much, or,
 * when no value could be computed, the reason the data give (no victim asked for support, a zero denominator, a
 * figure withheld, no commune list, …).
 */
export function targetReason(row: IndicatorResult): BilingualText {
  const target = targetText(row);
  if (row.value !== null) {
    const value = formatFigure(row, 'value', row.value);
    switch (row.status) {
      case 'met':
        return {
          vi: `Đạt chỉ tiêu: kết quả ${value.vi}, chỉ tiêu ${target.vi}.`,
          en: `Target met: the result is ${value.en}; the target is ${target.en}.`,
        };
      case 'not_met':
        return {
          vi: `Không đạt chỉ tiêu: kết quả ${value.vi}, chỉ tiêu ${target.vi}.`,
          en: `Target not met: the result is ${value.en}; the target is ${target.en}.`,
        };
      case 'on_track': {
        const end = row.target?.period?.end;
        return {
          vi: `Chưa đạt chỉ tiêu ${target.vi} (kết quả ${value.vi}), nhưng kỳ của chỉ tiêu còn${end ? ` đến ${dayMonthYear(end)}` : ''}.`,
          en: `Not yet at the target, ${target.en} (the result is ${value.en}), but the target's period is still open${end ? ` until ${end}` : ''}.`,
        };
      }
      case 'not_quantified':
        return {
          vi: 'Văn bản không nêu con số nên không đánh giá được đạt hay không đạt.',
          en: 'The instrument gives no number, so the result cannot be judged met or not met.',
        };
      default:
        break;
    }
  }
  if (has(row, 'small_cell_suppressed'))
    return {
      vi: 'Số liệu bị ẩn để bảo vệ nạn nhân (số nhỏ, hoặc có thể dùng để suy ra số nhỏ) nên không so được với chỉ tiêu.',
      en: 'The figure is withheld to protect victims (a small count, or one that would reveal a small count), so it cannot be compared with the target.',
    };
  if (has(row, 'support_not_requested') && has(row, 'missing_denominator'))
    return {
      vi: 'Không có nạn nhân nào đề nghị hỗ trợ nên tỷ lệ không tính được.',
      en: 'No victim asked for support, so the rate cannot be computed.',
    };
  const reasons = row.notes.filter((note) => !NOT_REASONS.has(note.code));
  const why = reasons.filter((note) => note.code === 'missing_denominator');
  const rest = reasons.filter((note) => note.code !== 'missing_denominator');
  if (reasons.length > 0) {
    const text = joinMessages([...why, ...rest]);
    return {
      vi: `Không tính được kết quả: ${text.vi}.`,
      en: `No result can be computed: ${text.en}.`,
    };
  }
  return {
    vi: 'Không có bản ghi nào trong kỳ và địa bàn này để tính kết quả.',
    en: 'No record in this period and area to compute a result from.',
  };
}
