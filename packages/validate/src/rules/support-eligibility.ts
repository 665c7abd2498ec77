import { defineRule } from '@vntip/core';
import {
  getCodeLabel,
  type LawVersionCode,
  type Locale,
  type Person,
  type ProcessEvent,
  type SupportService,
  type TraffickingEvent,
} from '@vntip/schema';
import { CompactRefs, type HeldRef } from './internal/compact-refs';
import { getLawVersionOn } from './internal/reform-dates';
import {
  type Beneficiary,
  getEligibility,
  getEligibilityCitation,
  getPermanentResidenceCitation,
} from './internal/support-eligibility-matrix';
import { typedRecord } from './internal/typed-record';
import { quoteId } from './quote-id';

const CHECKED_STATUSES = new Set(['PROVIDED', 'REQUESTED']);
const ABROAD_AGENCIES = new Set(['VN_MISSION_ABROAD', 'FOREIGN_AUTHORITY']);
const ARRIVAL_EVENTS = new Set(['RECEIPT', 'RESCUE']);

const WHO: Readonly<Record<Locale, Readonly<Record<Beneficiary, string>>>> = {
  vi: {
    victim: 'nạn nhân',
    accompanyingChild: 'người dưới 18 tuổi đi cùng nạn nhân',
    underVerificationAbroad: 'người đang trong quá trình xác định là nạn nhân ở nước ngoài',
    underVerificationInVietnam: 'người đang trong quá trình xác định là nạn nhân ở Việt Nam',
    foreign: 'người nước ngoài bị mua bán tại Việt Nam',
    foreignTraffickedAbroad: 'người nước ngoài bị mua bán ngoài lãnh thổ Việt Nam',
  },
  en: {
    victim: 'a victim',
    accompanyingChild: 'a child under 18 accompanying a victim',
    underVerificationAbroad: 'a person undergoing victim identification abroad',
    underVerificationInVietnam: 'a person undergoing victim identification in Viet Nam',
    foreign: 'a foreign national trafficked in Viet Nam',
    foreignTraffickedAbroad: 'a foreign national trafficked outside Viet Nam',
  },
};

/**
 * What a person record says about eligibility. Victims (Vietnamese citizens and stateless persons
 * permanently resident in Viet Nam) are eligible for every support under both laws: for this rule
 * they are like an unknown person, who raises nothing, so they are not kept. A child keeps the id
 * of the person they accompany, whose category decides their support under the 2024 law.
 */
type PersonFacts =
  | 'underVerification'
  | 'foreign'
  | 'statelessNotPermanent'
  | { readonly accompanies: string | undefined };

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
}

/** The group a person falls in for one support; `stateless` when only their residence keeps them out of a citizen's group. */
interface Placement {
  readonly beneficiary: Beneficiary;
  readonly stateless?: boolean;
}

function factsOf(person: Person): PersonFacts | undefined {
  const { nationality, residenceStatus } = person;
  if (nationality === 'STATELESS') {
    // Only a known residence other than thường trú keeps a stateless person out of a citizen's group.
    if (
      residenceStatus !== undefined &&
      residenceStatus !== 'PERMANENT' &&
      residenceStatus !== 'UNKNOWN'
    ) {
      return 'statelessNotPermanent';
    }
  } else if (nationality !== undefined && nationality !== 'VN' && nationality !== 'UNKNOWN') {
    return 'foreign';
  }
  if (person.category === 'ACCOMPANYING_CHILD') return { accompanies: person.accompaniesPersonId };
  if (person.category === 'UNDER_VERIFICATION') return 'underVerification';
  return undefined;
}

function isAbroadArrival(event: ProcessEvent): boolean {
  return ARRIVAL_EVENTS.has(event.type) && ABROAD_AGENCIES.has(event.agency?.type ?? '');
}

/** Whether the trafficking event took place in Viet Nam: trafficking within the country, or into it. */
function isInVietnam(event: TraffickingEvent): boolean {
  return event.domestic || event.destinationCountry === 'VN';
}

function addEvent(timeline: Timeline | undefined, date: string, abroad: boolean): Timeline {
  if (timeline === undefined) return abroad ? [date, abroad] : date;
  if (typeof timeline === 'string') return [timeline, false, date, abroad];
  timeline.push(date, abroad);
  return timeline;
}

