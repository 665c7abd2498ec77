import {
  CODELISTS,
  CROSSWALKS,
  ctdcAgeBin,
  isMinorAgeBand,
  provinceOfAdminUnit,
} from '@vntip/schema';
import type { QuasiIdentifier } from './k-anonymize';

/** A record as de-identification sees it. */
export type PlainRecord = Readonly<Record<string, unknown>>;

const NATIONAL = { level: 'national', code: 'VN' } as const;

/**
 * A field's path inside a record: `sex`, `shelter.entryDate`, `confirmationDocuments[].date` (`[]` maps over the items
 * of an array).
 */
function parsePath(path: string): readonly string[] {
  return path
    .split('.')
    .flatMap((part) => (part.endsWith('[]') ? [part.slice(0, -2), '[]'] : [part]));
}

/** The record with the values at `path` replaced by `step(value)` (removed when it returns undefined); never mutates. */
function mapAt(
  value: unknown,
  path: readonly string[],
  step: (value: unknown) => unknown,
): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return step(value);
  if (head === '[]')
    return Array.isArray(value)
      ? value.map((item) => mapAt(item, rest, step)).filter((item) => item !== undefined)
      : value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  if (record[head] === undefined) return value;
  const copy: Record<string, unknown> = { ...record };
  const next = mapAt(record[head], rest, step);
  if (next === undefined) delete copy[head];
  else copy[head] = next;
  return copy;
}

/** Every value at `path` (one per array item under `[]`). */
function valuesAt(value: unknown, path: readonly string[]): unknown[] {
  const [head, ...rest] = path;
  if (head === undefined) return value === undefined ? [] : [value];
  if (head === '[]')
    return Array.isArray(value) ? value.flatMap((item) => valuesAt(item, rest)) : [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return valuesAt((value as Record<string, unknown>)[head], rest);
}

function keyOf(row: PlainRecord, fields: readonly string[]): string {
  return JSON.stringify(fields.map((f) => row[f] ?? null));
}

/** A ladder that rewrites the values at one path at each level above 0. */
function fieldLadder(
  field: string,
  steps: readonly ((value: unknown) => unknown)[],
): QuasiIdentifier<PlainRecord> {
  const path = parsePath(field);
  return {
    name: field,
    levels: steps.length,
    generalise: (row, level) => {
      const step = steps[Math.min(level, steps.length) - 1];
      return level === 0 || !step ? row : (mapAt(row, path, step) as PlainRecord);
    },
    key: (row) => JSON.stringify(valuesAt(row, path)),
  };
}

/** An administrative unit at province level: districts and communes become their province; names are dropped. */
function toProvince(value: unknown): unknown {
  const province = provinceOfAdminUnit(value);
  return province
    ? { codeListVersion: province.codeListVersion, level: 'province', code: province.code }
    : NATIONAL;
}

/** 124/2004 province code → region code, from the `mapsTo` column of the region codelist. */
const REGION_BY_PROVINCE_2004: ReadonlyMap<string, string> = new Map(
  (CODELISTS.region?.rows ?? []).flatMap((row) =>
    (row.mapsTo ?? '')
      .split(' ')
      .filter(Boolean)
      .map((province) => [province, row.code] as const),
  ),
);

/** 19/2025 province code → its region, when every 124/2004 province merged into it lies in one region. */
const REGION_BY_PROVINCE_2025: ReadonlyMap<string, string> = (() => {
  const regions = new Map<string, Set<string>>();
  for (const row of CROSSWALKS.provinceCrosswalk?.rows ?? []) {
    const region = REGION_BY_PROVINCE_2004.get(row.oldCode ?? '');
    if (!row.newCode || !region) continue;
    regions.set(row.newCode, (regions.get(row.newCode) ?? new Set()).add(region));
  }
  return new Map(
    [...regions].flatMap(([province, set]) =>
      set.size === 1 ? [[province, [...set][0] as string] as const] : [],
    ),
  );
})();

/** A province-level unit's region (`{ level: 'region', code }`), or the whole country when it spans regions. */
function toRegion(value: unknown): unknown {
  const province = toProvince(value) as Record<string, unknown>;
  const table =
    province.codeListVersion === '19/2025' ? REGION_BY_PROVINCE_2025 : REGION_BY_PROVINCE_2004;
  const region = table.get(String(province.code));
  return region ? { level: 'region', code: region } : NATIONAL;
}

/**
 * Place ladder (`field` may be a nested path): commune or district → province → socio-economic region → the whole country. A 19/2025 province whose
 * predecessors lie in different regions goes straight to the whole country. The region table is unconfirmed.
 */
export function placeLadder(field: string): QuasiIdentifier<PlainRecord> {
  return fieldLadder(field, [toProvince, toRegion, () => NATIONAL]);
}

/** Date ladder: day → month (`YYYY-MM`) → year (`YYYY`). `field` may be a nested path (`shelter.entryDate`). */
export function dateLadder(field: string): QuasiIdentifier<PlainRecord> {
  return fieldLadder(field, [(v) => String(v).slice(0, 7), (v) => String(v).slice(0, 4)]);
}

/** Agency ladder (an agency or facility): its unit at province level, then its type alone. */
export function agencyLadder(field: string): QuasiIdentifier<PlainRecord> {
  const unit = (value: unknown, place: (v: unknown) => unknown) => {
    const { type, unit: u } = value as { type?: unknown; unit?: unknown };
    return u === undefined ? { type } : { type, unit: place(u) };
  };
  return fieldLadder(field, [
    (v) => unit(v, toProvince),
    (v) => ({ type: (v as { type?: unknown }).type }),
  ]);
}

/** Hides a field: removed when optional, else replaced by the `hidden` code. */
export function hideLadder(field: string, hidden?: string): QuasiIdentifier<PlainRecord> {
  return fieldLadder(field, [() => hidden]);
}

/**
 * Age ladder over `birthYear` and `ageBand`: birth year → CTDC age bin (age at `referenceYear`, taken as
 * referenceYear − birthYear) → under 18 or adult → unknown.
 */
export function ageLadder(referenceYear: number): QuasiIdentifier<PlainRecord> {
  const band = (row: PlainRecord): string | undefined => {
    if (typeof row.birthYear === 'number') return ctdcAgeBin(referenceYear - row.birthYear);
    return typeof row.ageBand === 'string' && row.ageBand !== 'UNKNOWN' ? row.ageBand : undefined;
  };
  return {
    name: 'age',
    levels: 3,
    generalise(row, level) {
      if (level === 0 || (row.birthYear === undefined && row.ageBand === undefined)) return row;
      const { birthYear: _year, ageBand: _band, ...rest } = row;
      const bin = band(row);
      if (level >= 3 || bin === undefined) return { ...rest, ageBand: 'UNKNOWN' };
      if (level === 1) return { ...rest, ageBand: bin };
      return { ...rest, ageBand: isMinorAgeBand(bin) ? 'UNDER_18' : 'ADULT_18_PLUS' };
    },
    key: (row) => keyOf(row, ['birthYear', 'ageBand']),
  };
}
