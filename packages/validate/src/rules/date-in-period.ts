import { defineRule } from '@vntip/core';
import { getRecordDate } from './internal/record-date';

/** Warns when a dated event falls outside the reporting period the data declares. */
export const dateInPeriod = defineRule({
  meta: {
    id: 'date-in-period',
    version: '1',
    title: { vi: 'Ngày trong kỳ báo cáo', en: 'Dates within the reporting period' },
    description: {
      vi: 'Khi dữ liệu khai báo kỳ báo cáo, ngày của sự kiện, quyết định, hỗ trợ, chuyển tỉnh và ngày bắt đầu hoạt động phải nằm trong kỳ.',
      en: 'When the data declares a reporting period, the dates of events, decisions, support, transfers and activity starts must fall inside it.',
    },
    recordTypes: [
      'inter_province_transfer',
      'prevention_activity',
      'process_event',
      'status_decision',
      'support_service',
    ],
  },
  messages: {
    date_outside_period: {
      severity: 'warning',
      message: {
        vi: 'Ngày {date} tại {field} nằm ngoài kỳ báo cáo từ {start} đến {end}.',
        en: 'The date {date} at {field} is outside the reporting period {start} to {end}.',
      },
      hint: {
        vi: 'Kiểm tra lại ngày, hoặc đưa bản ghi vào báo cáo của kỳ chứa ngày này.',
        en: 'Check the date, or move the record to the report of the period it falls in.',
      },
    },
  },
  create(ctx) {
    const { period } = ctx;
    if (!period) return {};
    return {
      record(entry) {
        const dated = getRecordDate(entry.recordType, entry.record);
        if (!dated || (dated.date >= period.start && dated.date <= period.end)) return;
        ctx.report({
          code: 'date_outside_period',
          entry,
          path: dated.path,
          params: { date: dated.date, start: period.start, end: period.end },
        });
      },
    };
  },
});
