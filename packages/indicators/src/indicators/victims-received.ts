import { defineIndicator } from '@vntip/core';
import { eventPlace } from '../internal/event-place';
import { inPeriod } from '../internal/in-period';
import { createVictimFacts, VICTIM_FACT_FIELDS } from '../internal/victim-breakdowns';

/**
 * Number of persons received: distinct persons with a RECEIPT process event dated in the period by an agency in the scope,
 * in total and by the same breakdowns as victims identified.
 */
export const victimsReceived = defineIndicator({
  meta: {
    id: 'victims-received',
    version: '1',
    unit: 'count',
    requires: [
      'process_event.personId',
      'process_event.type',
      'process_event.date',
      'process_event.agency',
      ...VICTIM_FACT_FIELDS,
    ],
    title: { vi: 'Số người được tiếp nhận', en: 'Persons received' },
    description: {
      vi: 'Số người khác nhau có sự kiện tiếp nhận (RECEIPT) ghi ngày trong kỳ, do cơ quan thuộc địa bàn thực hiện (theo địa bàn của cơ quan, nếu không có thì nơi diễn ra); không có mẫu số. Tổng (sex = ALL) và các nhóm phân tổ giống chỉ số victims-identified: giới tính, age (UNDER_18, ADULT), ageBand (nhóm tuổi CTDC), form và purpose, domestic, province nơi cư trú; tuổi tính tại ngày tiếp nhận sớm nhất trong kỳ. Người được tiếp nhận có thể chưa được xác định là nạn nhân.',
      en: 'The number of distinct persons with a RECEIPT process event dated in the period, by an agency in the scope (the agency’s area, else the place of the event); no denominator. In total (sex = ALL) and by the breakdowns of victims-identified: sex, age (UNDER_18, ADULT), ageBand (CTDC age bins), form and purpose, domestic, province of residence; age is taken at the earliest receipt in the period. A person received may not yet be identified as a victim.',
    },
  },
  create(ctx) {
    const facts = createVictimFacts();
    /** Person id → date of the earliest receipt in the period. */
    const received = new Map<string, string>();
    return {
      record(entry) {
        facts.observe(entry);
        const { recordType, record } = entry;
        if (recordType !== 'process_event' || record.type !== 'RECEIPT') return;
        if (!inPeriod(record.date, ctx.period) || !ctx.inScope(eventPlace(record))) return;
        const id = String(record.personId);
        const seen = received.get(id);
        if (seen === undefined || record.date < seen) received.set(id, record.date);
      },
      end: () => facts.values(ctx, received, { vi: 'sự kiện tiếp nhận', en: 'a receipt event' }),
    };
  },
});
