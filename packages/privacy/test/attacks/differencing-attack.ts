// The subtraction attack on published aggregates (SDMX-CSV, or indicator rows in JSON, NDJSON or a package): the
// attacker reads every count, works out the additive relations the figures obey (a total and its breakdown, the
// country and its provinces, a 19/2025 province and the 124/2004 provinces merged into it, a year and its quarters or months, a ratio's denominator and numerator), and solves them
// for the withheld cells. Written apart from the defence: it knows SDMX and the row shape, not the protection code.
import { CROSSWALKS } from '@vntip/schema';
import type { Table } from './read-export';
import { solveByElimination } from './subtraction-attack';

/** One published figure, as the attacker reads it. */
export interface PublishedCell {
  readonly indicator: string;
  readonly field: 'n' | 'd';
  readonly area: string;
  /** `start/end`. */
  readonly period: string;
  /** Breakdown key → value, totals left out. */
  readonly dims: ReadonlyMap<string, string>;
  /** Null when withheld. */
  readonly value: number | null;
  readonly withheld: boolean;
  readonly ratio: boolean;
  /** Notes written with the figure. */
  readonly notes: string;
}

/** What the attack recovered. */
export interface DifferencingResult {
  readonly cells: number;
  readonly withheld: number;
  readonly relations: number;
  /** The relations, each as (cell key, coefficient) pairs summing to zero. */
  readonly equations: readonly (readonly (readonly [string, number])[])[];
  /** Withheld cells (by key) the relations determine, with the value worked out. */
  readonly recovered: ReadonlyMap<string, number>;
  /** Counts found in notes (`code=3`): each one is a figure published beside a cell. */
  readonly noteCounts: number;
}

/** What the attacker knows beyond the published figures. */
export interface DifferencingOptions {
  /**
   * Whether two figures of different indicators, at the same area, period and breakdown, are one count of the same
   * persons (persons supported with a medical service, counted by support-by-status and by the support access rate's
   * numerator; victims identified and victims received when everyone identified was received). An attacker who knows
   * what the indicators count equates them. @default never
   */
  readonly sameCount?: (a: PublishedCell, b: PublishedCell) => boolean;
}

/** Reads the aggregate cells of SDMX-CSV tables and of indicator-row tables. */
export function publishedCells(tables: readonly Table[]): PublishedCell[] {
  const cells: PublishedCell[] = [];
  for (const table of tables)
    for (const row of table.rows) {
      if (row.has('REF_AREA') && (row.has('INDICATOR') || row.has('SERIES')))
        cells.push(...fromSdmx(row));
      else if (row.has('indicator') && row.has('period.start')) cells.push(...fromRow(row));
    }
  return cells;
}

/**
 * Whether a cell is a plain total that breaks a longer period down by time: shorter than a year, at an area that
 * holds other periods too (a province's March among its months). Official reports publish a scope's figure for the
 * period they cover at any size; its months are a breakdown that can single out the one victim of a month.
 */
export function isTimeBreakdown(cell: PublishedCell, cells: readonly PublishedCell[]): boolean {
  if (cell.dims.size > 0) return false;
  const [start = '', end = ''] = cell.period.split('/');
  const days = (Date.parse(end) - Date.parse(start)) / 86_400_000 + 1;
  return (
    days < 365 && cells.some((other) => other.area === cell.area && other.period !== cell.period)
  );
}

/** Keys a cell by everything but its value. */
export function cellKey(
  cell: Pick<PublishedCell, 'indicator' | 'field' | 'area' | 'period' | 'dims'>,
): string {
  const dims = [...cell.dims].sort(([a], [b]) => (a < b ? -1 : 1));
  return `${cell.indicator}|${cell.field}|${cell.area}|${cell.period}|${JSON.stringify(dims)}`;
}

/**
 * Solves the relations of the published cells for the withheld ones, and for the unpublished remainders (persons of
 * unlisted provinces, a ratio's denominator minus its numerator) when they come out from 1 to k − 1 — all but the
 * remainder of plain totals, which totals published at any size give away by design.
 */
