// One victim's joined facts as one row of the CTDC 2024 layout: codes through the `ctdc` columns of our codelists,
// countries as ISO alpha-3, age and duration into CTDC's bins.
import { CODELISTS, ctdcAgeBin } from '@vntip/schema';
import { alpha2ToAlpha3 } from 'i18n-iso-countries/index.js';
import { CTDC_COLUMNS, CTDC_TRAFFICK_MONTHS, type CtdcColumn, type CtdcRow } from './ctdc-columns';

/** A record as the exporter receives it: already de-identified by the host. */
export type CtdcRecord = Readonly<Record<string, unknown>>;

/** Everything known about one victim, joined on the (pseudonymous) person id. */
export interface CtdcVictim {
  /** The person record; absent when the host withheld it. */
  readonly person?: CtdcRecord;
  /** IDENTIFIED_VICTIM status decisions, in input order. */
  readonly identifications: readonly CtdcRecord[];
  /** Trafficking events, in input order. */
  readonly events: readonly CtdcRecord[];
  /** Process events, in input order. */
  readonly steps: readonly CtdcRecord[];
}

/** Called for each code other than UNKNOWN (CTDC's NULL) that has no CTDC equivalent and so sets no flag. */
export type UnmappedCode = (field: string, code: string) => void;

/**
 * The CTDC row of one victim. yearOfRegistration is the year of the earliest identification decision, else of the
 * earliest RECEIPT step; gender follows the `ctdc` column of the sex codelist; ageBroad is the CTDC bin of
 * (registration year − birth year), else the age band when it is a CTDC bin; citizenship is the nationality as ISO
 * alpha-3. CountryOfExploitation and traffickMonths come from the most recent trafficking event (latest start date,
 * undated first, input order breaking ties): its destination, or VNM when domestic; its months away, else the time
 * between its start and end dates when the bin is certain. The flags are the union over every event, through the
 * `ctdc` columns of the purpose, means-of-control, labour-sector, sexual-exploitation-type and recruiter-relation
 * codelists.
 */
export function ctdcRow(victim: CtdcVictim, unmapped: UnmappedCode = () => {}): CtdcRow {
  const row = Object.fromEntries(CTDC_COLUMNS.map((column) => [column, ''])) as Record<
    CtdcColumn,
    string
  >;
  const year = registrationYear(victim);
  if (year !== undefined) row.yearOfRegistration = String(year);
  const person = victim.person;
  if (person) {
    row.gender = ctdcLabel('sex', person.sex) ?? '';
    row.ageBroad = ageBroad(person, year) ?? '';
    row.citizenship = alpha3(person.nationality) ?? '';
  }
  const latest = latestEvent(victim.events);
  if (latest) {
    const country =
      typeof latest.destinationCountry === 'string'
        ? latest.destinationCountry
        : latest.domestic === true
          ? 'VN'
          : undefined;
    row.CountryOfExploitation = alpha3(country) ?? '';
    row.traffickMonths = traffickMonths(latest) ?? '';
  }
  const flag = (field: string, codelist: string, code: unknown) => {
    if (typeof code !== 'string') return;
    const column = ctdcLabel(codelist, code);
    if (column !== undefined && (CTDC_COLUMNS as readonly string[]).includes(column)) {
      row[column as CtdcColumn] = '1';
    } else if (code !== 'UNKNOWN') unmapped(field, code);
  };
  for (const event of victim.events) {
    for (const code of list(event.purposes)) flag('purposes', 'purpose', code);
    for (const code of list(event.meansOfControl)) flag('meansOfControl', 'meansOfControl', code);
    for (const code of list(event.labourSectors)) flag('labourSectors', 'labourSector', code);
    for (const code of list(event.sexualExploitationForms)) {
      flag('sexualExploitationForms', 'sexualExploitationType', code);
    }
    flag('recruiterRelation', 'recruiterRelation', event.recruiterRelation);
  }
  return row;
}

