import { type DataQualityNote, defineIndicator } from '@vntip/core';
import { activityInScope } from '../internal/activity-in-scope';
import { type CountedGroup, countValues } from '../internal/count-values';
import { GroupCounter } from '../internal/group-counter';

const MEDIA_TYPES = new Set(['RADIO_ITEM', 'PRESS_ITEM', 'TV_PROGRAMME', 'LOUDSPEAKER_BROADCAST']);

/** Media items per outlet and month: `output.quantity` (or `activityCount` without output) of the radio, press, TV and loudspeaker activities that start in the period, by media outlet and month of start. */
export const mediaItemsPerOutletMonth = defineIndicator({
  meta: {
    id: 'media-items-per-outlet-month',
    version: '1',
    unit: 'count',
    requires: [
      'prevention_activity.activityType',
      'prevention_activity.mediaOutletId',
      'prevention_activity.output.quantity',
      'prevention_activity.activityCount',
      'prevention_activity.startDate',
    ],
    title: {
      vi: 'Số tin bài theo cơ quan báo chí, đài và tháng',
      en: 'Media items per outlet and month',
    },
    description: {
      vi: 'Với các bản ghi hoạt động phòng ngừa loại RADIO_ITEM, PRESS_ITEM, TV_PROGRAMME hoặc LOUDSPEAKER_BROADCAST bắt đầu trong kỳ và có mediaOutletId: tổng output.quantity (theo đơn vị tính đã ghi), hoặc activityCount khi không ghi sản phẩm, theo cơ quan báo chí, đài (mediaOutletId) và tháng của ngày bắt đầu (YYYY-MM). Một dòng tổng hợp cả năm được tính vào tháng bắt đầu. Hoạt động không ghi mediaOutletId được đếm trong ghi chú missing_media_outlet.',
      en: 'Over the RADIO_ITEM, PRESS_ITEM, TV_PROGRAMME and LOUDSPEAKER_BROADCAST prevention-activity records that start in the period and have a mediaOutletId: the sum of output.quantity (in whatever unit it is given), or of activityCount when there is no output, by media outlet (mediaOutletId) and month of the start date (YYYY-MM). An aggregated line covering a year counts in its start month. Activities without a mediaOutletId are counted in the missing_media_outlet note.',
    },
  },
  create(ctx) {
    const counter = new GroupCounter();
    const keys = new Map<string, { mediaOutletId: string; month: string }>();
    let missing = 0;
    return {
      record({ recordType, record }) {
        if (!MEDIA_TYPES.has(String(record.activityType))) return;
        if (!activityInScope({ recordType, record }, ctx)) return;
        if (typeof record.mediaOutletId !== 'string') {
          missing += 1;
          return;
        }
        const output = record.output as { quantity?: unknown } | undefined;
        const amount =
          typeof output?.quantity === 'number' ? output.quantity : Number(record.activityCount);
        const month = String(record.startDate).slice(0, 7);
        const key = `${record.mediaOutletId}\u0000${month}`;
        keys.set(key, { mediaOutletId: record.mediaOutletId, month });
        counter.add(key, amount, String(record.id));
      },
      end() {
        const notes: DataQualityNote[] =
          missing > 0
            ? [
                {
                  code: 'missing_media_outlet',
                  message: {
                    vi: `${missing} hoạt động truyền thông không ghi cơ quan báo chí, đài (mediaOutletId) nên không được tính.`,
                    en: `${missing} media activities give no media outlet (mediaOutletId) and are not counted.`,
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
