import { type DataQualityNote, defineIndicator, type IndicatorValue } from '@vntip/core';
import { CODELISTS } from '@vntip/schema';
import { identificationDate } from '../internal/identification-date';

/** SDG 16.2.2 form of exploitation for each ICTIP series code of `purpose.csv`. */
const FORM_BY_ICTIP: Readonly<Record<string, string>> = {
  VC_HTF_DETVSX: 'SEXUAL_EXPLOITATION',
  VC_HTF_DETVFL: 'FORCED_LABOUR',
  VC_HTF_DETVOG: 'ORGAN_REMOVAL',
  VC_HTF_DETVOP: 'OTHER',
};

/** Fallback from the CTDC column when a purpose has no ICTIP code. */
const FORM_BY_CTDC: Readonly<Record<string, string>> = {
  isSexualExploit: 'SEXUAL_EXPLOITATION',
  isForcedLabour: 'FORCED_LABOUR',
  isOtherExploit: 'OTHER',
};

/** Purpose code → form of exploitation, read once from the purpose codelist. */
const FORM_BY_PURPOSE: ReadonlyMap<string, string> = new Map(
  (CODELISTS.purpose?.rows ?? []).map((row) => [
    row.code,
    FORM_BY_ICTIP[row.ictip ?? ''] ?? FORM_BY_CTDC[row.ctdc ?? ''] ?? 'UNKNOWN',
  ]),
);

const UNDER_18_BANDS = new Set(['AGE_0_8', 'AGE_9_17', 'UNDER_18']);

/** Age group at the decision: from the birth year when certain, else from the age band, else UNKNOWN. */
function ageGroup(
  birthYear: string | undefined,
  ageBand: string | undefined,
  date: string,
): string {
  if (birthYear !== undefined) {
    // With only the birth year, the age at the decision is (year − birthYear) or one less.
    const upper = Number(date.slice(0, 4)) - Number(birthYear);
    if (upper <= 17) return 'UNDER_18';
    if (upper - 1 >= 18) return 'ADULT';
  }
  if (ageBand === undefined || ageBand === 'UNKNOWN') return 'UNKNOWN';
  return UNDER_18_BANDS.has(ageBand) ? 'UNDER_18' : 'ADULT';
}

/** The province of an admin-unit reference, as `code@codeListVersion`, or undefined when unknown. */
function provinceOf(residence: unknown): string | undefined {
  if (typeof residence !== 'object' || residence === null) return undefined;
  const ref = residence as Record<string, unknown>;
  const code = ref.level === 'province' ? ref.code : ref.provinceCode;
  if (typeof code !== 'string' || typeof ref.codeListVersion !== 'string') return undefined;
  return `${code}@${ref.codeListVersion}`;
}

interface PersonFacts {
  readonly sex: string;
  readonly birthYear?: string;
  readonly ageBand?: string;
  /** `code@codeListVersion`. */
  readonly province?: string;
}

interface EventFacts {
  readonly purposes: Set<string>;
  /** Distinct DOMESTIC / TRANSNATIONAL values. */
  readonly domestic: Set<string>;
}

function note(code: string, count: number, vi: string, en: string): DataQualityNote {
  return { code, count, message: { vi, en } };
}

/** Sorts group keys: ALL first, UNKNOWN last, the rest alphabetically. */
function compareKeys(a: string, b: string): number {
  if (a === b) return 0;
  if (a === 'ALL' || b === 'UNKNOWN') return -1;
  if (b === 'ALL' || a === 'UNKNOWN') return 1;
  return a.localeCompare(b);
}

/**
 * Number of persons identified as victims: distinct persons with an IDENTIFIED_VICTIM status decision dated in the period,
 * in total and by sex, age group, form of exploitation and purpose, domestic or transnational trafficking, and province of residence.
 */
