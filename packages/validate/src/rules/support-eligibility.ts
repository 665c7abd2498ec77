import { defineRule } from '@vntip/core';
import {
  getCodeLabel,
  type LawVersionCode,
  type Locale,
  type Person,
  type ProcessEvent,
  SUPPORT_TYPE_2011_CODES,
  SUPPORT_TYPE_2024_CODES,
  type SupportService,
} from '@vntip/schema';
import { CompactRefs, type HeldRef } from './internal/compact-refs';
import { InOrderQueue } from './internal/in-order-queue';
import { getLawVersionOn } from './internal/reform-dates';
import {
  type Beneficiary,
  type Eligibility,
  getEligibility,
} from './internal/support-eligibility-matrix';
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

const BENEFICIARIES = Object.keys(WHO.en) as Beneficiary[];

const SUPPORT_CODES: Readonly<Record<LawVersionCode, readonly string[]>> = {
  '2011': SUPPORT_TYPE_2011_CODES,
  '2024': SUPPORT_TYPE_2024_CODES,
};

const isRestrictive = (eligibility: Eligibility | undefined) =>
  eligibility === 'notEligible' || eligibility === 'caseByCase';

/** Whether some beneficiary group is not eligible for the support, or only case by case. */
function isRestricted(lawVersion: LawVersionCode, code: string): boolean {
  return BENEFICIARIES.some((beneficiary) =>
    isRestrictive(getEligibility(lawVersion, beneficiary, code)),
  );
}

// Groups eligible for every support under both laws (victims): for this rule such a person is
// like an unknown one, who raises nothing, so they are not kept.
const UNRESTRICTED = new Set(
  BENEFICIARIES.filter((beneficiary) =>
    Object.entries(SUPPORT_CODES).every(([lawVersion, codes]) =>
      codes.every(
        (code) => !isRestrictive(getEligibility(lawVersion as LawVersionCode, beneficiary, code)),
      ),
    ),
  ),
);

/** What a person record says about eligibility: their beneficiary group, or that their process events decide it. */
type PersonKind =
  | Exclude<Beneficiary, 'underVerificationAbroad' | 'underVerificationInVietnam'>
  | 'underVerification';

/**
 * A person's process events in input order, as pairs: the event date, then whether the event is
 * an arrival (receipt or rescue) by an agency abroad. A single event that is no such arrival is
 * kept as its date alone, as most are.
 */
type Timeline = string | (string | boolean)[];

/** A support to check once every person and event is known. */
interface HeldSupport extends HeldRef {
  readonly personId: string;
  readonly date: string | undefined;
  readonly lawVersion: LawVersionCode;
  readonly code: string;
  /** The law in force on the date, when the support is coded under the other one. */
  readonly expected: LawVersionCode | undefined;
  /** Whether some beneficiary group is not eligible, or only case by case: then the person matters. */
  readonly restricted: boolean;
}

function isForeign(person: Person): boolean {
  const { nationality } = person;
  return (
    nationality !== undefined &&
    nationality !== 'VN' &&
    nationality !== 'STATELESS' &&
    nationality !== 'UNKNOWN'
  );
}

function kindOf(person: Person): PersonKind {
  if (isForeign(person)) return 'foreign';
  if (person.category === 'VICTIM') return 'victim';
  if (person.category === 'ACCOMPANYING_CHILD') return 'accompanyingChild';
  return 'underVerification';
}

function isAbroadArrival(event: ProcessEvent): boolean {
  return ARRIVAL_EVENTS.has(event.type) && ABROAD_AGENCIES.has(event.agency?.type ?? '');
}

function addEvent(timeline: Timeline | undefined, date: string, abroad: boolean): Timeline {
  if (timeline === undefined) return abroad ? [date, abroad] : date;
  if (typeof timeline === 'string') return [timeline, false, date, abroad];
  timeline.push(date, abroad);
  return timeline;
}

/** Whether the person's latest process event up to `date` places them abroad. */
function isAbroad(timeline: Timeline, date: string | undefined): boolean {
  if (typeof timeline === 'string') return false;
  let latest: string | undefined;
  let abroad = false;
  for (let i = 0; i < timeline.length; i += 2) {
    const eventDate = timeline[i] as string;
    if (date !== undefined && eventDate > date) continue;
    if (latest === undefined || eventDate >= latest) {
      latest = eventDate;
      abroad = timeline[i + 1] as boolean;
    }
  }
  return abroad;
}

function beneficiaryOf(
  kind: PersonKind,
  timeline: Timeline,
  date: string | undefined,
): Beneficiary {
  if (kind !== 'underVerification') return kind;
  return isAbroad(timeline, date) ? 'underVerificationAbroad' : 'underVerificationInVietnam';
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
    const refs = new CompactRefs();
    // The kind of each person's last record: the last one wins, so no support is judged before
    // the end. Persons of an unrestricted kind are left out.
    const kinds = new Map<string, PersonKind>();
    // Kept for every person: a later record of the same id may make anyone under verification.
    const timelines = new Map<string, Timeline>();

    const check = (support: HeldSupport) => {
      const { personId, date, lawVersion, code, expected } = support;
      if (expected !== undefined) {
        ctx.report({
          code: 'support_law_version_mismatch',
          entry: refs.ref(support),
          path: ['supportType', 'lawVersion'],
          params: { lawVersion, expected, date },
        });
      }
      if (!support.restricted) return;
      // An unknown person is reported by referential-integrity.
      const kind = kinds.get(personId);
      if (!kind) return;
      const beneficiary = beneficiaryOf(kind, timelines.get(personId) ?? [], date);
      const eligibility = getEligibility(lawVersion, beneficiary, code);
      if (eligibility !== 'notEligible' && eligibility !== 'caseByCase') return;
      ctx.report({
        code: eligibility === 'notEligible' ? 'support_not_eligible' : 'support_case_by_case',
        entry: refs.ref(support),
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
    // A support whose person cannot matter is decided at once, unless an earlier one still waits.
    const supports = new InOrderQueue<HeldSupport>((support) => !support.restricted, check);

    return {
      record(entry) {
        if (entry.recordType === 'person') {
          const person = typedRecord<Person>(entry);
          const kind = kindOf(person);
          if (kind !== 'underVerification' && UNRESTRICTED.has(kind)) kinds.delete(person.id);
          else kinds.set(person.id, kind);
        } else if (entry.recordType === 'process_event') {
          const event = typedRecord<ProcessEvent>(entry);
          const timeline = timelines.get(event.personId);
          const grown = addEvent(timeline, event.date, isAbroadArrival(event));
          if (grown !== timeline) timelines.set(event.personId, grown);
        } else {
          const { supportType, date, personId, status } = typedRecord<SupportService>(entry);
          if (!supportType || !CHECKED_STATUSES.has(status)) return;
          const { lawVersion, code } = supportType;
          const inForce = date === undefined ? undefined : getLawVersionOn(date);
          const expected = inForce !== undefined && inForce !== lawVersion ? inForce : undefined;
          const restricted = isRestricted(lawVersion, code);
          // Nothing to say whoever the person is.
          if (expected === undefined && !restricted) return;
          const { path, where } = refs.hold(entry);
          supports.push({
            path,
            where,
            personId,
            date,
            lawVersion,
            code,
            expected,
            restricted,
          });
        }
      },
      end() {
        supports.finish();
      },
    };
  },
});
