import type {
  BilingualText,
  DataQualityNote,
  IndicatorContext,
  IndicatorValue,
  RecordEntry,
} from '@vntip/core';
import {
  CTDC_AGE_BINS,
  ctdcAgeBin,
  formOfExploitation,
  isMinorAgeBand,
  provinceOfAdminUnit,
} from '@vntip/schema';

/** Position of a CTDC bin, youngest first; UNKNOWN last. */
function binIndex(code: string): number {
  const index = CTDC_AGE_BINS.findIndex((bin) => bin.code === code);
  return index === -1 ? CTDC_AGE_BINS.length : index;
}

/**
 * Age at a date from the birth year alone is (year − birthYear) or one less; a group counts only when both agree.
 * Returns the group of both ages, or undefined when they differ or the birth year is unknown.
 */
function fromBirthYear<Group>(
  birthYear: number | undefined,
  date: string,
  group: (age: number) => Group,
): Group | undefined {
  if (birthYear === undefined) return undefined;
  const upper = Number(date.slice(0, 4)) - birthYear;
  const a = group(Math.max(upper - 1, 0));
  return a === group(upper) ? a : undefined;
}

/** Under 18 or adult at the date: from the birth year when certain, else from the age band, else UNKNOWN. */
function ageGroup(person: PersonFacts | undefined, date: string): string {
  const known = fromBirthYear(person?.birthYear, date, (age) => (age < 18 ? 'UNDER_18' : 'ADULT'));
  if (known !== undefined) return known;
  const band = person?.ageBand;
  if (band === undefined || band === 'UNKNOWN') return 'UNKNOWN';
  return isMinorAgeBand(band) ? 'UNDER_18' : 'ADULT';
}

/** CTDC age bin at the date: from the birth year when certain, else from a CTDC age band, else UNKNOWN. */
function ctdcBin(person: PersonFacts | undefined, date: string): string {
  const known = fromBirthYear(person?.birthYear, date, ctdcAgeBin);
  if (known !== undefined) return known;
  const band = person?.ageBand;
  return band !== undefined && CTDC_AGE_BINS.some((bin) => bin.code === band) ? band : 'UNKNOWN';
}

/** The province of an admin-unit reference, as `code@codeListVersion`, or undefined when unknown. */
function provinceOf(residence: unknown): string | undefined {
  const province = provinceOfAdminUnit(residence);
  return province && `${province.code}@${province.codeListVersion}`;
}

