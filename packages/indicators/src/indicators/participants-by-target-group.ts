import { type DataQualityNote, defineIndicator } from '@vntip/core';
import { activityPlace } from '../internal/activity-place';
import { type CountedGroup, countValues } from '../internal/count-values';
import { GroupCounter } from '../internal/group-counter';
import { periodNotResolvableNote } from '../internal/period-resolution';

interface Participants {
  readonly total?: unknown;
  readonly byTargetGroup?: readonly { readonly targetGroup?: unknown; readonly count?: unknown }[];
}

/** Participants in prevention activities by target group: the sum of `participants.byTargetGroup` counts over the activities lying wholly in the period. */
export const participantsByTargetGroup = defineIndicator({
  meta: {
    id: 'participants-by-target-group',
    version: '2',
    unit: 'count',
    requires: [
      'prevention_activity.participants.byTargetGroup',
      'prevention_activity.participants.total',
      'prevention_activity.startDate',
      'prevention_activity.endDate',
    ],
    title: { vi: 'Số người tham dự theo nhóm mục tiêu', en: 'Participants by target group' },
    description: {
      vi: 'Tổng các số đếm trong participants.byTargetGroup (count) của các bản ghi hoạt động phòng ngừa có ngày bắt đầu và kết thúc nằm trọn trong kỳ, theo nhóm mục tiêu (targetGroup). Chỉ tính phân tách theo nhóm mà bản ghi ghi rõ; không suy ra từ trường targetGroups. Hoạt động có ghi người tham dự nhưng không có phân tách theo nhóm được đếm trong ghi chú missing_breakdown; hoạt động kéo dài ra ngoài kỳ được tính ở kỳ nhỏ nhất chứa trọn nó (ghi chú period_not_resolvable ở các kỳ ngắn hơn). Các số theo nhóm là số đếm riêng, không mang mức chính xác của tổng số.',
      en: 'The sum of the participants.byTargetGroup counts over the prevention-activity records whose start and end dates lie wholly in the period, by target group (targetGroup). Only breakdowns the record states are counted; nothing is inferred from the targetGroups field. Activities that give participants but no breakdown by group are counted in the missing_breakdown note; an activity extending beyond the period counts in the smallest period containing it whole (note period_not_resolvable in the shorter periods). The counts by group are figures of their own and do not carry the qualifier of the total.',
    },
  },
  create(ctx) {
    const counter = new GroupCounter();
    let missing = 0;
    let unresolvable = 0;
    return {
      record({ recordType, record }) {
        const place = activityPlace({ recordType, record }, ctx);
        if (place === 'outside') return;
        if (place === 'overlap') {
          unresolvable += 1;
          return;
        }
        const participants = record.participants as Participants | undefined;
        if (!participants) return;
        const breakdown = participants.byTargetGroup ?? [];
        if (breakdown.length === 0) {
          missing += 1;
          return;
        }
        for (const { targetGroup, count } of breakdown)
          if (typeof count === 'number') counter.add(String(targetGroup), count, String(record.id));
      },
      end() {
        const notes: DataQualityNote[] = [];
        if (missing > 0)
          notes.push({
            code: 'missing_breakdown',
            message: {
              vi: `${missing} hoạt động có ghi người tham dự nhưng không phân tách theo nhóm mục tiêu nên không được tính.`,
              en: `${missing} activities give participants but no breakdown by target group and are not counted.`,
            },
            count: missing,
          });
        if (unresolvable > 0)
          notes.push(periodNotResolvableNote(unresolvable, 'prevention_activity'));
        return countValues(
          ctx,
          counter.entries().map(([targetGroup, group]): CountedGroup => [{ targetGroup }, group]),
          notes,
        );
      },
    };
  },
});
