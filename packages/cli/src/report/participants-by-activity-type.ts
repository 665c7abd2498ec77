import { type DataQualityNote, defineIndicator, type IndicatorValue } from '@vntip/core';

/** How a participant total is given in the data: a `quantityQualifier` code, `EXACT` when absent. */
type SourceQualifier = 'EXACT' | 'AT_LEAST' | 'MORE_THAN' | 'APPROXIMATE';

interface Sum {
  total: number;
  ids: string[];
  qualifier: SourceQualifier;
}

function sourceQualifier(code: unknown): SourceQualifier {
  return code === 'AT_LEAST' || code === 'MORE_THAN' || code === 'APPROXIMATE' ? code : 'EXACT';
}

/**
 * The qualifier of a sum, in the words of the data: an approximate figure makes it approximate; otherwise “more than”
 * wins over “at least” (x > a and y ≥ b give x + y > a + b), and either over an exact figure.
 */
export function combineSourceQualifiers(a: SourceQualifier, b: SourceQualifier): SourceQualifier {
  for (const q of ['APPROXIMATE', 'MORE_THAN', 'AT_LEAST'] as const)
    if (a === q || b === q) return q;
  return 'EXACT';
}

/** The note a sum given only as “more than …” carries, so that the report can write “hơn” / “more than”. */
export const MORE_THAN_NOTE: DataQualityNote = {
  code: 'value_more_than',
  message: {
    vi: 'Giá trị là mức tối thiểu: số người tham dự được ghi là “trên …”, số thật lớn hơn.',
    en: 'The value is a lower bound: participants are given as “more than …”; the true figure is larger.',
  },
};

const NEAR_NOTES: Readonly<Record<'AT_LEAST' | 'APPROXIMATE', DataQualityNote>> = {
  AT_LEAST: {
    code: 'value_at_least',
    message: {
      vi: 'Giá trị là mức tối thiểu (≥), không phải số đếm chính xác.',
      en: 'The value is a lower bound (≥), not an exact count.',
    },
  },
  APPROXIMATE: {
    code: 'value_approximate',
    message: {
      vi: 'Giá trị là số gần đúng (≈), không phải số đếm chính xác.',
      en: 'The value is approximate (≈), not an exact count.',
    },
  },
};

/**
 * Participants of prevention activities by activity type, for the report's key figures: the sum of
 * `participants.total` over the activities lying wholly in the period and scope. A sum with an approximate figure has
 * qualifier APPROXIMATE; one with only lower bounds AT_LEAST, and the note `value_more_than` when every bound was
 * “more than”.
 */
export const participantsByActivityType = defineIndicator({
  meta: {
    id: 'participants-by-activity-type',
    version: '1',
    unit: 'count',
    requires: [
      'prevention_activity.activityType',
      'prevention_activity.participants.total',
      'prevention_activity.participants.qualifier',
      'prevention_activity.startDate',
      'prevention_activity.endDate',
    ],
    title: { vi: 'Số người tham dự theo loại hoạt động', en: 'Participants by activity type' },
    description: {
      vi: 'Tổng participants.total của các hoạt động phòng ngừa có ngày bắt đầu và kết thúc nằm trọn trong kỳ, theo loại hoạt động; số ghi “khoảng” cho qualifier APPROXIMATE, số ghi “trên”, “ít nhất” cho AT_LEAST (ghi chú value_more_than khi mọi số đều ghi “trên”).',
      en: 'The sum of participants.total over the prevention activities whose start and end dates lie wholly in the period, by activity type; a figure given as “about” gives qualifier APPROXIMATE, one given as “more than” or “at least” AT_LEAST (note value_more_than when every figure is “more than”).',
    },
  },
  create(ctx) {
    const sums = new Map<string, Sum>();
    return {
      record({ recordType, record }) {
        if (recordType !== 'prevention_activity' || typeof record.startDate !== 'string') return;
        const start = record.startDate;
        const end = typeof record.endDate === 'string' ? record.endDate : start;
        if (start < ctx.period.start || end > ctx.period.end || !ctx.inScope(record.location))
          return;
        const participants = record.participants as { total?: unknown; qualifier?: unknown };
        if (typeof participants?.total !== 'number' || typeof record.activityType !== 'string')
          return;
        const sum = sums.get(record.activityType) ?? { total: 0, ids: [], qualifier: 'EXACT' };
        sum.total += participants.total;
        sum.ids.push(String(record.id));
        sum.qualifier = combineSourceQualifiers(
          sum.qualifier,
          sourceQualifier(participants.qualifier),
        );
        sums.set(record.activityType, sum);
      },
      end() {
        return [...sums.entries()]
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([activityType, sum]): IndicatorValue => {
            const qualifier =
              sum.qualifier === 'EXACT'
                ? undefined
                : sum.qualifier === 'APPROXIMATE'
                  ? 'APPROXIMATE'
                  : 'AT_LEAST';
            return {
              period: ctx.period,
              scope: ctx.scope,
              disaggregation: { activityType },
              numerator: sum.total,
              denominator: null,
              value: sum.total,
              ...(qualifier ? { qualifier } : {}),
              lineage: sum.ids,
              notes:
                sum.qualifier === 'MORE_THAN'
                  ? [MORE_THAN_NOTE]
                  : qualifier
                    ? [NEAR_NOTES[qualifier]]
                    : [],
            };
          });
      },
    };
  },
});
