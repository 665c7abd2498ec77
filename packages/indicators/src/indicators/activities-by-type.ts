import { type DataQualityNote, defineIndicator } from '@vntip/core';
import { activityPlace } from '../internal/activity-place';
import { type CountedGroup, countValues } from '../internal/count-values';
import { GroupCounter } from '../internal/group-counter';
import { periodNotResolvableNote } from '../internal/period-resolution';

/** Number of prevention activities by type: the sum of `activityCount` of the activities lying wholly in the period. */
export const activitiesByType = defineIndicator({
  meta: {
    id: 'activities-by-type',
    version: '2',
    unit: 'count',
    requires: [
      'prevention_activity.activityType',
      'prevention_activity.activityCount',
      'prevention_activity.activityCountQualifier',
      'prevention_activity.startDate',
      'prevention_activity.endDate',
    ],
    title: { vi: 'Số hoạt động phòng ngừa theo loại', en: 'Prevention activities by type' },
    description: {
      vi: 'Tổng số hoạt động (trường activityCount) của các bản ghi hoạt động phòng ngừa có ngày bắt đầu và kết thúc nằm trọn trong kỳ, theo loại hoạt động. Một dòng "30 hội nghị" đếm là 30. Khi một số được cộng chỉ là mức tối thiểu (activityCountQualifier AT_LEAST hoặc MORE_THAN, ví dụ bài báo nêu có cấp phát tờ rơi mà không nói bao nhiêu đợt), giá trị có qualifier AT_LEAST và được in là “≥ n”; khi một số là số gần đúng (APPROXIMATE), qualifier APPROXIMATE, in là “≈ n”. Hoạt động kéo dài ra ngoài kỳ không được tính vào kỳ nó bắt đầu mà ở kỳ nhỏ nhất chứa trọn nó (ghi chú period_not_resolvable ở các kỳ ngắn hơn).',
      en: 'The sum of activityCount over the prevention-activity records whose start and end dates lie wholly in the period, by activity type. A line "30 conferences" counts 30. When a figure added is only a minimum (activityCountQualifier AT_LEAST or MORE_THAN, e.g. a report says leaflets were handed out without saying in how many rounds), the value has qualifier AT_LEAST and is printed “≥ n”; when one is approximate (APPROXIMATE), qualifier APPROXIMATE, printed “≈ n”. An activity extending beyond the period is not counted in the period where it starts but in the smallest period containing it whole (note period_not_resolvable in the shorter periods).',
    },
  },
  create(ctx) {
    const counter = new GroupCounter();
    let unresolvable = 0;
    return {
      record(entry) {
        const place = activityPlace(entry, ctx);
        if (place === 'outside') return;
        if (place === 'overlap') {
          unresolvable += 1;
          return;
        }
        const { record } = entry;
        counter.add(
          String(record.activityType),
          Number(record.activityCount),
          String(record.id),
          record.activityCountQualifier,
        );
      },
      end() {
        const notes: DataQualityNote[] =
          unresolvable > 0 ? [periodNotResolvableNote(unresolvable, 'prevention_activity')] : [];
        return countValues(
          ctx,
          counter.entries().map(([activityType, group]): CountedGroup => [{ activityType }, group]),
          notes,
        );
      },
    };
  },
});
