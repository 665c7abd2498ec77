import type { IndicatorResult } from '@vntip/indicators';
import { NATIONAL_TARGETS } from '@vntip/schema';
import { describe, expect, it } from 'vitest';
import { targetReason } from './target-reason';

const target = NATIONAL_TARGETS.find((t) => t.indicatorId === 'victim-support-access-rate');

function row(overrides: Partial<IndicatorResult>): IndicatorResult {
  return {
    indicator: 'victim-support-access-rate',
    unit: 'ratio',
    period: { start: '2024-01-01', end: '2024-12-31' },
    scope: { level: 'national', code: 'VN' },
    disaggregation: {},
    numerator: null,
    denominator: null,
    value: null,
    lineage: [],
    notes: [],
    status: 'no_data',
    ...(target ? { target } : {}),
    ...overrides,
  };
}

const note = (code: string, vi: string, en: string) => ({ code, message: { vi, en } });

describe('targetReason', () => {
  it('says no victim asked for support when every victim is left out of the denominator', () => {
    const reason = targetReason(
      row({
        notes: [
          note('support_not_requested', 'Nạn nhân không có nhu cầu.', 'No support asked.'),
          note('missing_denominator', 'Mẫu số 0.', 'Denominator 0.'),
        ],
      }),
    );
    expect(reason).toEqual({
      vi: 'Không có nạn nhân nào đề nghị hỗ trợ nên tỷ lệ không tính được.',
      en: 'No victim asked for support, so the rate cannot be computed.',
    });
  });

  it('gives the notes as the reason otherwise, the denominator first', () => {
    const reason = targetReason(
      row({
        notes: [
          note('outlet_months_unknown', 'Tháng không rõ.', 'Months unknown.'),
          note('missing_denominator', 'Không có tháng-cơ quan.', 'No outlet-months.'),
        ],
      }),
    );
    expect(reason.vi).toBe('Không tính được kết quả: Không có tháng-cơ quan; Tháng không rõ.');
    expect(reason.en).toBe('No result can be computed: No outlet-months; Months unknown.');
  });

  it('says a withheld figure cannot be compared', () => {
    expect(
      targetReason(row({ notes: [note('small_cell_suppressed', 'Ẩn.', 'Withheld.')] })).en,
    ).toContain('withheld to protect victims');
  });

  it('states met and not met with the value and the target', () => {
    expect(targetReason(row({ value: 1, numerator: 3, denominator: 3, status: 'met' })).vi).toBe(
      'Đạt chỉ tiêu: kết quả 100 %, chỉ tiêu bằng 100 %.',
    );
    expect(
      targetReason(row({ value: 0.755, numerator: 3, denominator: 4, status: 'not_met' })).en,
    ).toBe('Target not met: the result is 75.5 %; the target is equal to 100 %.');
  });
});