/** The year a victim was registered: earliest identification decision, else earliest receipt. */
export function registrationYear(victim: CtdcVictim): number | undefined {
  const receipts = victim.steps.filter((step) => step.type === 'RECEIPT');
  for (const records of [victim.identifications, receipts]) {
    const years = records
      .map((record) => (typeof record.date === 'string' ? yearOf(record.date) : undefined))
      .filter((year): year is number => year !== undefined);
    if (years.length > 0) return Math.min(...years);
  }
  return undefined;
}

// --- Internal helpers ---

const CTDC_LABELS: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map(
  [
    'sex',
    'ageBand',
    'purpose',
    'meansOfControl',
    'labourSector',
    'sexualExploitationType',
    'recruiterRelation',
  ].map((name) => [
    name,
    new Map(
      (CODELISTS[name]?.rows ?? []).flatMap((row) => (row.ctdc ? [[row.code, row.ctdc]] : [])),
    ),
  ]),
);

/** The `ctdc` column of a code, or undefined when the code has none. */
function ctdcLabel(codelist: string, code: unknown): string | undefined {
  return typeof code === 'string' ? CTDC_LABELS.get(codelist)?.get(code) : undefined;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function yearOf(date: string): number | undefined {
  return /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : undefined;
}

function alpha3(alpha2: unknown): string | undefined {
  return typeof alpha2 === 'string' && /^[A-Z]{2}$/.test(alpha2)
    ? alpha2ToAlpha3(alpha2)
    : undefined;
}

/** Age reached in the registration year (year − birth year, as the privacy package's age ladder takes it). */
function ageBroad(person: CtdcRecord, year: number | undefined): string | undefined {
  if (typeof person.birthYear === 'number') {
    if (year === undefined || year < person.birthYear) return undefined;
    return ctdcLabel('ageBand', ctdcAgeBin(year - person.birthYear));
  }
  return ctdcLabel('ageBand', person.ageBand);
}

function latestEvent(events: readonly CtdcRecord[]): CtdcRecord | undefined {
  let latest: CtdcRecord | undefined;
  for (const event of events) {
    const start = typeof event.startDate === 'string' ? event.startDate : '';
    const best = typeof latest?.startDate === 'string' ? latest.startDate : '';
    if (latest === undefined || start >= best) latest = event;
  }
  return latest;
}

const DAYS_PER_MONTH = 365.25 / 12;

/** The traffickMonths bin of a duration in months: up to 12, up to 24, longer. */
function monthsBin(months: number): string {
  const [first, second, third] = CTDC_TRAFFICK_MONTHS;
  return months <= 12 ? first : months <= 24 ? second : third;
}

/**
 * The bin of an event's duration: its months away, else the span from start to end date. Dates the host generalised
 * to a month or a year give a range of durations; the bin is written only when the whole range falls in one bin.
 */
function traffickMonths(event: CtdcRecord): string | undefined {
  if (typeof event.monthsAway === 'number') return monthsBin(event.monthsAway);
  const start = dateRange(event.startDate);
  const end = dateRange(event.endDate);
  if (!start || !end || end[1] < start[0]) return undefined;
  const shortest = Math.max(0, end[0] - start[1]) / DAYS_PER_MONTH;
  const longest = (end[1] - start[0]) / DAYS_PER_MONTH;
  const bin = monthsBin(shortest);
  return bin === monthsBin(longest) ? bin : undefined;
}

/** First and last day (as day numbers) a full, month or year date can stand for. */
function dateRange(value: unknown): readonly [number, number] | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;
  if (match[3] !== undefined) {
    const at = day(year, Number(match[2]), Number(match[3]));
    return [at, at];
  }
  if (match[2] !== undefined) {
    const month = Number(match[2]);
    return [day(year, month, 1), day(year, month + 1, 0)];
  }
  return [day(year, 1, 1), day(year, 12, 31)];
}