export const victimsIdentified = defineIndicator({
  meta: {
    id: 'victims-identified',
    version: '2',
    unit: 'count',
    requires: [
      'status_decision.personId',
      'status_decision.status',
      'status_decision.date',
      'person.sex',
      'person.birthYear',
      'person.ageBand',
      'person.residence',
      'trafficking_event.personId',
      'trafficking_event.purposes',
      'trafficking_event.domestic',
    ],
    title: { vi: 'Số người được xác định là nạn nhân', en: 'Persons identified as victims' },
    description: {
      vi: 'Số người khác nhau có quyết định trạng thái IDENTIFIED_VICTIM (đã xác định là nạn nhân) ghi ngày trong kỳ, tổng (sex = ALL) và theo giới tính của bản ghi người; không có mẫu số. Người không có bản ghi người được tính vào giới tính UNKNOWN (ghi chú missing_person). Các nhóm phân tổ riêng, mỗi nhóm một khóa: age (UNDER_18, ADULT theo năm sinh so với năm của quyết định đầu tiên trong kỳ khi chắc chắn, nếu không theo nhóm tuổi, nếu không UNKNOWN); form (hình thức bóc lột theo SDG 16.2.2, suy từ các cột ictip/ctdc của danh mục mục đích) và form + purpose (từng mục đích, giữ riêng các nhóm thống kê của Việt Nam); domestic (DOMESTIC, TRANSNATIONAL) theo các bản ghi sự việc bị mua bán của người đó; province (mã tỉnh nơi cư trú kèm codeListVersion). Một người có nhiều mục đích hoặc nhiều sự việc được tính một lần ở mỗi giá trị khác nhau, nên tổng các dòng form, purpose, domestic có thể lớn hơn tổng chung. Người không có sự việc bị mua bán được tính vào UNKNOWN.',
      en: "The number of distinct persons with an IDENTIFIED_VICTIM status decision dated in the period, in total (sex = ALL) and by the sex on their person record; no denominator. A person without a person record counts under sex UNKNOWN (note missing_person). Separate breakdowns, one key each: age (UNDER_18 or ADULT from the birth year against the year of the first decision in the period when that is certain, else from the age band, else UNKNOWN); form (SDG 16.2.2 form of exploitation, from the ictip/ctdc columns of the purpose codelist) and form + purpose (each purpose, keeping the Vietnamese reporting categories distinct); domestic (DOMESTIC or TRANSNATIONAL) from the person's trafficking events; province (province code of residence with its codeListVersion). A person with several purposes or events counts once under each distinct value, so form, purpose and domestic rows can add up to more than the total. A person without a trafficking event counts under UNKNOWN.",
    },
  },
  create(ctx) {
    const persons = new Map<string, PersonFacts>();
    const events = new Map<string, EventFacts>();
    /** Person id → date of the earliest identification decision in the period. */
    const victims = new Map<string, string>();
    return {
      record({ recordType, record }) {
        if (recordType === 'person') {
          const province = provinceOf(record.residence);
          persons.set(String(record.id), {
            sex: String(record.sex),
            ...(typeof record.birthYear === 'number'
              ? { birthYear: String(record.birthYear) }
              : {}),
            ...(typeof record.ageBand === 'string' ? { ageBand: record.ageBand } : {}),
            ...(province === undefined ? {} : { province }),
          });
        } else if (recordType === 'trafficking_event') {
          const id = String(record.personId);
          let facts = events.get(id);
          if (!facts) {
            facts = { purposes: new Set(), domestic: new Set() };
            events.set(id, facts);
          }
          if (Array.isArray(record.purposes))
            for (const purpose of record.purposes) facts.purposes.add(String(purpose));
          if (typeof record.domestic === 'boolean')
            facts.domestic.add(record.domestic ? 'DOMESTIC' : 'TRANSNATIONAL');
        } else {
          const decided = identificationDate({ recordType, record }, ctx.period);
          if (decided === undefined) return;
          const id = String(record.personId);
          const seen = victims.get(id);
          if (seen === undefined || decided < seen) victims.set(id, decided);
        }
      },
      end() {
        if (victims.size === 0) return [];
        // Group key (JSON of the disaggregation) → ids; insertion order is fixed below by sorting.
        const groups = new Map<string, { disaggregation: Record<string, string>; ids: string[] }>();
        const add = (disaggregation: Record<string, string>, id: string): void => {
          const key = JSON.stringify(disaggregation);
          const group = groups.get(key);
          if (group) group.ids.push(id);
          else groups.set(key, { disaggregation, ids: [id] });
        };
        let missing = 0;
        for (const id of [...victims.keys()].sort()) {
          const person = persons.get(id);
          if (person === undefined) missing += 1;
          add({ sex: 'ALL' }, id);
          add({ sex: person?.sex ?? 'UNKNOWN' }, id);
          add({ age: ageGroup(person?.birthYear, person?.ageBand, victims.get(id) ?? '') }, id);
          const facts = events.get(id);
          const purposes = facts && facts.purposes.size > 0 ? [...facts.purposes] : ['UNKNOWN'];
          const forms = new Set(purposes.map((p) => FORM_BY_PURPOSE.get(p) ?? 'UNKNOWN'));
          for (const form of forms) add({ form }, id);
          for (const purpose of purposes)
            add({ form: FORM_BY_PURPOSE.get(purpose) ?? 'UNKNOWN', purpose }, id);
          const domestic = facts && facts.domestic.size > 0 ? [...facts.domestic] : ['UNKNOWN'];
          for (const value of domestic) add({ domestic: value }, id);
          const [province, codeListVersion] = person?.province?.split('@') ?? [];
          add(
            province !== undefined && codeListVersion !== undefined
              ? { province, codeListVersion }
              : { province: 'UNKNOWN' },
            id,
          );
        }
        const notesFor = (
          disaggregation: Record<string, string>,
          count: number,
        ): DataQualityNote[] => {
          const [dimension, value] = Object.entries(disaggregation)[0] ?? [];
          if (dimension === 'sex' && value === 'ALL' && missing > 0)
            return [
              note(
                'missing_person',
                missing,
                'Người có quyết định xác định là nạn nhân nhưng không có bản ghi người; tính vào giới tính UNKNOWN.',
                'Persons with an identification decision but no person record; counted under sex UNKNOWN.',
              ),
            ];
          if (value !== 'UNKNOWN' || Object.keys(disaggregation).length !== 1) return [];
          if (dimension === 'age')
            return [
              note(
                'age_unknown',
                count,
                'Không xác định chắc chắn được dưới hay trên 18 tuổi từ năm sinh hoặc nhóm tuổi.',
                'Under or over 18 could not be told for certain from the birth year or age band.',
              ),
            ];
          if (dimension === 'form' || dimension === 'domestic')
            return [
              note(
                `${dimension}_unknown`,
                count,
                'Không có sự việc bị mua bán, hoặc mục đích không rõ.',
                'No trafficking event, or its purpose is unknown.',
              ),
            ];
          if (dimension === 'province')
            return [
              note(
                'province_unknown',
                count,
                'Không có nơi cư trú cấp tỉnh kèm phiên bản danh mục.',
                'No province of residence with a code-list version.',
              ),
            ];
          return [];
        };
        const dimensionOrder = ['sex', 'age', 'form', 'purpose', 'domestic', 'province'];
        const rank = (d: Record<string, string>) =>
          Math.max(...Object.keys(d).map((k) => dimensionOrder.indexOf(k)));
        const compareGroups = (a: Record<string, string>, b: Record<string, string>): number => {
          const byDimension = rank(a) - rank(b);
          if (byDimension !== 0) return byDimension;
          for (const key of Object.keys(a)) {
            const byValue = compareKeys(a[key] ?? '', b[key] ?? '');
            if (byValue !== 0) return byValue;
          }
          return (a.codeListVersion ?? '').localeCompare(b.codeListVersion ?? '');
        };
        return [...groups.values()]
          .sort((a, b) => compareGroups(a.disaggregation, b.disaggregation))
          .map(
            ({ disaggregation, ids }): IndicatorValue => ({
              period: ctx.period,
              scope: { level: 'national', code: 'VN' },
              disaggregation,
              numerator: ids.length,
              denominator: null,
              value: ids.length,
              lineage: ids,
              notes: notesFor(disaggregation, ids.length),
            }),
          );
      },
    };
  },
});
