import { defineRule } from '@vntip/core';
import type { ProcessEvent } from '@vntip/schema';
import { daysBetween } from './internal/days-between';
import { SHELTER_LIMIT } from './internal/legal-regimes';
import { getLawVersionOn } from './internal/reform-dates';
import { typedRecord } from './internal/typed-record';

/**
 * Warns when a shelter stay runs past the limit of the regime in force on its entry date: 120 days
 * without an extension decision from 1/7/2025, 60 days of state-funded meals before.
 */
export const shelterStayLimit = defineRule({
  meta: {
    id: 'shelter-stay-limit',
    version: '2',
    title: { vi: 'Thời hạn lưu trú tại cơ sở', en: 'Shelter stay limit' },
    description: {
      vi: 'Theo chế độ có hiệu lực vào ngày vào cơ sở: từ 1/7/2025, lưu trú quá 120 ngày (đến ngày ra, hoặc đến hôm nay nếu chưa ra) phải có quyết định gia hạn (Nghị định 162/2025/NĐ-CP, Điều 17); trước đó, ngân sách nhà nước chỉ hỗ trợ tiền ăn tại cơ sở tối đa 60 ngày và không có gia hạn (Nghị định 09/2013/NĐ-CP, Điều 19).',
      en: 'By the regime in force on the entry date: from 1/7/2025 a stay longer than 120 days (to the exit date, or to today while it lasts) needs an extension decision (Decree 162/2025/NĐ-CP, Art. 17); before, the state budget paid meals in a facility for at most 60 days, with no extension (Decree 09/2013/NĐ-CP, Art. 19).',
    },
    recordTypes: ['process_event'],
  },
  messages: {
    shelter_stay_open_over_limit: {
      severity: 'warning',
      message: {
        vi: 'Lưu trú tại {field} bắt đầu từ {entryDate}, chưa có ngày ra, đến hôm nay ({today}) đã {days} ngày, quá {limit} ngày mà không có quyết định gia hạn ({citation}).',
        en: 'The shelter stay at {field} began on {entryDate} and has no exit date: by today ({today}) it has lasted {days} days, more than {limit}, with no extension decision ({citation}).',
      },
      hint: {
        vi: 'Nếu người đó đã rời cơ sở, ghi ngày ra; nếu đã gia hạn, ghi quyết định gia hạn vào shelter.extensionDecision.',
        en: 'If the person has left, record the exit date; if the stay was extended, record the decision in shelter.extensionDecision.',
      },
    },
    shelter_stay_over_limit: {
      severity: 'warning',
      message: {
        vi: 'Lưu trú tại cơ sở kéo dài {days} ngày (từ {entryDate} đến {exitDate}, ghi tại {field}), quá {limit} ngày mà không có quyết định gia hạn ({citation}).',
        en: 'The shelter stay lasted {days} days ({entryDate} to {exitDate}, at {field}), more than {limit}, with no extension decision ({citation}).',
      },
      hint: {
        vi: 'Chỗ ở tạm thời tối đa 120 ngày trừ khi được gia hạn: ghi quyết định gia hạn vào shelter.extensionDecision, hoặc kiểm tra lại ngày vào và ngày ra.',
        en: 'Temporary accommodation lasts at most 120 days unless extended: record the extension decision in shelter.extensionDecision, or check the entry and exit dates.',
      },
    },
    shelter_meals_over_state_funded_days: {
      severity: 'warning',
      message: {
        vi: 'Lưu trú tại {field} từ {entryDate} đến {endDate} ({days} ngày) theo chế độ Luật 2011: ngân sách nhà nước chỉ hỗ trợ tiền ăn tại cơ sở tối đa {limit} ngày ({citation}).',
        en: 'The shelter stay at {field} from {entryDate} to {endDate} ({days} days) falls under the 2011-law regime: the state budget paid meals in a facility for at most {limit} days ({citation}).',
      },
      hint: {
        vi: 'Chế độ này không có gia hạn: kiểm tra tiền ăn sau ngày thứ {limit} được chi từ nguồn nào, hoặc kiểm tra lại ngày vào và ngày ra.',
        en: 'That regime has no extension: check what paid the meals after day {limit}, or check the entry and exit dates.',
      },
    },
  },
  create(ctx) {
    return {
      record(entry) {
        const { shelter } = typedRecord<ProcessEvent>(entry);
        if (!shelter) return;
        const { entryDate, exitDate } = shelter;
        const lawVersion = getLawVersionOn(entryDate);
        // Before 2012 no anti-trafficking decree set a limit.
        if (lawVersion === undefined) return;
        const { days: limit, citation } = SHELTER_LIMIT[lawVersion];
        const endDate = exitDate ?? ctx.today;
        const days = daysBetween(entryDate, endDate);
        if (days <= limit) return;
        const params = { days, entryDate, limit, lawVersion, citation: citation[ctx.locale] };
        if (lawVersion === '2011') {
          ctx.report({
            code: 'shelter_meals_over_state_funded_days',
            entry,
            path: exitDate === undefined ? ['shelter'] : ['shelter', 'exitDate'],
            params: { ...params, endDate },
          });
        } else if (shelter.extensionDecision) {
          return;
        } else if (exitDate === undefined) {
          ctx.report({
            code: 'shelter_stay_open_over_limit',
            entry,
            path: ['shelter'],
            params: { ...params, today: ctx.today },
          });
        } else {
          ctx.report({
            code: 'shelter_stay_over_limit',
            entry,
            path: ['shelter', 'exitDate'],
            params: { ...params, exitDate },
          });
        }
      },
    };
  },
});
