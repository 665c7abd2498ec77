// How an indicator row becomes the key of an observation in a published dataflow (schemas/sdmx/): REF_AREA, the
// breakdown dimensions and TIME_PERIOD of the VN-TIP dataflows, and the SDG 16.2.2 series of the SDG dataflow.
import { CODELISTS, formOfExploitation } from '@vntip/schema';
import type { SdmxComponentTable, SdmxDataflowTable } from '../generated/sdmx-structures';
import { timePeriod } from './sdmx-dimensions';

/** The UN M49 code of Viet Nam: REF_AREA of national figures. */
export const M49_VIET_NAM = '704';

/** The disaggregation key that is the period itself (a month): it sets TIME_PERIOD and is no dimension. */
export const TIME_KEY = 'month';

/** Keys that qualify another key instead of being a dimension of their own. */
export const QUALIFIER_KEYS: ReadonlySet<string> = new Set(['codeListVersion']);

/** The parts of an indicator row a key is made from. */
export interface KeyedRow {
  readonly indicator: string;
  readonly period: { readonly start: string; readonly end: string };
  readonly scope: {
    readonly level: string;
    readonly code: string;
    readonly codeListVersion?: string;
  };
  readonly disaggregation: Readonly<Record<string, string>>;
}

/** A key, or why the row has none in this dataflow. */
export type KeyResult =
  | { readonly ok: true; readonly codes: readonly string[] }
  | { readonly ok: false; readonly dimension: string; readonly value: string };

/** REF_AREA of a scope: `704`, or a province of the national extension `704-P2025-24`; undefined for other levels. */
export function areaOfScope(scope: KeyedRow['scope']): string | undefined {
  if (scope.level === 'national') return M49_VIET_NAM;
  if (scope.level !== 'province') return undefined;
  return provinceArea(scope.code, scope.codeListVersion);
}

/** The national-extension code of a province: `704-P<list year>-<code>`; undefined without a dated list version. */
export function provinceArea(
  code: string,
  codeListVersion: string | undefined,
): string | undefined {
  const year = /(\d{4})$/.exec(codeListVersion ?? '')?.[1];
  return year ? `${M49_VIET_NAM}-P${year}-${code}` : undefined;
}

/** TIME_PERIOD of a row: the month of a by-month breakdown, else the SDMX period of its date range. */
export function timeOfRow(row: KeyedRow): string {
  const month = row.disaggregation[TIME_KEY];
  if (month !== undefined && /^\d{4}-\d{2}$/.test(month)) return month;
  return timePeriod(row.period.start, row.period.end);
}

/** The disaggregation keys a VN-TIP dataflow has a dimension for (or reads as TIME_PERIOD). */
export function keysOf(flow: SdmxDataflowTable): ReadonlySet<string> {
  return new Set([
    TIME_KEY,
    ...QUALIFIER_KEYS,
    ...flow.dimensions.flatMap((d) => (d.source ? [d.source.key] : [])),
  ]);
}

/** The key of a row in a VN-TIP dataflow, every dimension in order. */
export function vntipKey(flow: SdmxDataflowTable, row: KeyedRow): KeyResult {
  const codes: string[] = [];
  for (const dimension of flow.dimensions) {
    const code = vntipCode(dimension, row);
    if (code === undefined || !inCodelist(dimension, code))
      return { ok: false, dimension: dimension.id, value: code ?? rawValue(dimension, row) };
    codes.push(code);
  }
  return { ok: true, codes };
}

function rawValue(dimension: SdmxComponentTable, row: KeyedRow): string {
  if (dimension.id === 'REF_AREA') return `${row.scope.level} ${row.scope.code}`;
  return (dimension.source && row.disaggregation[dimension.source.key]) ?? '';
}

function inCodelist(dimension: SdmxComponentTable, code: string): boolean {
  return dimension.codes === null ? code.length > 0 : dimension.codes.includes(code);
}

function vntipCode(dimension: SdmxComponentTable, row: KeyedRow): string | undefined {
  switch (dimension.id) {
    case 'INDICATOR':
      return row.indicator;
    case 'REF_AREA':
      return areaOfScope(row.scope);
    case 'TIME_PERIOD':
      return timeOfRow(row);
  }
  const source = dimension.source;
  if (!source) return '_T';
  const value = row.disaggregation[source.key];
  if (value === undefined || value === 'ALL') return '_T';
  if (value === 'UNKNOWN') return '_U';
  if (source.area) return provinceArea(value, row.disaggregation.codeListVersion);
  return source.map?.[value] ?? value;
}

