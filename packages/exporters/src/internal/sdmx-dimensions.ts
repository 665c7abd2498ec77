// How indicator results become SDMX keys: disaggregation keys to dimension columns, our codes to SDMX-style codes,
// scopes to REF_AREA and periods to SDMX time periods.

/** Disaggregation keys of the built-in indicators and their dimension columns, in column order. */
export const BUILTIN_DIMENSIONS: readonly (readonly [key: string, column: string])[] = [
  ['sex', 'SEX'],
  ['age', 'AGE'],
  ['ageBand', 'AGE_BAND'],
  ['form', 'EXPLOITATION_FORM'],
  ['purpose', 'PURPOSE'],
  ['domestic', 'DOMESTIC'],
  ['province', 'RESIDENCE_PROVINCE'],
  ['event', 'PROCESS_EVENT'],
  ['status', 'SUPPORT_STATUS'],
  ['supportType', 'SUPPORT_TYPE'],
  ['activityType', 'ACTIVITY_TYPE'],
  ['targetGroup', 'TARGET_GROUP'],
  ['unit', 'OUTPUT_UNIT'],
  ['mediaOutletId', 'MEDIA_OUTLET'],
  ['month', 'MONTH'],
  ['from', 'FROM_PROVINCE'],
  ['to', 'TO_PROVINCE'],
];

/** Keys that qualify another key instead of being a dimension of their own. */
export const QUALIFIER_KEYS: ReadonlySet<string> = new Set(['codeListVersion']);

const SEX_CODES: Readonly<Record<string, string>> = {
  FEMALE: 'F',
  MALE: 'M',
  OTHER: '_O',
};

const AGE_CODES: Readonly<Record<string, string>> = {
  UNDER_18: 'Y0T17',
  ADULT: 'Y_GE18',
};

/** Column id of an extra disaggregation key: `targetGroup` → `TARGET_GROUP`. */
export function columnIdOf(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9_]/g, '_')
    .toUpperCase();
}

/** The SDMX code of a breakdown value: ALL (or absent) is `_T`, UNKNOWN `_U`; sex and age use SDMX's own codes. */
export function dimensionCode(
  key: string,
  value: string | undefined,
  disaggregation: Readonly<Record<string, string>>,
): string {
  if (value === undefined || value === 'ALL') return '_T';
  if (value === 'UNKNOWN') return '_U';
  if (key === 'sex') return SEX_CODES[value] ?? value;
  if (key === 'age') return AGE_CODES[value] ?? value;
  if (key === 'province') {
    const version = disaggregation.codeListVersion;
    return version ? areaCode('province', value, version) : value;
  }
  return value;
}

/** REF_AREA of a scope: `VN`, or `VN-P2025-24` / `VN-C2004-00001` (level letter, list year, code). */
export function refArea(scope: { level: string; code: string; codeListVersion?: string }): string {
  if (scope.level === 'national') return 'VN';
  return areaCode(scope.level, scope.code, scope.codeListVersion);
}

function areaCode(level: string, code: string, version: string | undefined): string {
  const year = /(\d{4})$/.exec(version ?? '')?.[1] ?? 'X';
  return `VN-${level === 'commune' ? 'C' : 'P'}${year}-${code}`;
}

/**
 * The SDMX time period of an inclusive date range: a calendar year `2024`, half `2024-S1`, quarter `2024-Q1`,
 * month `2024-01`, day `2024-01-05`; any other range as SDMX's start/duration, `2024-01-05/P45D`.
 */
export function timePeriod(start: string, end: string): string {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const last = (month: number) => lastDay(y, month);
  const sameYear = end.slice(0, 4) === start.slice(0, 4);
  if (start === end) return start;
  if (sameYear && d === 1) {
    const endMonth = Number(end.slice(5, 7));
    const endDay = Number(end.slice(8, 10));
    if (endDay === last(endMonth)) {
      const months = endMonth - m + 1;
      if (months === 12 && m === 1) return String(y);
      if (months === 6 && (m === 1 || m === 7)) return `${y}-S${m === 1 ? 1 : 2}`;
      if (months === 3 && (m - 1) % 3 === 0) return `${y}-Q${(m - 1) / 3 + 1}`;
      if (months === 1) return start.slice(0, 7);
    }
  }
  const days =
    Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000) +
    1;
  return `${start}/P${days}D`;
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
