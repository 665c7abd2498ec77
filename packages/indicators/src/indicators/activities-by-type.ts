import { defineIndicator, type IndicatorValue } from '@vntip/core';
import { activityInScope } from '../internal/activity-in-scope';
import { GroupCounter } from '../internal/group-counter';

/** Number of prevention activities by type: the sum of `activityCount` of the activities that start in the period. */
export const activitiesByType = defineIndicator({
  meta: {
    id: 'activities-by-type',
    version: '1',
    unit: 'count',
    requires: [
      'prevention_activity.activityType',
      'prevention_activity.activityCount',
      'prevention_activity.startDate',
    ],
    title: { vi: 'Số hoạt động phòng ngừa theo loại', en: 'Prevention activities by type' },
    description: {
      vi: 'Tổng số hoạt động (trường activityCount) của các bản ghi hoạt động phòng ngừa bắt đầu trong kỳ, theo loại hoạt động. Một dòng "30 hội nghị" đếm là 30.',
      en: 'The sum of activityCount over the prevention-activity records that start in the period, by activity type. A line "30 conferences" counts 30.',
    },
  },
  create(ctx) {
    const counter = new GroupCounter();
    return {
      record({ recordType, record }) {
        if (!activityInScope({ recordType, record }, ctx)) return;
        counter.add(String(record.activityType), Number(record.activityCount), String(record.id));
      },
      end: () =>
        counter.entries().map(
          ([activityType, group]): IndicatorValue => ({
            period: ctx.period,
            scope: ctx.scope,
            disaggregation: { activityType },
            numerator: group.total,
            denominator: null,
            value: group.total,
            lineage: group.ids,
            notes: [],
          }),
        ),
    };
  },
});
