import { type DataQualityNote, defineIndicator } from '@vntip/core';
import { activityPlace } from '../internal/activity-place';
import { type CountedGroup, countValues } from '../internal/count-values';
import { GroupCounter } from '../internal/group-counter';
import {
  activitySpan,
  periodNotResolvableNote,
  smallestCalendarPeriod,
} from '../internal/period-resolution';

const MEDIA_TYPES = new Set(['RADIO_ITEM', 'PRESS_ITEM', 'TV_PROGRAMME', 'LOUDSPEAKER_BROADCAST']);

/** Media items per outlet and month: `output.quantity` (or `activityCount` without output) of the radio, press, TV and loudspeaker activities lying in one calendar month of the period, by media outlet and month. */
export const mediaItemsPerOutletMonth = defineIndicator({
  meta: {
    id: 'media-items-per-outlet-month',
    version: '2',
    unit: 'count',
    requires: [
      'prevention_activity.activityType',
      'prevention_activity.mediaOutletId',
      'prevention_activity.output.quantity',
      'prevention_activity.output.qualifier',
      'prevention_activity.activityCount',
      'prevention_activity.activityCountQualifier',
      'prevention_activity.startDate',
      'prevention_activity.endDate',
    ],
    title: {
      vi: 'Số tin bài theo cơ quan báo chí, đài và tháng',
      en: 'Media items per outlet and month',
    },
    description: {
      vi: 'Với các bản ghi hoạt động phòng ngừa loại RADIO_ITEM, PRESS_ITEM, TV_PROGRAMME hoặc LOUDSPEAKER_BROADCAST nằm trọn trong kỳ và có mediaOutletId: tổng output.quantity (theo đơn vị tính đã ghi), hoặc activityCount khi không ghi sản phẩm, theo cơ quan báo chí, đài (mediaOutletId) và tháng (YYYY-MM). Chỉ bản ghi có ngày bắt đầu và kết thúc trong cùng một tháng mới cho biết tháng của tin bài: một dòng tổng hợp kéo dài nhiều tháng (ví dụ cả năm) không bao giờ được tính vào tháng bắt đầu, mà được đếm trong ghi chú month_not_resolvable (số tin bài của nó có trong chỉ số items-distributed-by-unit). Số ghi “trên”, “ít nhất” hoặc “khoảng” cho giá trị qualifier AT_LEAST (in “≥ n”) hoặc APPROXIMATE (in “≈ n”). Hoạt động không ghi mediaOutletId được đếm trong ghi chú missing_media_outlet; hoạt động kéo dài ra ngoài kỳ trong period_not_resolvable.',
      en: 'Over the RADIO_ITEM, PRESS_ITEM, TV_PROGRAMME and LOUDSPEAKER_BROADCAST prevention-activity records lying wholly in the period and having a mediaOutletId: the sum of output.quantity (in whatever unit it is given), or of activityCount when there is no output, by media outlet (mediaOutletId) and month (YYYY-MM). Only a record whose start and end dates fall in the same month tells the month of its items: an aggregated line spanning several months (e.g. a year) is never put in its start month but counted in the month_not_resolvable note (its items are in the items-distributed-by-unit indicator). A figure given as “more than”, “at least” or “about” gives the value qualifier AT_LEAST (printed “≥ n”) or APPROXIMATE (printed “≈ n”). Activities without a mediaOutletId are counted in the missing_media_outlet note, activities extending beyond the period in period_not_resolvable.',
    },
  },
  create(ctx) {
    const counter = new GroupCounter();
    const keys = new Map<string, { mediaOutletId: string; month: string }>();
    let missing = 0;
    let unresolvable = 0;
    let severalMonths = 0;
    return {
      record({ recordType, record }) {
        if (!MEDIA_TYPES.has(String(record.activityType))) return;
        const place = activityPlace({ recordType, record }, ctx);
        if (place === 'outside') return;
        if (place === 'overlap') {
          unresolvable += 1;
          return;
        }
        if (typeof record.mediaOutletId !== 'string') {
          missing += 1;
          return;
        }
        const span = activitySpan(record);
        const calendar = span ? smallestCalendarPeriod(span[0], span[1]) : undefined;
        if (calendar?.grain !== 'MONTH') {
          severalMonths += 1;
          return;
        }
        const output = record.output as { quantity?: unknown; qualifier?: unknown } | undefined;
        const [amount, qualifier] =
          typeof output?.quantity === 'number'
            ? [output.quantity, output.qualifier]
            : [Number(record.activityCount), record.activityCountQualifier];
        const month = calendar.name;
        const key = `${record.mediaOutletId}\u0000${month}`;
        keys.set(key, { mediaOutletId: record.mediaOutletId, month });
        counter.add(key, amount, String(record.id), qualifier);
      },
      end() {
        const notes: DataQualityNote[] = [];
        if (missing > 0)
          notes.push({
            code: 'missing_media_outlet',
            message: {
              vi: `${missing} hoạt động truyền thông không ghi cơ quan báo chí, đài (mediaOutletId) nên không được tính.`,
              en: `${missing} media activities give no media outlet (mediaOutletId) and are not counted.`,
            },
            count: missing,
          });
        if (severalMonths > 0)
          notes.push({
            code: 'month_not_resolvable',
            message: {
              vi: `${severalMonths} hoạt động truyền thông kéo dài qua nhiều tháng nên không xác định được tháng của tin bài; chúng không được tính vào tháng nào (số tin bài có trong chỉ số sản phẩm theo đơn vị tính).`,
              en: `${severalMonths} media activities span several months, so the month of their items is unknown; they are counted in no month (their items are in the items-by-unit indicator).`,
            },
            count: severalMonths,
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