export function differencingAttack(
  cells: readonly PublishedCell[],
  k: number,
  countsPersons: (indicator: string) => boolean = () => true,
  options: DifferencingOptions = {},
): DifferencingResult {
  const byKey = new Map(cells.map((cell) => [cellKey(cell), cell]));
  const relations: (readonly [string, number])[][] = [];
  const hidden: string[] = [];
  const at = new Map<string, PublishedCell[]>();
  const periodsOfArea = new Map<string, Set<string>>();
  const areasAt = new Map<string, Set<string>>();
  for (const cell of cells) {
    const place = `${cell.indicator}|${cell.field}|${cell.area}|${cell.period}`;
    at.set(place, [...(at.get(place) ?? []), cell]);
    periodsOfArea.set(cell.area, (periodsOfArea.get(cell.area) ?? new Set()).add(cell.period));
    const where = `${cell.indicator}|${cell.period}`;
    areasAt.set(where, (areasAt.get(where) ?? new Set()).add(cell.area));
  }
  const keysetOf = (dims: ReadonlyMap<string, string>) => [...dims.keys()].sort().join(',');
  /** A cell's key, or a known zero: absent where its breakdown is shown, or nobody is there. */
  const termAt = (
    model: PublishedCell,
    area: string,
    period: string,
  ): string | null | undefined => {
    const key = cellKey({ ...model, area, period });
    if (byKey.has(key)) return key;
    const here = at.get(`${model.indicator}|${model.field}|${area}|${period}`);
    if (!here) return periodsOfArea.get(area)?.has(period) ? null : undefined;
    if (model.dims.size === 0) return null;
    const total = here.find((cell) => cell.dims.size === 0);
    if (!total || total.value === 0) return null;
    return here.some((cell) => keysetOf(cell.dims) === keysetOf(model.dims)) ? null : undefined;
  };
  // Keys that take one value in every figure of an indicator with the same keys (the access rate's status, always
  // PROVIDED): they break nothing down, so a reader drops them to find a breakdown's total.
  const valuesOf = new Map<string, Set<string>>();
  for (const cell of cells)
    for (const [key, value] of cell.dims) {
      const of = `${cell.indicator}|${keysetOf(cell.dims)}|${key}`;
      valuesOf.set(of, (valuesOf.get(of) ?? new Set()).add(value));
    }
  const constant = (cell: PublishedCell, key: string) =>
    valuesOf.get(`${cell.indicator}|${keysetOf(cell.dims)}|${key}`)?.size === 1;
  // Breakdowns: the cell without one key (and without the keys that never vary) = the sum over that key's values.
  for (const list of at.values()) {
    const families = new Map<string, { parent: string; children: string[] }>();
    for (const cell of list)
      for (const key of cell.dims.keys()) {
        const parentDims = new Map(cell.dims);
        parentDims.delete(key);
        let parent = cellKey({ ...cell, dims: parentDims });
        if (!byKey.has(parent) && cell.field === 'n') {
          for (const other of [...parentDims.keys()])
            if (constant(cell, other)) parentDims.delete(other);
          parent = cellKey({ ...cell, dims: parentDims });
        }
        if (!byKey.has(parent)) continue;
        const family = `${keysetOf(cell.dims)}|${key}|${parent}`;
        const entry = families.get(family) ?? { parent, children: [] };
        entry.children.push(cellKey(cell));
        families.set(family, entry);
      }
    for (const { parent, children } of families.values())
      relations.push([[parent, 1], ...children.map((child) => [child, -1] as const)]);
  }
  // Scopes: the country = its listed provinces, plus the unlisted ones when the totals do not add up.
  for (const cell of cells) {
    if (cell.area !== 'VN') continue;
    const provinces = [...(areasAt.get(`${cell.indicator}|${cell.period}`) ?? [])].filter((a) =>
      /^VN-P/.test(a),
    );
    for (const list of new Set(provinces.map((a) => a.slice(0, 8)))) {
      const children = provinces.filter((a) => a.startsWith(list));
      const terms = children.map((area) => termAt(cell, area, cell.period));
      if (terms.some((term) => term === undefined)) continue;
      const total = (area: string) =>
        byKey.get(cellKey({ ...cell, area, dims: new Map() }))?.value ?? null;
      const sum = children.reduce<number | null>((a, area) => {
        const value = total(area);
        return a === null || value === null ? null : a + value;
      }, 0);
      const relation: (readonly [string, number])[] = [
        [cellKey(cell), 1],
        ...terms.flatMap((term) => (term ? [[term, -1] as const] : [])),
      ];
      if (sum === null || sum !== total('VN')) {
        const rest = `rest|${list}|${cellKey(cell)}`;
        hidden.push(rest);
        relation.push([rest, -1]);
      }
      relations.push(relation);
    }
  }
  // Merged provinces: a 19/2025 province holds the 124/2004 provinces merged into it (the public crosswalk), plus
  // the rest (those merged into it and not listed, and records coded in the new list).
  for (const cell of cells) {
    const code = /^VN-P2025-(\d{2})$/.exec(cell.area)?.[1];
    if (!code) continue;
    const olds = (CROSSWALKS.provinceCrosswalk?.rows ?? [])
      .filter((row) => row.newCode === code)
      .map((row) => `VN-P2004-${row.oldCode}`);
    const listed = olds.filter((area) =>
      areasAt.get(`${cell.indicator}|${cell.period}`)?.has(area),
    );
    if (listed.length === 0) continue;
    const terms = listed.map((area) => termAt(cell, area, cell.period));
    if (terms.some((term) => term === undefined)) continue;
    const rest = `rest|${cell.area}|${cellKey(cell)}`;
    hidden.push(rest);
    relations.push([
      [cellKey(cell), 1],
      ...terms.flatMap((term) => (term ? [[term, -1] as const] : [])),
      [rest, -1],
    ]);
  }
  // Periods: a year (or half, or quarter) = its quarters or months, where the export has them for the area.
  for (const cell of cells) {
    const periods = periodsOfArea.get(cell.area) ?? new Set<string>();
    const [start = '', end = ''] = cell.period.split('/');
    for (const months of [6, 3, 1]) {
      const units = calendarUnits(start, end, months);
      if (!units || units.length < 2 || !units.some((unit) => periods.has(unit))) continue;
      const terms = units.map((unit) => termAt(cell, cell.area, unit));
      if (terms.some((term) => term === undefined)) break;
      relations.push([
        [cellKey(cell), 1],
        ...terms.flatMap((term) => (term ? [[term, -1] as const] : [])),
      ]);
      break;
    }
  }
  // Ratios: the denominator = the numerator + those not counted in it.
  for (const cell of cells) {
    if (!cell.ratio || cell.field !== 'n') continue;
    const denominator = cellKey({ ...cell, field: 'd' });
    if (!byKey.has(denominator)) continue;
    const rest = `rest|ratio|${cellKey(cell)}`;
    hidden.push(rest);
    relations.push([
      [denominator, 1],
      [cellKey(cell), -1],
      [rest, -1],
    ]);
  }
  // The same count under two indicators: equal.
  if (options.sameCount) {
    const byPlace = new Map<string, PublishedCell[]>();
    for (const cell of cells) {
      const place = `${cell.field}|${cell.area}|${cell.period}|${JSON.stringify([...cell.dims].sort())}`;
      byPlace.set(place, [...(byPlace.get(place) ?? []), cell]);
    }
    for (const list of byPlace.values())
      for (const [i, a] of list.entries())
        for (const b of list.slice(i + 1))
          if (a.indicator !== b.indicator && options.sameCount(a, b))
            relations.push([
              [cellKey(a), 1],
              [cellKey(b), -1],
            ]);
  }
  const withheld = cells.filter((cell) => cell.withheld).map(cellKey);
  const known = new Map(
    cells.flatMap((cell) => (cell.value === null ? [] : [[cellKey(cell), cell.value] as const])),
  );
  const solved = solveByElimination(relations, [...withheld, ...hidden], known);
  const plainRest = (key: string) => key.startsWith('rest|VN-') && key.endsWith('|[]');
  const personalRest = (key: string) => countsPersons(key.split('|')[2] ?? '');
  const recovered = new Map(
    [...solved].filter(
      ([key, value]) =>
        !key.startsWith('rest|') ||
        (!plainRest(key) && personalRest(key) && value > 0 && value < k),
    ),
  );
  return {
    cells: cells.length,
    withheld: withheld.length,
    relations: relations.length,
    equations: relations,
    recovered,
    noteCounts: cells.filter((cell) => /=\d/.test(cell.notes)).length,
  };
}

