import { defineRule } from '@vntip/core';
import { getCodeLabel, isMinorAgeBand, type Person } from '@vntip/schema';
import { CompactRefs, type HeldRef } from './internal/compact-refs';
import { InOrderQueue } from './internal/in-order-queue';
import { typedRecord } from './internal/typed-record';
import { quoteId } from './quote-id';

const ADULT_AGE = 18;

// Where each record type dates something that happened to its person.
const PERSON_DATE_FIELDS: Readonly<Record<string, string>> = {
  inter_province_transfer: 'date',
  process_event: 'date',
  status_decision: 'date',
  support_service: 'date',
  trafficking_event: 'startDate',
};

/** An accompanying child with something to report, or whose age waits on the first event. */
interface HeldChild extends HeldRef {
  readonly personId: string;
  readonly birthYear: number | undefined;
  /** The age band, when it is neither a child band nor UNKNOWN. */
  readonly adultAgeBand: string | undefined;
  readonly accompaniesNobody: boolean;
}

/** Whether someone born in `birthYear` was 18 on `date` whatever their birthday; only the years are known. */
function isCertainlyAdult(date: string, birthYear: number): boolean {
  return Number(date.slice(0, 4)) - birthYear - 1 >= ADULT_AGE;
}

/** Checks that an accompanying child is under 18 by birth year and age band, and says whom they accompany. */
export const accompanyingChildAge = defineRule({
  meta: {
    id: 'accompanying-child-age',
    version: '1',
    title: { vi: 'Tuổi của người đi cùng', en: 'Age of accompanying children' },
    description: {
      vi: 'Người thuộc nhóm người dưới 18 tuổi đi cùng phải dưới 18 tuổi vào ngày của sự việc đầu tiên liên quan, theo năm sinh hoặc nhóm tuổi, và phải ghi người mà họ đi cùng.',
      en: 'A person in the accompanying-child category must be under 18 on the date of their first recorded event, by birth year or age band, and must name the person they accompany.',
    },
    recordTypes: ['person', ...Object.keys(PERSON_DATE_FIELDS)],
  },
  messages: {
    accompanied_person_missing: {
      severity: 'warning',
      message: {
        vi: 'Người {personId} thuộc nhóm người dưới 18 tuổi đi cùng nhưng không ghi đi cùng ai ({field}).',
        en: 'Person {personId} is an accompanying child, but {field} does not say whom they accompany.',
      },
      hint: {
        vi: 'Ghi mã của nạn nhân hoặc người đang được xác định mà người này đi cùng.',
        en: 'Record the id of the victim or person undergoing victim identification this child accompanies.',
      },
    },
    accompanying_child_adult_age_band: {
      severity: 'error',
      message: {
        vi: 'Người {personId} thuộc nhóm người dưới 18 tuổi đi cùng nhưng nhóm tuổi tại {field} là "{ageBand}".',
        en: 'Person {personId} is an accompanying child under 18, but the age band at {field} is "{ageBand}".',
      },
      hint: {
        vi: 'Người đi cùng phải dưới 18 tuổi: sửa nhóm tuổi, hoặc đổi nhóm mục tiêu (category) của người này.',
        en: 'An accompanying child must be under 18: correct the age band, or change the category of this person.',
      },
    },
    accompanying_child_too_old: {
      severity: 'error',
      message: {
        vi: 'Người {personId} thuộc nhóm người dưới 18 tuổi đi cùng nhưng sinh năm {birthYear}, nên đã đủ 18 tuổi vào ngày {date}.',
        en: 'Person {personId} is an accompanying child under 18 but was born in {birthYear}, so was already 18 on {date}.',
      },
      hint: {
        vi: 'Sửa năm sinh, hoặc đổi nhóm mục tiêu (category) của người này.',
        en: 'Correct the birth year, or change the category of this person.',
      },
    },
  },
  create(ctx) {
    const refs = new CompactRefs();
    const firstDates = new Map<string, string>();

    const check = (child: HeldChild) => {
      const { personId, birthYear, adultAgeBand } = child;
      if (birthYear !== undefined) {
        const date = firstDates.get(personId) ?? ctx.today;
        if (isCertainlyAdult(date, birthYear)) {
          ctx.report({
            code: 'accompanying_child_too_old',
            entry: refs.ref(child),
            path: ['birthYear'],
            params: { personId: quoteId('person', personId, ctx.locale), birthYear, date },
          });
        }
      }
      if (adultAgeBand !== undefined) {
        ctx.report({
          code: 'accompanying_child_adult_age_band',
          entry: refs.ref(child),
          path: ['ageBand'],
          params: {
            personId: quoteId('person', personId, ctx.locale),
            ageBand: getCodeLabel('ageBand', adultAgeBand, ctx.locale),
            code: adultAgeBand,
          },
        });
      }
      if (child.accompaniesNobody) {
        ctx.report({
          code: 'accompanied_person_missing',
          entry: refs.ref(child),
          path: ['accompaniesPersonId'],
          params: { personId: quoteId('person', personId, ctx.locale) },
        });
      }
    };
    // The first date only moves earlier, so once a child is under 18 on it they stay so; without
    // a date yet (today stands in) or while they look 18, only the end can tell.
    const isDecided = ({ personId, birthYear }: HeldChild) => {
      if (birthYear === undefined) return true;
      const date = firstDates.get(personId);
      return date !== undefined && !isCertainlyAdult(date, birthYear);
    };
    const children = new InOrderQueue<HeldChild>(isDecided, check);

    return {
      record(entry) {
        if (entry.recordType === 'person') {
          const person = typedRecord<Person>(entry);
          if (person.category !== 'ACCOMPANYING_CHILD') return;
          const { id: personId, birthYear, ageBand } = person;
          const adultAgeBand =
            ageBand !== undefined && ageBand !== 'UNKNOWN' && !isMinorAgeBand(ageBand)
              ? ageBand
              : undefined;
          const accompaniesNobody = person.accompaniesPersonId === undefined;
          if (birthYear === undefined && adultAgeBand === undefined && !accompaniesNobody) return;
          const { path, where, type } = refs.hold(entry);
          children.push({
            path,
            where,
            type,
            personId,
            birthYear,
            adultAgeBand,
            accompaniesNobody,
          });
          return;
        }
        const field = PERSON_DATE_FIELDS[entry.recordType];
        const date = field ? entry.record[field] : undefined;
        const personId = entry.record.personId;
        if (typeof date !== 'string' || typeof personId !== 'string') return;
        const first = firstDates.get(personId);
        if (first !== undefined && date >= first) return;
        firstDates.set(personId, date);
        if (children.front?.personId === personId) children.flush();
      },
      end() {
        children.finish();
      },
    };
  },
});
