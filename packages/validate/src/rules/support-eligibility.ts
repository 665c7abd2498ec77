import { defineRule, type RecordEntry } from '@vntip/core';
import {
  getCodeLabel,
  type Locale,
  type Person,
  type ProcessEvent,
  type SupportService,
} from '@vntip/schema';
import { addToGroup } from './internal/add-to-group';
import { getLawVersionOn } from './internal/reform-dates';
import { type Beneficiary, getEligibility } from './internal/support-eligibility-matrix';
import { typedRecord } from './internal/typed-record';

const CHECKED_STATUSES = new Set(['PROVIDED', 'REQUESTED']);
const ABROAD_AGENCIES = new Set(['VN_MISSION_ABROAD', 'FOREIGN_AUTHORITY']);
const ARRIVAL_EVENTS = new Set(['RECEIPT', 'RESCUE']);

const WHO: Readonly<Record<Locale, Readonly<Record<Beneficiary, string>>>> = {
  vi: {
    victim: 'nạn nhân',
    accompanyingChild: 'người dưới 18 tuổi đi cùng',
    underVerificationAbroad: 'người đang trong quá trình xác định là nạn nhân ở nước ngoài',
    underVerificationInVietnam: 'người đang trong quá trình xác định là nạn nhân ở Việt Nam',
    foreign: 'người nước ngoài',
  },
  en: {
    victim: 'a victim',
    accompanyingChild: 'an accompanying child under 18',
    underVerificationAbroad: 'a person under verification abroad',
    underVerificationInVietnam: 'a person under verification in Viet Nam',
    foreign: 'a foreign national',
  },
};

const ARTICLE: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  vi: { '2011': 'Điều 32', '2024': 'Điều 37' },
  en: { '2011': 'Art. 32', '2024': 'Art. 37' },
};

function isForeign(person: Person): boolean {
  const { nationality } = person;
  return (
    nationality !== undefined &&
    nationality !== 'VN' &&
    nationality !== 'STATELESS' &&
    nationality !== 'UNKNOWN'
  );
}

/** Whether the person's latest process event up to `date` places them abroad. */
function isAbroad(events: readonly ProcessEvent[], date: string | undefined): boolean {
  let latest: ProcessEvent | undefined;
  for (const event of events) {
    if (date !== undefined && event.date > date) continue;
    if (!latest || event.date >= latest.date) latest = event;
  }
  return (
    latest !== undefined &&
    ARRIVAL_EVENTS.has(latest.type) &&
    ABROAD_AGENCIES.has(latest.agency?.type ?? '')
  );
}

function beneficiaryOf(
  person: Person,
  events: readonly ProcessEvent[],
  date: string | undefined,
): Beneficiary {
  if (isForeign(person)) return 'foreign';
  if (person.category === 'VICTIM') return 'victim';
  if (person.category === 'ACCOMPANYING_CHILD') return 'accompanyingChild';
  return isAbroad(events, date) ? 'underVerificationAbroad' : 'underVerificationInVietnam';
}