// --- Internal helpers ---

function sdmxPeriod(value: string): string {
  const year = value.slice(0, 4);
  const last = (month: number) =>
    new Date(Date.UTC(Number(year), month, 0)).toISOString().slice(0, 10);
  const half = /^\d{4}-S([12])$/.exec(value);
  if (half) return half[1] === '1' ? `${year}-01-01/${last(6)}` : `${year}-07-01/${last(12)}`;
  const quarter = /^\d{4}-Q([1-4])$/.exec(value);
  if (quarter) {
    const q = Number(quarter[1]);
    return `${year}-${String(q * 3 - 2).padStart(2, '0')}-01/${last(q * 3)}`;
  }
  const month = /^\d{4}-(\d{2})$/.exec(value);
  if (month) return `${value}-01/${last(Number(month[1]))}`;
  if (/^\d{4}$/.test(value)) return `${year}-01-01/${year}-12-31`;
  return value;
}

const SDMX_FIXED = new Set([
  'STRUCTURE',
  'STRUCTURE_ID',
  'ACTION',
  'FREQ',
  'REPORTING_TYPE',
  'SERIES',
  'INDICATOR',
  'REF_AREA',
  'TIME_PERIOD',
]);
const SDMX_AFTER = [
  'OBS_VALUE',
  'UNIT_MEASURE',
  'OBS_STATUS',
  'CONF_STATUS',
  'NUMERATOR',
  'DENOMINATOR',
  'TARGET',
  'TARGET_STATUS',
  'COMMENT_OBS',
];

