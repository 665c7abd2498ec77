import { type DataQualityNote, defineIndicator } from '@vntip/core';
import { activityPlace } from '../internal/activity-place';
import { type CountedGroup, countValues } from '../internal/count-values';
import { GroupCounter } from '../internal/group-counter';
import { periodNotResolvableNote } from '../internal/period-resolution';

/**
 * Items produced or distributed (leaflets, panels, news items…): the sum of `output.quantity` by output unit, and by
 * output unit and activity type.
 */
export const itemsDistributedByUnit = defineIndicator({
  meta: {
    id: 'items-distributed-by-unit',
    version: '2',
    unit: 'count',
    requires: [
      'prevention_activity.output.quantity',
      'prevention_activity.output.unit',
      'prevention_activity.output.qualifier',
      'prevention_activity.activityType',
      'prevention_activity.startDate',
      'prevention_activity.endDate',
    ],
    title: {
      vi: 'Số sản phẩm tuyên truyền theo đơn vị tính',
      en: 'Items distributed by unit',
    },
    description: {
      vi: 'Tổng số lượng sản phẩm (trường output.quantity) của các bản ghi hoạt động phòng ngừa có ngày bắt đầu và kết thúc nằm trọn trong kỳ, theo đơn vị tính (output.unit), và theo cặp đơn vị tính và loại hoạt động; không cộng các đơn vị khác nhau với nhau và không có dòng tổng. Số lượng ghi “trên”, “ít nhất” hoặc “khoảng” (output.qualifier) làm giá trị có qualifier AT_LEAST (in “≥ n”) hoặc APPROXIMATE (in “≈ n”). Hoạt động không ghi sản phẩm không được tính, nhưng được đếm trong ghi chú chất lượng dữ liệu missing_output của mọi giá trị; hoạt động kéo dài ra ngoài kỳ được tính ở kỳ nhỏ nhất chứa trọn nó (ghi chú period_not_resolvable ở các kỳ ngắn hơn).',
      en: 'The sum of output.quantity over the prevention-activity records whose start and end dates lie wholly in the period, by output unit (output.unit), and by pair of output unit and activity type; different units are never added together and there is no overall total. A quantity given as “more than”, “at least” or “about” (output.qualifier) gives the value qualifier AT_LEAST (printed “≥ n”) or APPROXIMATE (printed “≈ n”). Activities without an output are not counted, but are counted in the missing_output data-quality note on every value; an activity extending beyond the period counts in the smallest period containing it whole (note period_not_resolvable in the shorter periods).',
    },
  },
  create(ctx) {
    const counter = new GroupCounter();
    const keys = new Map<string, { unit: string; activityType?: string }>();
    let missing = 0;
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
        const output = record.output as
          | { quantity?: unknown; unit?: unknown; qualifier?: unknown }
          | undefined;
        if (!output || typeof output.quantity !== 'number' || typeof output.unit !== 'string') {
          missing += 1;
          return;
        }
        const activityType = String(record.activityType);
        const qualifier = output.qualifier;
        const id = String(record.id);
        // The unit alone first (key without a second part sorts before its pairs), then the unit and activity type.
        keys.set(output.unit, { unit: output.unit });
        counter.add(output.unit, output.quantity, id, qualifier);
        const pair = `${output.unit}\u0000${activityType}`;
        keys.set(pair, { unit: output.unit, activityType });
        counter.add(pair, output.quantity, id, qualifier);
      },
      end() {
        const notes: DataQualityNote[] = [];
        if (missing > 0)
          notes.push({
            code: 'missing_output',
            message: {
              vi: `${missing} hoạt động không ghi sản phẩm (số lượng, đơn vị tính) nên không được tính.`,
              en: `${missing} activities have no output (quantity and unit) and are not counted.`,
            },
            count: missing,
          });
        if (unresolvable > 0)
          notes.push(periodNotResolvableNote(unresolvable, 'prevention_activity'));
        return countValues(
          ctx,
          counter.entries().map(([key, group]): CountedGroup => [{ ...keys.get(key) }, group]),
          notes,
        );
      },
    };
  },
});
