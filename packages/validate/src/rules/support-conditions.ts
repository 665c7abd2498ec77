import { defineRule } from '@vntip/core';
import {
  getCodeLabel,
  type Person,
  type ProcessEvent,
  type StatusDecision,
  type SupportService,
} from '@vntip/schema';
import { addToGroup, type Group, membersOf } from './internal/add-to-group';
import { CompactRefs, type HeldRef } from './internal/compact-refs';
import { typedRecord } from './internal/typed-record';
import { quoteId } from './quote-id';

// Decree 09/2013/NĐ-CP Art. 23: tuition exemption and the initial-hardship allowance for victims of
// poor households, on an application made within 12 months of the certification as a victim.
const APPLICATION_WINDOW_CODES = new Set([
  'EDUCATION_AND_VOCATIONAL',
  'INITIAL_HARDSHIP_ALLOWANCE_AND_LOAN',
]);
const POOR_HOUSEHOLD_CODE = 'INITIAL_HARDSHIP_ALLOWANCE_AND_LOAN';
const NOT_POOR = new Set(['NEAR_POOR', 'NOT_POOR']);
// Law 66/2011/QH12 Arts. 34–35 (Decree 09/2013/NĐ-CP Art. 20): medical and psychological support
// during a stay in a social-protection or victim-support facility.
const FACILITY_STAY_CITATIONS: Readonly<Record<string, Readonly<Record<'vi' | 'en', string>>>> = {
  MEDICAL: {
    vi: 'Luật 66/2011/QH12, Điều 34; Nghị định 09/2013/NĐ-CP, Điều 20',
    en: 'Law 66/2011/QH12, Art. 34; Decree 09/2013/NĐ-CP, Art. 20',
  },
  PSYCHOLOGICAL: { vi: 'Luật 66/2011/QH12, Điều 35', en: 'Law 66/2011/QH12, Art. 35' },
};
const CHECKED_STATUSES = new Set(['PROVIDED', 'REQUESTED']);

/** A support of the 2011 regime to check once the person's records are all known. */
interface HeldSupport extends HeldRef {
  readonly personId: string;
  readonly date: string;
  readonly code: string;
  readonly provided: boolean;
}

/** The day a year after `date` (YYYY-MM-DD); 29 February gives 29 February, which sorts as the day after the 28th. */
function oneYearAfter(date: string): string {
  return `${String(Number(date.slice(0, 4)) + 1).padStart(4, '0')}${date.slice(4)}`;
}

