import { defineRule } from '@vntip/core';
import { isJsonObject } from './internal/is-json-object';

const DATE_KEYS = new Set([
  'date',
  'startDate',
  'endDate',
  'entryDate',
  'exitDate',
  'validFrom',
  'validTo',
  'start',
  'end',
]);

// The end of a reporting period or of a validity can be known in advance; an event date cannot.
const END_OF_TERM_KEYS = new Set(['end', 'validTo']);

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Calls `visit` for every date field under `value`; `path` is a shared stack, copied only by callers that keep it. */
function visitDates(
  value: unknown,
  path: (string | number)[],
  visit: (key: string, date: string) => void,
): void {
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      path.push(index);
      visitDates(value[index], path, visit);
      path.pop();
    }
    return;
  }
  if (!isJsonObject(value)) return;
  for (const key of Object.keys(value)) {
    const child = value[key];
    path.push(key);
    if (DATE_KEYS.has(key) && typeof child === 'string' && DATE_PATTERN.test(child))
      visit(key, child);
    else if (typeof child === 'object' && child !== null) visitDates(child, path, visit);
    path.pop();
  }
}

/** Checks that no date in a record is after today. */
export const dateNotInFuture = defineRule({
  meta: {
    id: 'date-not-in-future',
    version: '1',
    title: { vi: 'Ngày không ở tương lai', en: 'No dates in the future' },
    description: {
      vi: 'Ngày của sự việc, văn bản và hoạt động không được sau ngày kiểm tra; ngày cuối kỳ báo cáo hoặc ngày hết hiệu lực sau hôm nay chỉ bị cảnh báo.',
      en: 'Dates of events, documents and activities may not be after the day of the check; a period end or validity end after today is only a warning.',
    },
  },
  messages: {
    date_in_future: {
      severity: 'error',
      message: {
        vi: 'Ngày {date} tại {field} sau ngày hôm nay ({today}).',
        en: 'The date {date} at {field} is after today ({today}).',
      },
      hint: {
        vi: 'Việc đã xảy ra không thể có ngày trong tương lai: kiểm tra năm, và thứ tự ngày, tháng.',
        en: 'Something that has happened cannot have a future date: check the year, and the order of day and month.',
      },
    },
    term_end_in_future: {
      severity: 'warning',
      message: {
        vi: 'Ngày kết thúc {date} tại {field} sau ngày hôm nay ({today}).',
        en: 'The end date {date} at {field} is after today ({today}).',
      },
      hint: {
        vi: 'Nếu kỳ báo cáo chưa kết thúc thì số liệu có thể chưa đầy đủ; nếu không, kiểm tra lại ngày.',
        en: 'If the reporting period has not ended yet, the figures may be incomplete; otherwise, check the date.',
      },
    },
  },
  create(ctx) {
    return {
      record(entry) {
        const path: (string | number)[] = [];
        visitDates(entry.record, path, (key, date) => {
          if (date <= ctx.today) return;
          ctx.report({
            code: END_OF_TERM_KEYS.has(key) ? 'term_end_in_future' : 'date_in_future',
            entry,
            path: [...path],
            params: { date, today: ctx.today },
          });
        });
      },
    };
  },
});
