import { defineRule, formatPath } from '@vntip/core';
import { getAtPath } from './internal/get-at-path';

type Pair = readonly [start: readonly string[], end: readonly string[]];

const DATE_PAIRS: Readonly<Record<string, readonly Pair[]>> = {
  crime_statistic: [
    [
      ['period', 'start'],
      ['period', 'end'],
    ],
  ],
  facility: [[['validFrom'], ['validTo']]],
  media_outlet: [[['validFrom'], ['validTo']]],
  prevention_activity: [[['startDate'], ['endDate']]],
  process_event: [
    [
      ['shelter', 'entryDate'],
      ['shelter', 'exitDate'],
    ],
  ],
  staffing_statistic: [
    [
      ['period', 'start'],
      ['period', 'end'],
    ],
  ],
  trafficking_event: [[['startDate'], ['endDate']]],
  victim_support_aggregate: [
    [
      ['period', 'start'],
      ['period', 'end'],
    ],
  ],
};

/** Checks that every end date (activity, trafficking event, shelter stay, media outlet, statistics period) is not before its start. */
export const dateOrder = defineRule({
  meta: {
    id: 'date-order',
    version: '1',
    title: { vi: 'Thứ tự ngày bắt đầu và kết thúc', en: 'Start and end dates in order' },
    description: {
      vi: 'Ngày kết thúc không được trước ngày bắt đầu: hoạt động, sự việc mua bán người, lưu trú tại cơ sở, thời hạn của cơ quan báo chí và kỳ thống kê.',
      en: 'An end date may not be before its start date: activities, trafficking events, shelter stays, media-outlet validity and statistics periods.',
    },
    recordTypes: Object.keys(DATE_PAIRS),
  },
  messages: {
    end_date_before_start_date: {
      severity: 'error',
      message: {
        vi: 'Ngày {end} tại {field} trước ngày bắt đầu {start} ({startField}).',
        en: 'The date {end} at {field} is before the start date {start} ({startField}).',
      },
      hint: {
        vi: 'Kiểm tra hai ngày: có thể đã ghi đảo ngược, hoặc nhầm ngày với tháng.',
        en: 'Check both dates: they may be swapped, or the day and month mixed up.',
      },
    },
  },
  create(ctx) {
    return {
      record(entry) {
        for (const [startPath, endPath] of DATE_PAIRS[entry.recordType] ?? []) {
          const start = getAtPath(entry.record, startPath);
          const end = getAtPath(entry.record, endPath);
          if (typeof start !== 'string' || typeof end !== 'string' || end >= start) continue;
          ctx.report({
            code: 'end_date_before_start_date',
            entry,
            path: endPath,
            params: { start, end, startField: formatPath(startPath) },
          });
        }
      },
    };
  },
});
