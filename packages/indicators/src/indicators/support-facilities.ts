import { defineIndicator } from '@vntip/core';
import { type CountedGroup, countValues } from '../internal/count-values';
import { GroupCounter } from '../internal/group-counter';

/** Support facilities operating in the period, in the scope, by facility type; each facility record once. */
export const supportFacilities = defineIndicator({
  meta: {
    id: 'support-facilities',
    version: '1',
    unit: 'count',
    requires: ['facility.facilityType', 'facility.unit', 'facility.validFrom', 'facility.validTo'],
    title: {
      vi: 'Số cơ sở trợ giúp, hỗ trợ nạn nhân',
      en: 'Support facilities',
    },
    description: {
      vi: 'Số bản ghi facility khác nhau (theo mã) có địa bàn thuộc địa bàn yêu cầu và hoạt động trong kỳ (validFrom không sau ngày cuối kỳ, validTo không trước ngày đầu kỳ; bỏ trống là không giới hạn), theo loại cơ sở (facilityType). Một cơ sở nhiều cơ quan cùng báo cáo vẫn là một bản ghi, nên không bị đếm hai lần; số người được hỗ trợ tại cơ sở thuộc chỉ số support-recipients.',
      en: 'The distinct facility records (by id) located in the scope and operating in the period (validFrom not after its last day, validTo not before its first; omitted means unbounded), by facility type (facilityType). A facility several agencies report on is still one record, so it never counts twice; persons supported in facilities belong to the support-recipients indicator.',
    },
  },
  create(ctx) {
    const seen = new Set<string>();
    const counter = new GroupCounter();
    return {
      record({ recordType, record }) {
        if (recordType !== 'facility') return;
        const id = String(record.id);
        if (seen.has(id)) return;
        if (typeof record.validFrom === 'string' && record.validFrom > ctx.period.end) return;
        if (typeof record.validTo === 'string' && record.validTo < ctx.period.start) return;
        if (!ctx.inScope(record.unit)) return;
        seen.add(id);
        counter.add(String(record.facilityType), 1, id);
      },
      end: () =>
        countValues(
          ctx,
          counter.entries().map(([facilityType, group]): CountedGroup => [{ facilityType }, group]),
          [],
        ),
    };
  },
});
