import { type DataQualityNote, defineIndicator } from '@vntip/core';
import { activityPlace } from '../internal/activity-place';
import { qualifierOf } from '../internal/count-qualifier';
import { type CountedGroup, countValues } from '../internal/count-values';
import { GroupCounter } from '../internal/group-counter';
import { periodNotResolvableNote } from '../internal/period-resolution';

interface Participants {
  readonly total?: unknown;
  readonly qualifier?: unknown;
}

/** People trained: the sum of `participants.total` of the training activities lying wholly in the period, by the activity's target groups. */
export const peopleTrained = defineIndicator({
  meta: {
    id: 'people-trained',
    version: '2',
    unit: 'count',
    requires: [
      'prevention_activity.activityType',
      'prevention_activity.participants.total',
      'prevention_activity.participants.qualifier',
      'prevention_activity.targetGroups',
      'prevention_activity.startDate',
      'prevention_activity.endDate',
    ],
    title: { vi: 'Số người được tập huấn', en: 'People trained' },
    description: {
      vi: 'Tổng participants.total của các bản ghi hoạt động phòng ngừa loại tập huấn (TRAINING) có ngày bắt đầu và kết thúc nằm trọn trong kỳ, theo nhóm mục tiêu của hoạt động (targetGroups). Hoạt động có nhiều nhóm mục tiêu được tính đủ vào mỗi nhóm, nên cộng các nhóm có thể lớn hơn số người thực tế; hoạt động không ghi nhóm được tính vào UNSPECIFIED. Lớp tập huấn không ghi người tham dự được đếm trong ghi chú missing_participants; số ghi “trên”, “ít nhất” hoặc “khoảng” trong approximate_counts, và giá trị khi đó có qualifier AT_LEAST (in “≥ n”) hoặc APPROXIMATE (in “≈ n”), không bao giờ là một số đếm chính xác. Lớp kéo dài ra ngoài kỳ được tính ở kỳ nhỏ nhất chứa trọn nó (ghi chú period_not_resolvable ở các kỳ ngắn hơn).',
      en: 'The sum of participants.total over the training (TRAINING) prevention-activity records whose start and end dates lie wholly in the period, by the activity’s target groups (targetGroups). An activity with several target groups counts in full under each of them, so adding the groups can exceed the number of people; an activity with none counts under UNSPECIFIED. Trainings without participants are counted in the missing_participants note, and totals given as “more than”, “at least” or “about” in approximate_counts; the value then has qualifier AT_LEAST (printed “≥ n”) or APPROXIMATE (printed “≈ n”) and is never an exact count. A training extending beyond the period counts in the smallest period containing it whole (note period_not_resolvable in the shorter periods).',
    },
  },
  create(ctx) {
    const counter = new GroupCounter();
    let missing = 0;
    let approximate = 0;
    let unresolvable = 0;
    return {
      record({ recordType, record }) {
        if (record.activityType !== 'TRAINING') return;
        const place = activityPlace({ recordType, record }, ctx);
        if (place === 'outside') return;
        if (place === 'overlap') {
          unresolvable += 1;
          return;
        }
        const participants = record.participants as Participants | undefined;
        if (typeof participants?.total !== 'number') {
          missing += 1;
          return;
        }
        const qualifier = participants.qualifier;
        if (qualifierOf(qualifier)) approximate += 1;
        const groups = (record.targetGroups as readonly string[] | undefined) ?? [];
        for (const group of groups.length > 0 ? groups : ['UNSPECIFIED'])
          counter.add(group, participants.total, String(record.id), qualifier);
      },
      end() {
        const notes: DataQualityNote[] = [];
        if (missing > 0)
          notes.push({
            code: 'missing_participants',
            message: {
              vi: `${missing} lớp tập huấn không ghi số người tham dự nên không được tính.`,
              en: `${missing} trainings give no participants and are not counted.`,
            },
            count: missing,
          });
        if (approximate > 0)
          notes.push({
            code: 'approximate_counts',
            message: {
              vi: `${approximate} lớp tập huấn chỉ ghi số người ước lượng (“trên”, “ít nhất”, “khoảng”); tổng là số tối thiểu hoặc gần đúng.`,
              en: `${approximate} trainings give only an approximate figure (“more than”, “at least”, “about”); the sum is a lower bound or an approximation.`,
            },
            count: approximate,
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
