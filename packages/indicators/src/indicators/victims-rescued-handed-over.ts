import { defineIndicator, type IndicatorValue } from '@vntip/core';
import { eventPlace } from '../internal/event-place';
import { inPeriod } from '../internal/in-period';

const EVENTS = ['RESCUE', 'HANDOVER_TO_FAMILY'] as const;

/** Number of persons rescued and of persons handed over to their family: distinct persons with such a process event dated in the period. */
export const victimsRescuedHandedOver = defineIndicator({
  meta: {
    id: 'victims-rescued-handed-over',
    version: '1',
    unit: 'count',
    requires: ['process_event.personId', 'process_event.type', 'process_event.date'],
    title: {
      vi: 'Số người được giải cứu và được bàn giao về gia đình',
      en: 'Persons rescued and handed over to their family',
    },
    description: {
      vi: 'Với event = RESCUE: số người khác nhau có sự kiện giải cứu ghi ngày trong kỳ; với event = HANDOVER_TO_FAMILY: số người khác nhau có sự kiện bàn giao về gia đình ghi ngày trong kỳ. Một người có nhiều sự kiện cùng loại tính một lần. Không có mẫu số.',
      en: 'For event = RESCUE: the number of distinct persons with a rescue event dated in the period; for event = HANDOVER_TO_FAMILY: the number of distinct persons with a hand-over-to-family event dated in the period. A person with several events of one type counts once. No denominator.',
    },
  },
  create(ctx) {
    const persons = new Map<string, Set<string>>(EVENTS.map((event) => [event, new Set()]));
    return {
      record({ recordType, record }) {
        if (recordType !== 'process_event' || !inPeriod(record.date, ctx.period)) return;
        if (!ctx.inScope(eventPlace(record))) return;
        persons.get(String(record.type))?.add(String(record.personId));
      },
      end: () =>
        EVENTS.filter((event) => (persons.get(event)?.size ?? 0) > 0).map(
          (event): IndicatorValue => {
            const ids = [...(persons.get(event) ?? [])].sort();
            return {
              period: ctx.period,
              scope: ctx.scope,
              disaggregation: { event },
              numerator: ids.length,
              denominator: null,
              value: ids.length,
              lineage: ids,
              notes: [],
            };
          },
        ),
    };
  },
});
