import { defineRule, type RecordEntry } from '@vntip/core';
import { getCodeLabel, type Person } from '@vntip/schema';
import { typedRecord } from './internal/typed-record';

const ADULT_AGE = 18;
const CHILD_AGE_BANDS = new Set(['AGE_0_8', 'AGE_9_17', 'UNDER_18']);

// Where each record type dates something that happened to its person.
const PERSON_DATE_FIELDS: Readonly<Record<string, string>> = {
  inter_province_transfer: 'date',
  process_event: 'date',
  status_decision: 'date',
  support_service: 'date',
  trafficking_event: 'startDate',
};

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
        en: 'Record the id of the victim or person under verification this child accompanies.',
      },
    },
    accompanying_child_adult_age_band: {
      severity: 'error',
      message: {
        vi: 'Người {personId} thuộc nhóm người dưới 18 tuổi đi cùng nhưng nhóm tuổi tại {field} là "{ageBand}".',
        en: 'Person {personId} is an accompanying child under 18, but the age band at {field} is "{ageBand}".',
      },
      hint: {
        vi: 'Người đi cùng phải dưới 18 tuổi: sửa nhóm tuổi, hoặc đổi nhóm đối tượng (category) của người này.',
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
        vi: 'Sửa năm sinh, hoặc đổi nhóm đối tượng (category) của người này.',
        en: 'Correct the birth year, or change the category of this person.',
      },
    },
  },
  create(ctx) {
    const children: { entry: RecordEntry; person: Person }[] = [];
    const firstDates = new Map<string, string>();

    const check = (entry: RecordEntry, person: Person) => {
      const personId = person.id;
      const { birthYear, ageBand } = person;
      if (birthYear !== undefined) {
        const date = firstDates.get(personId) ?? ctx.today;
        // Only the years are known, so fire only when the person was 18 whatever their birthday.
        if (Number(date.slice(0, 4)) - birthYear - 1 >= ADULT_AGE) {
          ctx.report({
            code: 'accompanying_child_too_old',
            entry,
            path: ['birthYear'],
            params: { personId, birthYear, date },
          });
        }
      }
      if (ageBand !== undefined && ageBand !== 'UNKNOWN' && !CHILD_AGE_BANDS.has(ageBand)) {
        ctx.report({
          code: 'accompanying_child_adult_age_band',
          entry,
          path: ['ageBand'],
          params: {
            personId,
            ageBand: getCodeLabel('ageBand', ageBand, ctx.locale),
            code: ageBand,
          },
        });
      }
      if (person.accompaniesPersonId === undefined) {
        ctx.report({
          code: 'accompanied_person_missing',
          entry,
          path: ['accompaniesPersonId'],
          params: { personId },
        });
      }
    };

    return {
      record(entry) {
        if (entry.recordType === 'person') {
          const person = typedRecord<Person>(entry);
          if (person.category === 'ACCOMPANYING_CHILD') children.push({ entry, person });
          return;
        }
        const field = PERSON_DATE_FIELDS[entry.recordType];
        const date = field ? entry.record[field] : undefined;
        const personId = entry.record.personId;
        if (typeof date !== 'string' || typeof personId !== 'string') return;
        const first = firstDates.get(personId);
        if (first === undefined || date < first) firstDates.set(personId, date);
      },
      end() {
        for (const { entry, person } of children) check(entry, person);
      },
    };
  },
});