/** Whether the person's latest process event up to `date` places them abroad. */
function isAbroad(timeline: Timeline | undefined, date: string | undefined): boolean {
  if (timeline === undefined || typeof timeline === 'string') return false;
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

/** Checks that provided or requested support uses the law in force on its date and that the person is eligible for it under that law. */
export const supportEligibility = defineRule({
  meta: {
    id: 'support-eligibility',
    version: '2',
    title: { vi: 'Diện được hưởng hỗ trợ', en: 'Eligibility for support' },
    description: {
      vi: 'Loại hỗ trợ phải theo luật có hiệu lực vào ngày hỗ trợ (Luật 2011 đến 30/6/2025, Luật 2024 từ 1/7/2025), và người nhận phải thuộc diện được hưởng loại hỗ trợ đó theo luật ấy: Luật 66/2011/QH12 Điều 32 và Nghị định 09/2013/NĐ-CP Điều 19 (người đang chờ xác minh chỉ được hỗ trợ nhu cầu thiết yếu và chi phí đi lại); Luật 53/2024/QH15 Điều 37 (người dưới 18 tuổi đi cùng theo người mà họ đi cùng; người không quốc tịch phải thường trú ở Việt Nam; người nước ngoài chỉ khi bị mua bán tại Việt Nam).',
      en: 'The support type must follow the law in force on the support date (2011 law up to 30/6/2025, 2024 law from 1/7/2025), and the person must be eligible for it under that law: Law 66/2011/QH12 Art. 32 and Decree 09/2013/NĐ-CP Art. 19 (persons awaiting verification get essential needs and travel costs only); Law 53/2024/QH15 Art. 37 (an accompanying child as the person they accompany; stateless persons only when permanently resident in Viet Nam; foreigners only when trafficked in Viet Nam).',
    },
    recordTypes: ['person', 'process_event', 'support_service', 'trafficking_event'],
  },
  messages: {
    support_case_by_case: {
      severity: 'warning',
      message: {
        vi: 'Hỗ trợ "{support}" tại {field} cho {who} chỉ được xem xét tùy từng trường hợp ({citation}).',
        en: 'The support "{support}" at {field} is given to {who} only case by case ({citation}).',
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
        vi: 'Hỗ trợ "{support}" tại {field} không áp dụng cho {who} theo Luật {lawVersion} ({citation}).',
        en: 'The support "{support}" at {field} does not apply to {who} under the {lawVersion} law ({citation}).',
      },
      hint: {
        vi: 'Kiểm tra loại hỗ trợ, nhóm người, quốc tịch và nơi bị mua bán của người {personId}, và ngày hỗ trợ.',
        en: 'Check the support type, the category, nationality and place of trafficking of person {personId}, and the support date.',
      },
    },
    support_requires_permanent_residence: {
      severity: 'warning',
      message: {
        vi: 'Hỗ trợ "{support}" tại {field}: người {personId} không quốc tịch và không thường trú ở Việt Nam, nên không thuộc {citation}; như {who}, người đó không được hưởng loại hỗ trợ này ({foreignCitation}).',
        en: 'The support "{support}" at {field}: person {personId} is stateless and not permanently resident in Viet Nam, so is outside {citation}; as {who}, they do not get this support ({foreignCitation}).',
      },
      hint: {
        vi: 'Kiểm tra tình trạng cư trú (residenceStatus) của người {personId}: người không quốc tịch thường trú ở Việt Nam được hưởng chế độ như công dân Việt Nam.',
        en: 'Check the residence status (residenceStatus) of person {personId}: a stateless person permanently resident in Viet Nam gets the support of a Vietnamese citizen.',
      },
    },
  },
  create(ctx) {
    const refs = new CompactRefs();
    // The facts of each person's last record: the last one wins, so no support is judged before the end.
    const persons = new Map<string, PersonFacts>();
    // Kept for every person: a later record of the same id may make anyone a person undergoing victim identification.
    const timelines = new Map<string, Timeline>();
    // Whether some trafficking event of the person took place in Viet Nam.
    const traffickedInVietnam = new Map<string, boolean>();
    const supports: HeldSupport[] = [];

    const placeUnderVerification = (personId: string, date: string | undefined): Placement => ({
      beneficiary: isAbroad(timelines.get(personId), date)
        ? 'underVerificationAbroad'
        : 'underVerificationInVietnam',
    });

    const placementOf = (
      personId: string,
      lawVersion: LawVersionCode,
      date: string | undefined,
    ): Placement | undefined => {
      const facts = persons.get(personId);
      // A victim is eligible for everything; an unknown person is reported by referential-integrity.
      if (facts === undefined) return undefined;
      if (facts === 'foreign' || facts === 'statelessNotPermanent') {
        const inVietnam = traffickedInVietnam.get(personId);
        return {
          beneficiary: inVietnam === false ? 'foreignTraffickedAbroad' : 'foreign',
          stateless: facts === 'statelessNotPermanent',
        };
      }
      if (facts === 'underVerification') return placeUnderVerification(personId, date);
      // An accompanying child. The 2011 law gives every accompanying minor the same (Art. 32(3)).
      if (lawVersion === '2011') return { beneficiary: 'accompanyingChild' };
      const adult = facts.accompanies === undefined ? undefined : persons.get(facts.accompanies);
      // Art. 37(3): a child with a person undergoing identification gets what that person gets, by
      // where they are: the child's own events when the data has them, else the adult's.
      if (adult === 'underVerification' && facts.accompanies !== undefined) {
        return placeUnderVerification(timelines.has(personId) ? personId : facts.accompanies, date);
      }
      // Art. 37(2)–(3) name children accompanying Vietnamese citizens and stateless permanent
      // residents, and Art. 37(4) names no child: a child with a foreigner is not judged.
      if (adult === 'foreign' || adult === 'statelessNotPermanent') return undefined;
      return { beneficiary: 'accompanyingChild' };
    };

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
      const placement = placementOf(personId, lawVersion, date);
      if (!placement) return;
      const { beneficiary, stateless } = placement;
      const eligibility = getEligibility(lawVersion, beneficiary, code);
      if (eligibility !== 'notEligible' && eligibility !== 'caseByCase') return;
      const citation = getEligibilityCitation(lawVersion, beneficiary)[ctx.locale];
      const common = {
        code,
        lawVersion,
        personId: quoteId('person', personId, ctx.locale),
        beneficiary,
        support: getCodeLabel(`supportType${lawVersion}`, code, ctx.locale),
        who: WHO[ctx.locale][beneficiary],
      };
      if (eligibility === 'caseByCase') {
        ctx.report({
          code: 'support_case_by_case',
          entry: refs.ref(support),
          path: ['supportType', 'code'],
          params: { ...common, citation },
        });
      } else if (stateless) {
        ctx.report({
          code: 'support_requires_permanent_residence',
          entry: refs.ref(support),
          path: ['supportType', 'code'],
          params: {
            ...common,
            citation: getPermanentResidenceCitation(lawVersion)[ctx.locale],
            foreignCitation: citation,
          },
        });
      } else {
        ctx.report({
          code: 'support_not_eligible',
          entry: refs.ref(support),
          path: ['supportType', 'code'],
          params: { ...common, citation },
        });
      }
    };

    return {
      record(entry) {
        if (entry.recordType === 'person') {
          const person = typedRecord<Person>(entry);
          const facts = factsOf(person);
          if (facts === undefined) persons.delete(person.id);
          else persons.set(person.id, facts);
        } else if (entry.recordType === 'process_event') {
          const event = typedRecord<ProcessEvent>(entry);
          const timeline = timelines.get(event.personId);
          const grown = addEvent(timeline, event.date, isAbroadArrival(event));
          if (grown !== timeline) timelines.set(event.personId, grown);
        } else if (entry.recordType === 'trafficking_event') {
          const event = typedRecord<TraffickingEvent>(entry);
          if (traffickedInVietnam.get(event.personId) !== true) {
            traffickedInVietnam.set(event.personId, isInVietnam(event));
          }
        } else {
          const { supportType, date, personId, status } = typedRecord<SupportService>(entry);
          if (!supportType || !CHECKED_STATUSES.has(status)) return;
          const { lawVersion, code } = supportType;
          const inForce = date === undefined ? undefined : getLawVersionOn(date);
          const expected = inForce !== undefined && inForce !== lawVersion ? inForce : undefined;
          const { path, where, type } = refs.hold(entry);
          supports.push({ path, where, type, personId, date, lawVersion, code, expected });
        }
      },
      end() {
        for (const support of supports) check(support);
        supports.length = 0;
      },
    };
  },
});