// --- The SDG dataflow ---

/** The SDG series of each SDG 16.2.2 form of exploitation, from the `sdgSeries` column of the purpose codelist. */
const SERIES_OF_FORM: ReadonlyMap<string, string> = new Map(
  (CODELISTS.purpose?.rows ?? []).flatMap((row) =>
    row.sdgSeries ? [[formOfExploitation(row.code), row.sdgSeries] as const] : [],
  ),
);
// Other and unknown sexes and ages are written with SDMX's cross-domain codes: leaving them out would publish a total
// and a breakdown that no longer add up to it, and a reader who took the breakdown as complete would work out a
// withheld cell whenever the unwritten remainder is zero.
const SDG_SEX: Readonly<Record<string, string>> = {
  ALL: '_T',
  FEMALE: 'F',
  MALE: 'M',
  OTHER: '_O',
  UNKNOWN: '_U',
};
const SDG_AGE: Readonly<Record<string, string>> = {
  UNDER_18: 'Y0T17',
  ADULT: 'Y_GE18',
  UNKNOWN: '_U',
};
const FREQUENCIES: readonly (readonly [RegExp, string])[] = [
  [/^\d{4}$/, 'A'],
  [/^\d{4}-S[12]$/, 'S'],
  [/^\d{4}-Q[1-4]$/, 'Q'],
  [/^\d{4}-\d{2}$/, 'M'],
  [/^\d{4}-\d{2}-\d{2}$/, 'D'],
];

/** The SDG breakdown of a row, or undefined when the SDG layout has none for it (it then goes to VN-TIP flows only). */
function sdgBreakdown(row: KeyedRow): { series: string; sex: string; age: string } | undefined {
  const keys = Object.keys(row.disaggregation);
  if (row.indicator === 'sdg-16-2-2')
    return keys.length === 0 ? { series: 'VC_HTF_DETVR', sex: '_T', age: '_T' } : undefined;
  if (row.indicator !== 'victims-identified' || keys.length !== 1) return undefined;
  const value = row.disaggregation[keys[0] as string] as string;
  const base = { series: 'VC_HTF_DETV', sex: '_T', age: '_T' };
  if (keys[0] === 'sex') return SDG_SEX[value] ? { ...base, sex: SDG_SEX[value] } : undefined;
  if (keys[0] === 'age') return SDG_AGE[value] ? { ...base, age: SDG_AGE[value] } : undefined;
  if (keys[0] === 'form') {
    const series = SERIES_OF_FORM.get(value);
    return series ? { ...base, series } : undefined;
  }
  return undefined;
}

/**
 * The key of a row in the SDG dataflow (laid out as IAEG-SDGs:DF_SDG_GLH), undefined when the row is not an SDG 16.2.2
 * figure: victims identified in total, by sex (F, M, and SDMX's _O, _U), by age (Y0T17, Y_GE18, _U) and by form
 * (VC_HTF_DETVSX/FL/OG/OP) are VC_HTF_DETV*; the rate per 100,000 is VC_HTF_DETVR. An unknown form and the other
 * breakdowns have no SDG series and stay in the VN-TIP dataflow of victims.
 */
export function sdgKey(flow: SdmxDataflowTable, row: KeyedRow): KeyResult | undefined {
  const breakdown = sdgBreakdown(row);
  if (!breakdown) return undefined;
  const time = timeOfRow(row);
  const values: Readonly<Record<string, string | undefined>> = {
    FREQ: FREQUENCIES.find(([pattern]) => pattern.test(time))?.[1],
    REPORTING_TYPE: 'N',
    SERIES: breakdown.series,
    REF_AREA: areaOfScope(row.scope),
    SEX: breakdown.sex,
    AGE: breakdown.age,
    TIME_PERIOD: time,
  };
  const codes: string[] = [];
  for (const dimension of flow.dimensions) {
    const code = Object.hasOwn(values, dimension.id) ? values[dimension.id] : '_T';
    if (code === undefined || !inCodelist(dimension, code))
      return {
        ok: false,
        dimension: dimension.id,
        value: dimension.id === 'FREQ' ? time : (code ?? `${row.scope.level} ${row.scope.code}`),
      };
    codes.push(code);
  }
  return { ok: true, codes };
}
