import { defineIndicator } from '@vntip/core';
import { identificationDate } from '../internal/identification-date';
import { createVictimFacts, VICTIM_FACT_FIELDS } from '../internal/victim-breakdowns';

/**
 * Number of persons identified as victims: distinct persons with an IDENTIFIED_VICTIM status decision dated in the period,
 * in total and by sex, age group, CTDC age bin, form of exploitation and purpose, domestic or transnational trafficking,
 * and province of residence.
 */
export const victimsIdentified = defineIndicator({
  meta: {
    id: 'victims-identified',
    version: '3',
    unit: 'count',
    requires: [
      'status_decision.personId',
      'status_decision.status',
      'status_decision.date',
      'status_decision.decidingAgency',
      ...VICTIM_FACT_FIELDS,
    ],
    title: { vi: 'Số người được xác định là nạn nhân', en: 'Persons identified as victims' },
    description: {
      vi: 'Số người khác nhau có quyết định trạng thái IDENTIFIED_VICTIM (đã xác định là nạn nhân) ghi ngày trong kỳ, do cơ quan thuộc địa bàn quyết định, tổng (sex = ALL) và theo giới tính của bản ghi người; không có mẫu số. Người không có bản ghi người được tính vào giới tính UNKNOWN (ghi chú missing_person). Các nhóm phân tổ riêng, mỗi nhóm một khóa: age (UNDER_18, ADULT theo năm sinh so với năm của quyết định đầu tiên trong kỳ khi chắc chắn, nếu không theo nhóm tuổi, nếu không UNKNOWN); ageBand (nhóm tuổi CTDC AGE_0_8 … AGE_48_PLUS, cùng cách tính, nếu không UNKNOWN); form (hình thức bóc lột theo SDG 16.2.2, suy từ các cột sdgSeries/ctdc của danh mục mục đích) và form + purpose (từng mục đích, giữ riêng các nhóm thống kê của Việt Nam); domestic (DOMESTIC, TRANSNATIONAL) theo các bản ghi sự việc bị mua bán của người đó; province (mã tỉnh nơi cư trú kèm codeListVersion). Một người có nhiều mục đích hoặc nhiều sự việc được tính một lần ở mỗi giá trị khác nhau, nên tổng các dòng form, purpose, domestic có thể lớn hơn tổng chung. Người không có sự việc bị mua bán được tính vào UNKNOWN.',
      en: "The number of distinct persons with an IDENTIFIED_VICTIM status decision dated in the period and taken by an agency in the scope, in total (sex = ALL) and by the sex on their person record; no denominator. A person without a person record counts under sex UNKNOWN (note missing_person). Separate breakdowns, one key each: age (UNDER_18 or ADULT from the birth year against the year of the first decision in the period when that is certain, else from the age band, else UNKNOWN); ageBand (the CTDC age bins AGE_0_8 … AGE_48_PLUS, told the same way, else UNKNOWN); form (SDG 16.2.2 form of exploitation, from the sdgSeries/ctdc columns of the purpose codelist) and form + purpose (each purpose, keeping the Vietnamese reporting categories distinct); domestic (DOMESTIC or TRANSNATIONAL) from the person's trafficking events; province (province code of residence with its codeListVersion). A person with several purposes or events counts once under each distinct value, so form, purpose and domestic rows can add up to more than the total. A person without a trafficking event counts under UNKNOWN.",
    },
  },
  create(ctx) {
    const facts = createVictimFacts();
    /** Person id → date of the earliest identification decision in the period. */
    const victims = new Map<string, string>();
    return {
      record(entry) {
        facts.observe(entry);
        const decided = identificationDate(entry, ctx);
        if (decided === undefined) return;
        const id = String(entry.record.personId);
        const seen = victims.get(id);
        if (seen === undefined || decided < seen) victims.set(id, decided);
      },
      end: () =>
        facts.values(ctx, victims, {
          vi: 'quyết định xác định là nạn nhân',
          en: 'an identification decision',
        }),
    };
  },
});