/** Checks the conditions the 2011 regime attached to some supports: poor households, the 12-month application window and the facility stay. */
export const supportConditions = defineRule({
  meta: {
    id: 'support-conditions',
    version: '1',
    title: {
      vi: 'Điều kiện hưởng hỗ trợ theo Luật 2011',
      en: 'Conditions of support under the 2011 law',
    },
    description: {
      vi: 'Theo chế độ Luật 2011: trợ cấp khó khăn ban đầu chỉ cho nạn nhân thuộc hộ nghèo, và hỗ trợ học văn hóa, học nghề, trợ cấp khó khăn ban đầu phải đề nghị trong 12 tháng kể từ khi được xác nhận là nạn nhân (Nghị định 09/2013/NĐ-CP, Điều 23); hỗ trợ y tế, tâm lý chỉ trong thời gian lưu trú tại cơ sở (Luật 66/2011/QH12, Điều 34, 35). Không phân biệt được miễn học phí (chỉ hộ nghèo) với hỗ trợ học nghề (mọi nạn nhân) vì Luật 2011 gộp hai loại này.',
      en: 'Under the 2011-law regime: the initial-hardship allowance only for victims of poor households, and schooling, vocational and initial-hardship support applied for within 12 months of the certification as a victim (Decree 09/2013/NĐ-CP, Art. 23); medical and psychological support only during a facility stay (Law 66/2011/QH12, Arts. 34, 35). Tuition exemption (poor households only) cannot be told from vocational support (any victim), which the 2011 law codes together.',
    },
    recordTypes: ['person', 'process_event', 'status_decision', 'support_service'],
  },
  messages: {
    support_poor_household_only: {
      severity: 'warning',
      message: {
        vi: 'Hỗ trợ "{support}" tại {field} cho người {personId}, hộ {householdPoverty}: trợ cấp khó khăn ban đầu theo Luật 2011 chỉ dành cho nạn nhân thuộc hộ nghèo (Nghị định 09/2013/NĐ-CP, Điều 23).',
        en: 'The support "{support}" at {field} for person {personId}, household {householdPoverty}: under the 2011 law the initial-hardship allowance was for victims of poor households only (Decree 09/2013/NĐ-CP, Art. 23).',
      },
      hint: {
        vi: 'Nếu đây là hỗ trợ vay vốn, không cần làm gì; nếu là trợ cấp, kiểm tra tình trạng hộ nghèo (householdPoverty) của người {personId}.',
        en: 'If this is loan support, nothing to do; if it is the allowance, check the household poverty status (householdPoverty) of person {personId}.',
      },
    },
    support_after_application_window: {
      severity: 'warning',
      message: {
        vi: 'Hỗ trợ "{support}" tại {field} ngày {date}, hơn 12 tháng sau khi người {personId} được xác nhận là nạn nhân ngày {identifiedOn}: đề nghị hỗ trợ phải được gửi trong 12 tháng (Nghị định 09/2013/NĐ-CP, Điều 23).',
        en: 'The support "{support}" at {field} on {date} comes more than 12 months after person {personId} was certified as a victim on {identifiedOn}: the application had to be made within 12 months (Decree 09/2013/NĐ-CP, Art. 23).',
      },
      hint: {
        vi: 'Nếu đơn đề nghị được gửi trong thời hạn, không cần làm gì; nếu không, kiểm tra căn cứ chi và ngày xác nhận nạn nhân.',
        en: 'If the application was made in time, nothing to do; otherwise check the basis for the payment and the certification date.',
      },
    },
    support_outside_facility_stay: {
      severity: 'warning',
      message: {
        vi: 'Hỗ trợ "{support}" tại {field} ngày {date} không trong thời gian lưu trú nào đã ghi của người {personId} tại cơ sở: theo Luật 2011, hỗ trợ này chỉ có trong thời gian lưu trú ({citation}).',
        en: 'The support "{support}" at {field} on {date} falls in none of the recorded facility stays of person {personId}: under the 2011 law this support was given only during a stay ({citation}).',
      },
      hint: {
        vi: 'Kiểm tra ngày hỗ trợ và ngày vào, ngày ra của các lần lưu trú; Luật 2024 (từ 1/7/2025) mới hỗ trợ cả ngoài cơ sở.',
        en: 'Check the support date and the entry and exit dates of the stays; only the 2024 law (from 1/7/2025) supports people outside facilities too.',
      },
    },
  },
  create(ctx) {
    const refs = new CompactRefs();
    // The household of each person's last record, kept only when it is not poor.
    const notPoor = new Map<string, string>();
    // The earliest day each person was certified as a victim.
    const identifiedOn = new Map<string, string>();
    // Each person's facility stays, as `entry/exit` (exit empty while the stay lasts).
    const stays = new Map<string, Group<string>>();
    const supports: HeldSupport[] = [];

    const certify = (personId: string, date: string) => {
      const earliest = identifiedOn.get(personId);
      if (earliest === undefined || date < earliest) identifiedOn.set(personId, date);
    };

    const inSomeStay = (personId: string, date: string): boolean | undefined => {
      const recorded = membersOf(stays.get(personId));
      if (recorded.length === 0) return undefined;
      return recorded.some((stay) => {
        const [entry = '', exit = ''] = stay.split('/');
        return entry <= date && (exit === '' || date <= exit);
      });
    };

    const check = (support: HeldSupport) => {
      const { personId, date, code } = support;
      const params = {
        personId: quoteId('person', personId, ctx.locale),
        date,
        code,
        support: getCodeLabel('supportType2011', code, ctx.locale),
      };
      const household = notPoor.get(personId);
      if (code === POOR_HOUSEHOLD_CODE && household !== undefined) {
        ctx.report({
          code: 'support_poor_household_only',
          entry: refs.ref(support),
          path: ['supportType', 'code'],
          params: {
            ...params,
            householdPoverty: getCodeLabel('householdPoverty', household, ctx.locale),
          },
        });
      }
      const certified = identifiedOn.get(personId);
      if (APPLICATION_WINDOW_CODES.has(code) && certified && date > oneYearAfter(certified)) {
        ctx.report({
          code: 'support_after_application_window',
          entry: refs.ref(support),
          path: ['date'],
          params: { ...params, identifiedOn: certified },
        });
      }
      const citation = FACILITY_STAY_CITATIONS[code];
      // Judged only for people whose stays the data records: others may have stays it lacks.
      if (citation && support.provided && inSomeStay(personId, date) === false) {
        ctx.report({
          code: 'support_outside_facility_stay',
          entry: refs.ref(support),
          path: ['date'],
          params: { ...params, citation: citation[ctx.locale] },
        });
      }
    };

    return {
      record(entry) {
        if (entry.recordType === 'person') {
          const { id, householdPoverty } = typedRecord<Person>(entry);
          if (householdPoverty !== undefined && NOT_POOR.has(householdPoverty)) {
            notPoor.set(id, householdPoverty);
          } else {
            notPoor.delete(id);
          }
        } else if (entry.recordType === 'status_decision') {
          const { personId, status, date } = typedRecord<StatusDecision>(entry);
          if (status === 'IDENTIFIED_VICTIM') certify(personId, date);
        } else if (entry.recordType === 'process_event') {
          const { personId, type, date, shelter } = typedRecord<ProcessEvent>(entry);
          if (type === 'IDENTIFICATION') certify(personId, date);
          if (shelter)
            addToGroup(stays, personId, `${shelter.entryDate}/${shelter.exitDate ?? ''}`);
        } else {
          const { supportType, date, personId, status } = typedRecord<SupportService>(entry);
          if (supportType?.lawVersion !== '2011' || date === undefined) return;
          if (!CHECKED_STATUSES.has(status)) return;
          const { code } = supportType;
          if (!APPLICATION_WINDOW_CODES.has(code) && !(code in FACILITY_STAY_CITATIONS)) return;
          const { path, where, type } = refs.hold(entry);
          supports.push({
            path,
            where,
            type,
            personId,
            date,
            code,
            provided: status === 'PROVIDED',
          });
        }
      },
      end() {
        for (const support of supports) check(support);
        supports.length = 0;
      },
    };
  },
});
