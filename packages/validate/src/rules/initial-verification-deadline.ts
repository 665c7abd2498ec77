import { defineRule } from '@vntip/core';
import type { ProcessEvent } from '@vntip/schema';
import { addToGroup, type Group, membersOf } from './internal/add-to-group';
import { CompactRefs, type HeldRef } from './internal/compact-refs';
import { daysBetween } from './internal/days-between';
import { VERIFICATION_DEADLINE } from './internal/legal-regimes';
import { PendingByKey } from './internal/pending-by-key';
import { getLawVersionOn } from './internal/reform-dates';
import { typedRecord } from './internal/typed-record';

// The same under both laws (Law 66/2011/QH12 Art. 24, Law 53/2024/QH15 Art. 27(2)), so the
// pairing of verifications with receipts needs no regime; the message cites the receipt's.
const MAX_VERIFICATION_DAYS = Math.max(
  VERIFICATION_DEADLINE['2011'].days,
  VERIFICATION_DEADLINE['2024'].days,
);
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

/** Warns when a person's initial verification comes later after their receipt or self-report than the law of the receipt date allows. */
export const initialVerificationDeadline = defineRule({
  meta: {
    id: 'initial-verification-deadline',
    version: '2',
    title: { vi: 'Thời hạn xác minh ban đầu', en: 'Initial verification deadline' },
    description: {
      vi: 'Xác minh thông tin ban đầu phải được thực hiện chậm nhất 3 ngày sau khi tiếp nhận hoặc sau khi người đó tự trình báo, theo luật có hiệu lực vào ngày tiếp nhận: Luật 66/2011/QH12 Điều 24 trước 1/7/2025, Luật 53/2024/QH15 Điều 27 khoản 2 từ 1/7/2025.',
      en: 'Initial verification must take place at most 3 days after receipt or self-report, under the law in force on the receipt date: Law 66/2011/QH12 Art. 24 before 1/7/2025, Law 53/2024/QH15 Art. 27(2) from 1/7/2025.',
    },
    recordTypes: ['process_event'],
  },
  messages: {
    initial_verification_late: {
      severity: 'warning',
      message: {
        vi: 'Xác minh thông tin ban đầu ngày {date} tại {field} cách ngày tiếp nhận {receivedOn} {days} ngày, quá thời hạn {limit} ngày ({citation}).',
        en: 'The initial verification on {date} at {field} came {days} days after receipt on {receivedOn}, beyond the {limit}-day limit ({citation}).',
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
        verifications.add(personId, {
          ...refs.hold(entry),
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
          const lawVersion = getLawVersionOn(receivedOn);
          // Before 2012 no anti-trafficking law set a deadline.
          if (lawVersion === undefined) continue;
          const { days: limit, citation } = VERIFICATION_DEADLINE[lawVersion];
          const days = daysBetween(receivedOn, date);
          if (days <= limit) continue;
          ctx.report({
            code: 'initial_verification_late',
            entry: refs.ref(verification),
            path: ['date'],
            params: { date, receivedOn, days, limit, lawVersion, citation: citation[ctx.locale] },
          });
        }
      },
    };
  },
});
