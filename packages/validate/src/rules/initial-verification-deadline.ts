import { defineRule, type RecordEntry } from '@vntip/core';
import type { ProcessEvent } from '@vntip/schema';
import { addToGroup } from './internal/add-to-group';
import { daysBetween } from './internal/days-between';
import { typedRecord } from './internal/typed-record';

// Law 53/2024/QH15 Art. 27(3), as amended in 2025: initial verification within 3 days at the latest.
const MAX_VERIFICATION_DAYS = 3;
const RECEIPT_TYPES = new Set(['RECEIPT', 'SELF_REPORT']);

interface DatedEvent {
  readonly entry: RecordEntry;
  readonly event: ProcessEvent;
}

/** Warns when a person's initial verification comes more than 3 days after their receipt or self-report. */
export const initialVerificationDeadline = defineRule({
  meta: {
    id: 'initial-verification-deadline',
    version: '1',
    title: { vi: 'Thời hạn xác minh ban đầu', en: 'Initial verification deadline' },
    description: {
      vi: 'Xác minh thông tin ban đầu phải được thực hiện chậm nhất 3 ngày sau khi tiếp nhận hoặc sau khi người đó tự trình báo (Luật Phòng, chống mua bán người 2024, Điều 27).',
      en: 'Initial verification must take place at most 3 days after receipt or self-report (2024 anti-trafficking law, Art. 27).',
    },
    recordTypes: ['process_event'],
  },
  messages: {
    initial_verification_late: {
      severity: 'warning',
      message: {
        vi: 'Xác minh thông tin ban đầu ngày {date} tại {field} cách ngày tiếp nhận {receivedOn} {days} ngày, quá thời hạn 3 ngày.',
        en: 'The initial verification on {date} at {field} came {days} days after receipt on {receivedOn}, beyond the 3-day limit.',
      },
      hint: {
        vi: 'Kiểm tra lại ngày tiếp nhận và ngày xác minh; nếu xác minh thực sự chậm, ghi lý do trong hồ sơ.',
        en: 'Check the receipt and verification dates; if the verification was indeed late, record the reason in the case file.',
      },
    },
  },
  create(ctx) {
    const receiptsByPerson = new Map<string, string[]>();
    const verifications: DatedEvent[] = [];
    return {
      record(entry) {
        const event = typedRecord<ProcessEvent>(entry);
        if (RECEIPT_TYPES.has(event.type)) addToGroup(receiptsByPerson, event.personId, event.date);
        if (event.type === 'INITIAL_VERIFICATION') verifications.push({ entry, event });
      },
      end() {
        for (const { entry, event } of verifications) {
          // The receipt this verification follows: the latest one on or before it.
          let receivedOn: string | undefined;
          for (const date of receiptsByPerson.get(event.personId) ?? []) {
            if (date <= event.date && (receivedOn === undefined || date > receivedOn)) {
              receivedOn = date;
            }
          }
          if (receivedOn === undefined) continue;
          const days = daysBetween(receivedOn, event.date);
          if (days <= MAX_VERIFICATION_DAYS) continue;
          ctx.report({
            code: 'initial_verification_late',
            entry,
            path: ['date'],
            params: { date: event.date, receivedOn, days },
          });
        }
      },
    };
  },
});
