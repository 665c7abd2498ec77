import { type DataQualityNote, defineIndicator } from '@vntip/core';
import { activityInScope } from '../internal/activity-in-scope';
import { type CountedGroup, countValues } from '../internal/count-values';
import { GroupCounter } from '../internal/group-counter';

interface Participants {
  readonly total?: unknown;
  readonly byTargetGroup?: readonly { readonly targetGroup?: unknown; readonly count?: unknown }[];
}

/** Participants in prevention activities by target group: the sum of `participants.byTargetGroup` counts over the activities that start in the period. */
export const participantsByTargetGroup = defineIndicator({
  meta: {
    id: 'participants-by-target-group',
    version: '1',
    unit: 'count',
    requires: [
      'prevention_activity.participants.byTargetGroup',
      'prevention_activity.participants.total',
      'prevention_activity.startDate',
    ],
    title: { vi: 'Số người tham dự theo nhóm mục tiêu', en: 'Participants by target group' },
    description: {
      vi: 'Tổng các số đếm trong participants.byTargetGroup (count) của các bản ghi hoạt động phòng ngừa bắt đầu trong kỳ, theo nhóm mục tiêu (targetGroup). Chỉ tính phân tách theo nhóm mà bản ghi ghi rõ; không suy ra từ trường targetGroups. Hoạt động có ghi người tham dự nhưng không có phân tách theo nhóm được đếm trong ghi chú missing_breakdown.',
      en: 'The sum of the participants.byTargetGroup counts over the prevention-activity records that start in the period, by target group (targetGroup). Only breakdowns the record states are counted; nothing is inferred from the targetGroups field. Activities that give participants but no breakdown by group are counted in the missing_breakdown note.',
    },
  },
  create(ctx) {
    const counter = new GroupCounter();
    let missing = 0;
    return {
      record({ recordType, record }) {
        if (!activityInScope({ recordType, record }, ctx)) return;
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
        const notes: DataQualityNote[] =
          missing > 0
            ? [
                {
                  code: 'missing_breakdown',
                  message: {
                    vi: `${missing} hoạt động có ghi người tham dự nhưng không phân tách theo nhóm mục tiêu nên không được tính.`,
                    en: `${missing} activities give participants but no breakdown by target group and are not counted.`,
                  },
                  count: missing,
                },
              ]
            : [];
        return countValues(
          ctx,
          counter.entries().map(([targetGroup, group]): CountedGroup => [{ targetGroup }, group]),
          notes,
        );
      },
    };
  },
});