interface PersonFacts {
  readonly sex: string;
  readonly birthYear?: number;
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

const DIMENSIONS = ['sex', 'age', 'ageBand', 'form', 'purpose', 'domestic', 'province'];

function rank(disaggregation: Record<string, string>): number {
  return Math.max(...Object.keys(disaggregation).map((key) => DIMENSIONS.indexOf(key)));
}

function compareGroups(a: Record<string, string>, b: Record<string, string>): number {
  const byDimension = rank(a) - rank(b);
  if (byDimension !== 0) return byDimension;
  for (const key of Object.keys(a)) {
    const byValue =
      key === 'ageBand'
        ? binIndex(a[key] ?? '') - binIndex(b[key] ?? '')
        : compareKeys(a[key] ?? '', b[key] ?? '');
    if (byValue !== 0) return byValue;
  }
  return (a.codeListVersion ?? '').localeCompare(b.codeListVersion ?? '');
}

/** The note of an UNKNOWN group of one dimension, or none. */
function unknownNote(dimension: string, count: number): DataQualityNote | undefined {
  switch (dimension) {
    case 'age':
      return note(
        'age_unknown',
        count,
        'Không xác định chắc chắn được dưới hay trên 18 tuổi từ năm sinh hoặc nhóm tuổi.',
        'Under or over 18 could not be told for certain from the birth year or age band.',
      );
    case 'ageBand':
      return note(
        'age_band_unknown',
        count,
        'Không xác định chắc chắn được nhóm tuổi CTDC từ năm sinh hoặc nhóm tuổi.',
        'The CTDC age bin could not be told for certain from the birth year or age band.',
      );
    case 'form':
    case 'domestic':
      return note(
        `${dimension}_unknown`,
        count,
        'Không có sự việc bị mua bán, hoặc mục đích không rõ.',
        'No trafficking event, or its purpose is unknown.',
      );
    case 'province':
      return note(
        'province_unknown',
        count,
        'Không có nơi cư trú cấp tỉnh kèm phiên bản danh mục.',
        'No province of residence with a code-list version.',
      );
    default:
      return undefined;
  }
}

/** The fields the victim breakdowns read, for the `requires` of the indicators that use them. */
export const VICTIM_FACT_FIELDS = [
  'person.sex',
  'person.birthYear',
  'person.ageBand',
  'person.residence',
  'trafficking_event.personId',
  'trafficking_event.purposes',
  'trafficking_event.domestic',
] as const;

/** Person and trafficking-event facts gathered from the stream, to break counted victims down. */
export interface VictimFacts {
  /** Keeps what a person or trafficking-event record says; other records are ignored. */
  observe(entry: Pick<RecordEntry, 'recordType' | 'record'>): void;
  /**
   * One value per group of the counted persons: the total (sex ALL), then by sex, age (UNDER_18, ADULT), CTDC age bin,
   * form of exploitation, form + purpose, domestic or transnational, and province of residence.
   * @param counted person id → the date that counted them (age is taken at that date)
   * @param counting what was counted, for the missing-person note ("an identification decision", …)
   * @param totalNotes notes of the indicator itself, put on the total row
   */
  values(
    ctx: Pick<IndicatorContext<unknown>, 'period' | 'scope'>,
    counted: ReadonlyMap<string, string>,
    counting: BilingualText,
    totalNotes?: readonly DataQualityNote[],
  ): IndicatorValue[];
}

/** Creates an empty set of victim facts for one computation. */
export function createVictimFacts(): VictimFacts {
  const persons = new Map<string, PersonFacts>();
  const events = new Map<string, EventFacts>();
  return {
    observe({ recordType, record }) {
      if (recordType === 'person') {
        const province = provinceOf(record.residence);
        persons.set(String(record.id), {
          sex: String(record.sex),
          ...(typeof record.birthYear === 'number' ? { birthYear: record.birthYear } : {}),
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
      }
    },
    values(ctx, counted, counting, totalNotes = []) {
      if (counted.size === 0) return [];
      const groups = new Map<string, { disaggregation: Record<string, string>; ids: string[] }>();
      const add = (disaggregation: Record<string, string>, id: string): void => {
        const key = JSON.stringify(disaggregation);
        const group = groups.get(key);
        if (group) group.ids.push(id);
        else groups.set(key, { disaggregation, ids: [id] });
      };
      let missing = 0;
      for (const [id, date] of [...counted].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        const person = persons.get(id);
        if (person === undefined) missing += 1;
        add({ sex: 'ALL' }, id);
        add({ sex: person?.sex ?? 'UNKNOWN' }, id);
        add({ age: ageGroup(person, date) }, id);
        add({ ageBand: ctdcBin(person, date) }, id);
        const facts = events.get(id);
        const purposes = facts && facts.purposes.size > 0 ? [...facts.purposes] : ['UNKNOWN'];
        const forms = new Set(purposes.map((p) => formOfExploitation(p)));
        for (const form of forms) add({ form }, id);
        for (const purpose of purposes) add({ form: formOfExploitation(purpose), purpose }, id);
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
        const [dimension = '', value] = Object.entries(disaggregation)[0] ?? [];
        if (dimension === 'sex' && value === 'ALL')
          return [
            ...totalNotes,
            ...(missing > 0
              ? [
                  note(
                    'missing_person',
                    missing,
                    `Người có ${counting.vi} nhưng không có bản ghi người; tính vào giới tính UNKNOWN.`,
                    `Persons with ${counting.en} but no person record; counted under sex UNKNOWN.`,
                  ),
                ]
              : []),
          ];
        if (value !== 'UNKNOWN' || Object.keys(disaggregation).length !== 1) return [];
        const unknown = unknownNote(dimension, count);
        return unknown ? [unknown] : [];
      };
      return [...groups.values()]
        .sort((a, b) => compareGroups(a.disaggregation, b.disaggregation))
        .map(
          ({ disaggregation, ids }): IndicatorValue => ({
            period: ctx.period,
            scope: ctx.scope,
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
}
