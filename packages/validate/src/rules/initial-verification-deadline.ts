import { defineRule } from '@vntip/core';
import type { ProcessEvent } from '@vntip/schema';
import { addToGroup, type Group, membersOf } from './internal/add-to-group';
import { CompactRefs, type HeldRef } from './internal/compact-refs';
import { daysBetween } from './internal/days-between';
import { PendingByKey } from './internal/pending-by-key';
import { typedRecord } from './internal/typed-record';

// Law 53/2024/QH15 Art. 27(3), as amended in 2025: initial verification within 3 days at the latest.
const MAX_VERIFICATION_DAYS = 3;
const RECEIPT_TYPES = new Set(['RECEIPT', 'SELF_REPORT']);

/** A verification with no receipt yet within the 3 days before it. */
interface HeldVerification extends HeldRef {
  readonly seq: number;
  readonly personId: string;
  readonly date: string;
}

/** Whether a receipt on `receivedOn` puts a verification on `verifiedOn` within the deadline, whatever other receipts there are. */
function isWithinDeadline(receivedOn: string, verifiedOn: string): boolean {
  return receivedOn <= verifiedOn && daysBetween(receivedOn, verifiedOn) <= MAX_VERIFICATION_DAYS;
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
    const refs = new CompactRefs();
    const receiptsByPerson = new Map<string, Group<string>>();
    // Verifications not yet known to be in time; the latest receipt before one may still come.
    const verifications = new PendingByKey<HeldVerification>();
    let seq = 0;
    return {
      record(entry) {
        const { type, personId, date } = typedRecord<ProcessEvent>(entry);
        if (RECEIPT_TYPES.has(type)) {
          addToGroup(receiptsByPerson, personId, date);
          verifications.settle(personId, (verification) =>
            isWithinDeadline(date, verification.date),
          );
        }
        if (type !== 'INITIAL_VERIFICATION') return;
        const receipts = membersOf(receiptsByPerson.get(personId));
        if (receipts.some((receivedOn) => isWithinDeadline(receivedOn, date))) return;
        const { path, where } = refs.hold(entry);
        verifications.add(personId, {
          path,
          where,
          seq: seq++,
          personId,
          date,
        });
      },
      end() {
        for (const verification of verifications.remaining()) {
          const { personId, date } = verification;
          // The receipt this verification follows: the latest one on or before it.
          let receivedOn: string | undefined;
          for (const receipt of membersOf(receiptsByPerson.get(personId))) {
            if (receipt <= date && (receivedOn === undefined || receipt > receivedOn)) {
              receivedOn = receipt;
            }
          }
          if (receivedOn === undefined) continue;
          const days = daysBetween(receivedOn, date);
          if (days <= MAX_VERIFICATION_DAYS) continue;
          ctx.report({
            code: 'initial_verification_late',
            entry: refs.ref(verification),
            path: ['date'],
            params: { date, receivedOn, days },
          });
        }
      },
    };
  },
});
