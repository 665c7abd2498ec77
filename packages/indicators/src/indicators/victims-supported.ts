import { defineIndicator } from '@vntip/core';
import { inPeriod } from '../internal/in-period';
import { createVictimFacts, VICTIM_FACT_FIELDS } from '../internal/victim-breakdowns';

/**
 * Number of persons supported: distinct persons with a support service PROVIDED, dated in the period, by a provider
 * in the scope, in total and by the same breakdowns as victims identified.
 */
export const victimsSupported = defineIndicator({
  meta: {
    id: 'victims-supported',
    version: '1',
    unit: 'count',
    requires: [
      'support_service.personId',
      'support_service.status',
      'support_service.date',
      'support_service.provider',
      ...VICTIM_FACT_FIELDS,
    ],
    title: { vi: 'Số người được hỗ trợ', en: 'Persons supported' },
    description: {
      vi: 'Số người khác nhau có ít nhất một dịch vụ hỗ trợ đã cung cấp (status = PROVIDED) ghi ngày trong kỳ, do cơ quan thuộc địa bàn cung cấp; không có mẫu số. Tổng (sex = ALL) và các nhóm phân tổ giống chỉ số victims-identified: giới tính, age (UNDER_18, ADULT), ageBand (nhóm tuổi CTDC), form và purpose, domestic, province nơi cư trú; tuổi tính tại ngày hỗ trợ sớm nhất trong kỳ. Hỗ trợ đã cung cấp nhưng không ghi ngày không xếp được vào kỳ nên không được tính (ghi chú undated_support).',
      en: 'The number of distinct persons with at least one support service PROVIDED, dated in the period, by a provider in the scope; no denominator. In total (sex = ALL) and by the breakdowns of victims-identified: sex, age (UNDER_18, ADULT), ageBand (CTDC age bins), form and purpose, domestic, province of residence; age is taken at the earliest support in the period. Support provided without a date cannot be placed in a period and is not counted (note undated_support).',
    },
  },
  create(ctx) {
    const facts = createVictimFacts();
    /** Person id → date of the earliest support provided in the period. */
    const supported = new Map<string, string>();
    let undated = 0;
    return {
      record(entry) {
        facts.observe(entry);
        const { recordType, record } = entry;
        if (recordType !== 'support_service' || record.status !== 'PROVIDED') return;
        if (record.date === undefined) {
          if (ctx.inScope(record.provider)) undated += 1;
          return;
        }
        if (!inPeriod(record.date, ctx.period) || !ctx.inScope(record.provider)) return;
        const id = String(record.personId);
        const seen = supported.get(id);
        if (seen === undefined || record.date < seen) supported.set(id, record.date);
      },
      end: () =>
        facts.values(
          ctx,
          supported,
          { vi: 'hỗ trợ đã cung cấp', en: 'support provided' },
          undated > 0
            ? [
                {
                  code: 'undated_support',
                  count: undated,
                  message: {
                    vi: 'Hỗ trợ đã cung cấp nhưng không ghi ngày; không được tính.',
                    en: 'Support provided without a date; not counted.',
                  },
                },
              ]
            : [],
        ),
    };
  },
});