/** Checks that provided or requested support uses the law in force on its date and that the person's category is eligible for it. */
export const supportEligibility = defineRule({
  meta: {
    id: 'support-eligibility',
    version: '1',
    title: { vi: 'Đối tượng được hưởng hỗ trợ', en: 'Eligibility for support' },
    description: {
      vi: 'Loại hỗ trợ phải theo luật có hiệu lực vào ngày hỗ trợ (Luật 2011 đến 30/6/2025, Luật 2024 từ 1/7/2025), và người nhận phải thuộc diện được hưởng loại hỗ trợ đó (Luật 2011 Điều 32, Luật 2024 Điều 37).',
      en: 'The support type must follow the law in force on the support date (2011 law up to 30/6/2025, 2024 law from 1/7/2025), and the person must be eligible for it (2011 law Art. 32, 2024 law Art. 37).',
    },
    recordTypes: ['person', 'process_event', 'support_service'],
  },
  messages: {
    support_case_by_case: {
      severity: 'warning',
      message: {
        vi: 'Hỗ trợ "{support}" tại {field} cho người nước ngoài chỉ được xem xét tùy từng trường hợp (Luật 2024, Điều 37 khoản 4).',
        en: 'The support "{support}" at {field} is given to foreign nationals only case by case (2024 law, Art. 37(4)).',
      },
      hint: {
        vi: 'Bảo đảm hồ sơ của người {personId} có quyết định hỗ trợ của cơ quan có thẩm quyền.',
        en: "Make sure the case file of person {personId} holds the competent authority's decision.",
      },
    },
    support_law_version_mismatch: {
      severity: 'error',
      message: {
        vi: 'Loại hỗ trợ tại {field} được ghi theo Luật {lawVersion}, nhưng ngày hỗ trợ {date} thuộc thời gian áp dụng Luật {expected}.',
        en: 'The support type at {field} is coded under the {lawVersion} law, but the support date {date} falls under the {expected} law.',
      },
      hint: {
        vi: 'Luật 2011 áp dụng đến 30/6/2025, Luật 2024 từ 1/7/2025: ghi loại hỗ trợ theo luật có hiệu lực vào ngày hỗ trợ.',
        en: 'The 2011 law applies up to 30/6/2025 and the 2024 law from 1/7/2025: code the support type under the law in force on the support date.',
      },
    },
    support_not_eligible: {
      severity: 'error',
      message: {
        vi: 'Hỗ trợ "{support}" tại {field} không áp dụng cho {who} theo Luật {lawVersion} ({article}).',
        en: 'The support "{support}" at {field} does not apply to {who} under the {lawVersion} law ({article}).',
      },
      hint: {
        vi: 'Kiểm tra loại hỗ trợ, nhóm đối tượng và quốc tịch của người {personId}, và ngày hỗ trợ.',
        en: 'Check the support type, the category and nationality of person {personId}, and the support date.',
      },
    },
  },
  create(ctx) {
    const persons = new Map<string, Person>();
    const eventsByPerson = new Map<string, ProcessEvent[]>();
    const supports: { entry: RecordEntry; support: SupportService }[] = [];

    const check = (entry: RecordEntry, support: SupportService) => {
      const { supportType, date, personId } = support;
      if (!supportType || !CHECKED_STATUSES.has(support.status)) return;
      const { lawVersion, code } = supportType;
      const expected = date === undefined ? undefined : getLawVersionOn(date);
      if (expected !== undefined && expected !== lawVersion) {
        ctx.report({
          code: 'support_law_version_mismatch',
          entry,
          path: ['supportType', 'lawVersion'],
          params: { lawVersion, expected, date },
        });
      }
      // An unknown person is reported by referential-integrity.
      const person = persons.get(personId);
      if (!person) return;
      const beneficiary = beneficiaryOf(person, eventsByPerson.get(personId) ?? [], date);
      const eligibility = getEligibility(lawVersion, beneficiary, code);
      if (eligibility !== 'notEligible' && eligibility !== 'caseByCase') return;
      ctx.report({
        code: eligibility === 'notEligible' ? 'support_not_eligible' : 'support_case_by_case',
        entry,
        path: ['supportType', 'code'],
        params: {
          code,
          lawVersion,
          personId,
          beneficiary,
          support: getCodeLabel(`supportType${lawVersion}`, code, ctx.locale),
          who: WHO[ctx.locale][beneficiary],
          article: ARTICLE[ctx.locale][lawVersion],
        },
      });
    };

    return {
      record(entry) {
        if (entry.recordType === 'person') {
          const person = typedRecord<Person>(entry);
          persons.set(person.id, person);
        } else if (entry.recordType === 'process_event') {
          const event = typedRecord<ProcessEvent>(entry);
          addToGroup(eventsByPerson, event.personId, event);
        } else {
          supports.push({ entry, support: typedRecord<SupportService>(entry) });
        }
      },
      end() {
        for (const { entry, support } of supports) check(entry, support);
      },
    };
  },
});