function fromSdmx(row: ReadonlyMap<string, string>): PublishedCell[] {
  const notes = row.get('COMMENT_OBS') ?? '';
  const dims = new Map(
    [...row].filter(
      ([column, value]) =>
        !SDMX_FIXED.has(column) && !SDMX_AFTER.includes(column) && value !== '_T',
    ),
  );
  // REF_AREA is M49 704 or a province of its national extension (704-P2025-24): the attacker names them as the
  // indicator rows do (VN, VN-P2025-24), so both kinds of export relate.
  const area = (row.get('REF_AREA') ?? '').replace(/^704$/, 'VN').replace(/^704-/, 'VN-');
  const base = {
    indicator: row.get('INDICATOR') ?? row.get('SERIES') ?? '',
    area,
    period: sdmxPeriod(row.get('TIME_PERIOD') ?? ''),
    dims,
    notes,
    ratio: row.get('UNIT_MEASURE') === 'RATIO',
  };
  const withheld = notes.includes('small_cell_suppressed') || row.get('CONF_STATUS') === 'C';
  const number = (column: string) => {
    const text = row.get(column);
    return text === undefined || text === 'NaN' ? null : Number(text);
  };
  const n =
    number('NUMERATOR') ?? (row.get('UNIT_MEASURE') === 'NUMBER' ? number('OBS_VALUE') : null);
  const d = number('DENOMINATOR');
  return cellsOf(base, n, d, withheld);
}

function fromRow(row: ReadonlyMap<string, string>): PublishedCell[] {
  const level = row.get('scope.level');
  const area =
    level === 'national'
      ? 'VN'
      : `VN-${level === 'commune' ? 'C' : 'P'}${(row.get('scope.codeListVersion') ?? '').slice(-4)}-${row.get('scope.code')}`;
  const version = row.get('disaggregation.codeListVersion');
  const dims = new Map(
    [...row]
      .filter(
        ([column, value]) =>
          column.startsWith('disaggregation.') &&
          column !== 'disaggregation.codeListVersion' &&
          value !== 'ALL',
      )
      .map(
        ([column, value]) => [column.slice(15), version ? `${value}@${version}` : value] as const,
      ),
  );
  const notes = [...row]
    .filter(([column]) => /^notes\[\d+\]\.(code|count)$/.test(column))
    .map(([column, value]) => (column.endsWith('count') ? `=${value}` : value))
    .join(';');
  const withheld = notes.includes('small_cell_suppressed');
  const base = {
    indicator: row.get('indicator') ?? '',
    area,
    period: `${row.get('period.start')}/${row.get('period.end')}`,
    dims,
    notes,
    ratio: row.get('unit') === 'ratio',
  };
  const number = (column: string) => (row.has(column) ? Number(row.get(column)) : null);
  const n = number('numerator');
  const d = row.get('unit') === 'rate_per_100000' ? null : number('denominator');
  return cellsOf(base, n, d, withheld);
}

/** A row's numerator and denominator as cells, withheld when the row says so and the figure is empty. */
function cellsOf(
  base: Omit<PublishedCell, 'field' | 'value' | 'withheld'>,
  n: number | null,
  d: number | null,
  withheld: boolean,
): PublishedCell[] {
  const out: PublishedCell[] = [];
  if (n !== null || withheld)
    out.push({ ...base, field: 'n', value: n, withheld: n === null && withheld });
  if (d !== null || (withheld && base.ratio))
    out.push({ ...base, field: 'd', value: d, withheld: d === null && withheld });
  return out;
}

function calendarUnits(start: string, end: string, months: number): string[] | undefined {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  if (d !== 1 || (m - 1) % months !== 0) return undefined;
  const units: string[] = [];
  for (let year = y, month = m; units.length < 400; ) {
    const last = new Date(Date.UTC(year, month + months - 1, 0)).toISOString().slice(0, 10);
    units.push(`${year}-${String(month).padStart(2, '0')}-01/${last}`);
    if (last >= end) return last === end ? units : undefined;
    month += months;
    if (month > 12) {
      month -= 12;
      year++;
    }
  }
  return undefined;
}
