import { type DataQualityNote, defineIndicator, type IndicatorValue } from '@vntip/core';
import { inPeriod } from '../internal/in-period';

/** Number of persons identified as victims: distinct persons with an IDENTIFIED_VICTIM status decision dated in the period, by sex. */
export const victimsIdentified = defineIndicator({
  meta: {
    id: 'victims-identified',
    version: '1',
    unit: 'count',
    requires: [
      'status_decision.personId',
      'status_decision.status',
      'status_decision.date',
      'person.sex',
    ],
    title: { vi: 'Số người được xác định là nạn nhân', en: 'Persons identified as victims' },
    description: {
      vi: 'Số người khác nhau có quyết định trạng thái IDENTIFIED_VICTIM (đã xác định là nạn nhân) ghi ngày trong kỳ, tổng (sex = ALL) và theo giới tính của bản ghi người. Không có mẫu số. Người không có bản ghi người được tính vào giới tính UNKNOWN (ghi chú missing_person).',
      en: 'The number of distinct persons with an IDENTIFIED_VICTIM status decision dated in the period, in total (sex = ALL) and by the sex on their person record. No denominator. A person without a person record counts under sex UNKNOWN (note missing_person).',
    },
  },
  create(ctx) {
    const sexes = new Map<string, string>();
    const victims = new Set<string>();
    return {
      record({ recordType, record }) {
        if (recordType === 'person') sexes.set(String(record.id), String(record.sex));
        else if (
          recordType === 'status_decision' &&
          record.status === 'IDENTIFIED_VICTIM' &&
          inPeriod(record.date, ctx.period)
        )
          victims.add(String(record.personId));
      },
      end() {
        if (victims.size === 0) return [];
        const bySex = new Map<string, string[]>([['ALL', []]]);
        let missing = 0;
        for (const id of [...victims].sort()) {
          const sex = sexes.get(id);
          if (sex === undefined) missing += 1;
          bySex.get('ALL')?.push(id);
          const key = sex ?? 'UNKNOWN';
          bySex.set(key, [...(bySex.get(key) ?? []), id]);
        }
        const notes: DataQualityNote[] =
          missing > 0
            ? [
                {
                  code: 'missing_person',
                  count: missing,
                  message: {
                    vi: 'Người có quyết định xác định là nạn nhân nhưng không có bản ghi người; tính vào giới tính UNKNOWN.',
                    en: 'Persons with an identification decision but no person record; counted under sex UNKNOWN.',
                  },
                },
              ]
            : [];
        return [...bySex]
          .sort(([a], [b]) => (a === 'ALL' ? -1 : b === 'ALL' ? 1 : a.localeCompare(b)))
          .map(
            ([sex, ids]): IndicatorValue => ({
              period: ctx.period,
              scope: { level: 'national', code: 'VN' },
              disaggregation: { sex },
              numerator: ids.length,
              denominator: null,
              value: ids.length,
              lineage: ids,
              notes: sex === 'ALL' ? notes : [],
            }),
          );
      },
    };
  },
});
