import { defineRule } from '@vntip/core';
import type { ProcessEvent } from '@vntip/schema';
import { daysBetween } from './internal/days-between';
import { typedRecord } from './internal/typed-record';

// Decree 162/2025/NĐ-CP Art. 17: accommodation for at most 120 days unless extended.
const MAX_SHELTER_DAYS = 120;

/** Warns when a shelter stay runs past 120 days without an extension decision. */
export const shelterStayLimit = defineRule({
  meta: {
    id: 'shelter-stay-limit',
    version: '1',
    title: { vi: 'Thời hạn lưu trú tại cơ sở', en: 'Shelter stay limit' },
    description: {
      vi: 'Lưu trú tại cơ sở quá 120 ngày (đến ngày ra, hoặc đến hôm nay nếu chưa ra) phải có quyết định gia hạn (Nghị định 162/2025/NĐ-CP, Điều 17).',
      en: 'A shelter stay longer than 120 days (to the exit date, or to today while it lasts) needs an extension decision (Decree 162/2025/NĐ-CP, Art. 17).',
    },
    recordTypes: ['process_event'],
  },
  messages: {
    shelter_stay_open_over_limit: {
      severity: 'warning',
      message: {
        vi: 'Lưu trú tại {field} bắt đầu từ {entryDate}, chưa có ngày ra, đến hôm nay ({today}) đã {days} ngày, quá 120 ngày mà không có quyết định gia hạn.',
        en: 'The shelter stay at {field} began on {entryDate} and has no exit date: by today ({today}) it has lasted {days} days, more than 120, with no extension decision.',
      },
      hint: {
        vi: 'Nếu người đó đã rời cơ sở, ghi ngày ra; nếu đã gia hạn, ghi quyết định gia hạn vào shelter.extensionDecision.',
        en: 'If the person has left, record the exit date; if the stay was extended, record the decision in shelter.extensionDecision.',
      },
    },
    shelter_stay_over_limit: {
      severity: 'warning',
      message: {
        vi: 'Lưu trú tại cơ sở kéo dài {days} ngày (từ {entryDate} đến {exitDate}, ghi tại {field}), quá 120 ngày mà không có quyết định gia hạn.',
        en: 'The shelter stay lasted {days} days ({entryDate} to {exitDate}, at {field}), more than 120, with no extension decision.',
      },
      hint: {
        vi: 'Chỗ ở tạm thời tối đa 120 ngày (Nghị định 162/2025/NĐ-CP, Điều 17): ghi quyết định gia hạn vào shelter.extensionDecision, hoặc kiểm tra lại ngày vào và ngày ra.',
        en: 'Temporary accommodation lasts at most 120 days (Decree 162/2025/NĐ-CP, Art. 17): record the extension decision in shelter.extensionDecision, or check the entry and exit dates.',
      },
    },
  },
  create(ctx) {
    return {
      record(entry) {
        const { shelter } = typedRecord<ProcessEvent>(entry);
        if (!shelter || shelter.extensionDecision) return;
        const { entryDate, exitDate } = shelter;
        const days = daysBetween(entryDate, exitDate ?? ctx.today);
        if (days <= MAX_SHELTER_DAYS) return;
        if (exitDate === undefined) {
          ctx.report({
            code: 'shelter_stay_open_over_limit',
            entry,
            path: ['shelter'],
            params: { days, entryDate, today: ctx.today },
          });
        } else {
          ctx.report({
            code: 'shelter_stay_over_limit',
            entry,
            path: ['shelter', 'exitDate'],
            params: { days, entryDate, exitDate },
          });
        }
      },
    };
  },
});
