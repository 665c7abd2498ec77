import { type DataQualityNote, defineIndicator } from '@vntip/core';
import { activityInScope } from '../internal/activity-in-scope';
import { type CountedGroup, countValues } from '../internal/count-values';
import { GroupCounter } from '../internal/group-counter';

/** Items produced or distributed (leaflets, panels, news items…): the sum of `output.quantity` by output unit and activity type. */
export const itemsDistributedByUnit = defineIndicator({
  meta: {
    id: 'items-distributed-by-unit',
    version: '1',
    unit: 'count',
    requires: [
      'prevention_activity.output.quantity',
      'prevention_activity.output.unit',
      'prevention_activity.activityType',
      'prevention_activity.startDate',
    ],
    title: {
      vi: 'Số sản phẩm tuyên truyền theo đơn vị tính',
      en: 'Items distributed by unit',
    },
    description: {
      vi: 'Tổng số lượng sản phẩm (trường output.quantity) của các bản ghi hoạt động phòng ngừa bắt đầu trong kỳ, theo cặp đơn vị tính (output.unit) và loại hoạt động; không cộng các đơn vị khác nhau với nhau và không có dòng tổng. Hoạt động không ghi sản phẩm không được tính, nhưng được đếm trong ghi chú chất lượng dữ liệu missing_output của mọi giá trị.',
      en: 'The sum of output.quantity over the prevention-activity records that start in the period, by pair of output unit (output.unit) and activity type; different units are never added together and there is no overall total. Activities without an output are not counted, but are counted in the missing_output data-quality note on every value.',
    },
  },
  create(ctx) {
    const counter = new GroupCounter();
    const keys = new Map<string, { unit: string; activityType: string }>();
    let missing = 0;
    return {
      record({ recordType, record }) {
        if (!activityInScope({ recordType, record }, ctx)) return;
        const output = record.output as { quantity?: unknown; unit?: unknown } | undefined;
        if (!output || typeof output.quantity !== 'number' || typeof output.unit !== 'string') {
          missing += 1;
          return;
        }
        const activityType = String(record.activityType);
        const key = `${output.unit}\u0000${activityType}`;
        keys.set(key, { unit: output.unit, activityType });
        counter.add(key, output.quantity, String(record.id));
      },
      end() {
        const notes: DataQualityNote[] =
          missing > 0
            ? [
                {
                  code: 'missing_output',
                  message: {
                    vi: `${missing} hoạt động không ghi sản phẩm (số lượng, đơn vị tính) nên không được tính.`,
                    en: `${missing} activities have no output (quantity and unit) and are not counted.`,
                  },
                  count: missing,
                },
              ]
            : [];
        return countValues(
          ctx,
          counter.entries().map(([key, group]): CountedGroup => [{ ...keys.get(key) }, group]),
          notes,
        );
      },
    };
  },
});
