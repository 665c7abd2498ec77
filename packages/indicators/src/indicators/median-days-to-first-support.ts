import { defineIndicator, type IndicatorValue } from '@vntip/core';
import { daysBetween } from '../internal/days-between';
import { eventPlace } from '../internal/event-place';
import { inPeriod } from '../internal/in-period';
import { median } from '../internal/median';

/** Median days from a person's first receipt to the first support provided on or after it, for first supports in the period. */
export const medianDaysToFirstSupport = defineIndicator({
  meta: {
    id: 'median-days-to-first-support',
    version: '1',
    unit: 'days',
    requires: [
      'process_event.personId',
      'process_event.type',
      'process_event.date',
      'support_service.personId',
      'support_service.status',
      'support_service.date',
    ],
    title: {
      vi: 'Số ngày trung vị từ tiếp nhận đến hỗ trợ đầu tiên',
      en: 'Median days from receipt to first support',
    },
    description: {
      vi: 'Với mỗi người: số ngày từ sự kiện tiếp nhận (RECEIPT) sớm nhất đến hỗ trợ đầu tiên có trạng thái PROVIDED ghi ngày từ ngày đó trở đi; chỉ tính người có hỗ trợ đầu tiên trong kỳ. Giá trị là trung vị; mẫu số là số người được tính. Người được tiếp nhận nhưng chưa có hỗ trợ ghi ngày được nêu trong ghi chú.',
      en: 'For each person: the days from their earliest RECEIPT event to their first PROVIDED support dated on or after it; only persons whose first support falls in the period count. The value is the median; the denominator is the number of persons counted. Persons received without a dated support are listed in a note.',
    },
  },
  create(ctx) {
    const receipts = new Map<string, string>();
    const supports = new Map<string, string[]>();
    return {
      record({ recordType, record }) {
        const personId = String(record.personId);
        const date = record.date;
        if (typeof date !== 'string') return;
        if (recordType === 'process_event' && record.type === 'RECEIPT') {
          if (!ctx.inScope(eventPlace(record))) return;
          const earliest = receipts.get(personId);
          if (!earliest || date < earliest) receipts.set(personId, date);
        } else if (recordType === 'support_service' && record.status === 'PROVIDED') {
          supports.set(personId, [...(supports.get(personId) ?? []), date]);
        }
      },
      end() {
        const days: number[] = [];
        const counted: string[] = [];
        let waiting = 0;
        for (const [personId, receivedOn] of [...receipts].sort(([a], [b]) => a.localeCompare(b))) {
          const first = (supports.get(personId) ?? []).filter((d) => d >= receivedOn).sort()[0];
          if (first === undefined) {
            waiting++;
            continue;
          }
          if (!inPeriod(first, ctx.period)) continue;
          days.push(daysBetween(receivedOn, first));
          counted.push(personId);
        }
        if (counted.length === 0 && waiting === 0) return [];
        const value: IndicatorValue = {
          period: ctx.period,
          scope: ctx.scope,
          disaggregation: {},
          numerator: null,
          denominator: counted.length,
          value: counted.length > 0 ? median(days) : null,
          lineage: counted,
          notes:
            waiting > 0
              ? [
                  {
                    code: 'no_dated_support',
                    message: {
                      // The figure is in `count` only: a protected export drops it, and the message must not keep it.
                      vi: 'Có người đã được tiếp nhận nhưng chưa có hỗ trợ được cung cấp có ghi ngày.',
                      en: 'Some received persons have no dated provided support.',
                    },
                    count: waiting,
                  },
                ]
              : [],
        };
        return [value];
      },
    };
  },
});
