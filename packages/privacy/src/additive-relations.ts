// The cells of a set of indicator results and the additive relations between them that anyone holding the results
// knows, as the differencing check of `protectSmallCells` sees them.
import { CODELISTS, CROSSWALKS } from '@vntip/schema';
import { isYearOrLonger, plainTotalsAtAnySize } from './plain-total';
import type { AggregateRow } from './protect-small-cells';

/** One count of persons: published in a row, zero by absence of a row, or never published (virtual). */
export interface AdditiveCell {
  /**
   * `present`: a figure of a row. `absent`: a breakdown value with no row, which readers take as zero (it can be
   * withheld by adding a row). `virtual`: a count no row shows but the relations imply (the persons of a parent scope
   * outside its listed scopes, a sub-scope's whole period across the 2025 split, a ratio's denominator minus its
   * numerator).
   */
  readonly state: 'present' | 'absent' | 'virtual';
  /** The true count; null when unknown. */
  readonly value: number | null;
  /** Published at any size: a scope's plain total of persons, or a count derived from plain totals only. */
  readonly exempt: boolean;
}

/** A linear relation Σ coefficient × cell = 0 between cells. */
export interface Relation {
  readonly terms: ReadonlyMap<AdditiveCell, number>;
  /** For a breakdown (parent = sum over one key's values): the key, and its "other values" cell. */
  readonly breakdown?: { readonly key: string; readonly others: AdditiveCell };
}

/** The cells and relations of some rows, and how to write the rows back with cells withheld. */
export interface AdditiveSystem<Row extends AggregateRow> {
  readonly cells: readonly AdditiveCell[];
  readonly relations: readonly Relation[];
  /**
   * Every cell of a breakdown key in the indicator of `relation` (a breakdown relation), and the "other values" cells
   * of its breakdowns: what withholding the whole breakdown, in every scope and period, makes unknown.
   */
  breakdownCells(relation: Relation): AdditiveCell[];
  /**
   * The rows with the withheld cells emptied by `withhold`, a withheld row for each withheld absent cell, and no row
   * of a breakdown withheld as a whole (`dropped`; its totals get `dropNote`).
   */
  materialise(
    withheld: ReadonlySet<AdditiveCell>,
    dropped: ReadonlySet<AdditiveCell>,
    withhold: (row: Row) => Row,
    dropNote: (row: Row) => Row,
    threshold: number,
  ): Row[];
}

/** What `additiveRelations` needs to know beyond the rows. */
export interface AdditiveOptions<Row> {
  /** Whether a row counts persons; other rows have no cells. */
  readonly personal: (row: Row) => boolean;
  /** How many records a row counted (its lineage before it was emptied), for values that are not counts. */
  readonly contributors: (index: number) => number;
}

/**
 * The additive relations among counts of persons in indicator results, within one indicator:
 * - a breakdown: the row with keys D minus one key (and minus the keys that never vary in the indicator, when there is
 *   no such row) = the sum of the rows with keys D over every value of that key (a breakdown whose groups overlap,
 *   such as forms of exploitation, is taken as additive too: that only makes the check stricter);
 * - scopes: the country (for each code list) = the sum of the listed provinces (and of the listed communes) plus the
 *   persons outside them, a virtual cell when the plain totals do not add up; a 19/2025 province = the listed 124/2004
 *   provinces merged into it (Decision 19/2025's crosswalk) plus the rest;
 * - periods: a period = the sum of the largest sub-periods that tile it (months, quarters, halves), with a virtual
 *   whole-period cell for a scope computed only in parts (split at 1 July 2025);
 * - ratios: the denominator = the numerator + the rest (virtual);
 * - the same count under two indicators: cells of the same scope, period and breakdown whose true values are equal
 *   (`sameCountRelations`).
 * A breakdown value with no row is an absent cell (zero); values seen elsewhere in the same breakdown, and UNKNOWN in
 * one-key breakdowns, are absent cells too, so that a zero can be withheld where that protects a small cell.
 */
export function additiveRelations<Row extends AggregateRow>(
  rows: readonly Row[],
  options: AdditiveOptions<Row>,
): AdditiveSystem<Row> {
  const space = new CellSpace();
  const rowCells: { n?: Cell | undefined; d?: Cell | undefined }[] = rows.map(() => ({}));
  const relations: Relation[] = [];
  const relate: Relate = (terms, breakdown) => {
    const map = new Map<AdditiveCell, number>();
    for (const [cell, coefficient] of terms) map.set(cell, (map.get(cell) ?? 0) + coefficient);
    for (const [cell, coefficient] of map) if (coefficient === 0) map.delete(cell);
    if (map.size > 0) relations.push({ terms: map, ...(breakdown ? { breakdown } : {}) });
  };
  // Plain totals first, so breakdown ratio rows can tell a shared denominator from their own.
  const order = rows.map((_, i) => i).sort((a, b) => plainRank(rows[a]) - plainRank(rows[b]));
  // The plain totals published at any size, by scope, period and value: a ratio's plain numerator equal to one of them
  // (persons supported among those received, when everyone supported was received) is that total under another name.
  const atAnySize = plainTotalsAtAnySize(rows);
  const published = new Set<string>();
  const publishedAt = (row: Row, value: number | null) =>
    `${scopeKey(row.scope)}\u0000${row.period.start}/${row.period.end}\u0000${value}`;
  for (const row of rows) {
    if (!options.personal(row) || !atAnySize(row)) continue;
    const unit = row.unit ?? (row.denominator === null ? 'count' : 'ratio');
    const value = unit === 'count' || unit === 'rate_per_100000' ? row.numerator : row.denominator;
    if (value !== null) published.add(publishedAt(row, value));
  }
  for (const i of order) {
    const row = rows[i] as Row;
    if (!options.personal(row)) continue;
    const unit = row.unit ?? (row.denominator === null ? 'count' : 'ratio');
    const dims = normalise(row.disaggregation);
    const plain = dims.size === 0;
    // Published at any size: a plain total of a year or more, or of the scope's only period (not a month among months).
    const exempt = plain && atAnySize(row);
    const at = (field: Field) => ({
      group: `${row.indicator ?? ''}\u0000${field}`,
      scope: scopeKey(row.scope),
      period: `${row.period.start}/${row.period.end}`,
      dims,
    });
    // A figure with no data (null) is unknown, not zero: it holds its place so that no relation takes it as zero.
    const present = (field: Field, value: number | null, exempt: boolean) =>
      value === null
        ? void space.unknown(at(field), i, row.disaggregation)
        : space.present(at(field), value, exempt, i, row.disaggregation);
    if (unit === 'count' || unit === 'rate_per_100000') {
      rowCells[i] = { n: present('n', row.numerator, exempt) };
      space.counts.add(at('n').group);
    } else if (unit === 'days') rowCells[i] = { d: present('d', row.denominator, exempt) };
    else if (unit === 'ratio') {
      const n = present(
        'n',
        row.numerator,
        exempt && published.has(publishedAt(row, row.numerator)),
      );
      const total = space.get({ ...at('d'), dims: new Map() });
      const d =
        !plain && total && total.value === row.denominator
          ? total
          : present('d', row.denominator, exempt);
      const rest =
        n && d
          ? space.virtual(`rest\u0000${i}`, (d.value ?? 0) - (n.value ?? 0), n.exempt && d.exempt)
          : undefined;
      if (n && d && rest)
        relate([
          [d, 1],
          [n, -1],
          [rest, -1],
        ]);
      rowCells[i] = { n, d };
    }
  }
  space.addAbsentBreakdownValues();
  // Scope relations add a province's zero for a value the country shows; period relations must relate that zero to
  // its months too, as a reader does: add those cells first.
  space.scopeRelations(() => undefined);
  space.periodRelations(relate);
  space.scopeRelations(relate);
  space.breakdownRelations(relate);
  space.sameCountRelations(relate);

  return {
    cells: space.all(),
    relations,
    breakdownCells(relation) {
      const { breakdown } = relation;
      if (!breakdown) return [];
      const [first] = relation.terms.keys();
      const group = (first as Cell).group;
      const cells = space
        .all()
        .filter((cell) => cell.group === group && cell.dims.has(breakdown.key));
      const others = relations
        .filter(
          (r) => r.breakdown?.key === breakdown.key && (r.breakdown.others as Cell).group === group,
        )
        .map((r) => r.breakdown?.others as Cell);
      return [...cells, ...others];
    },
    materialise(withheld, dropped, withhold, dropNote, threshold) {
      const small = (n: number | null) => n !== null && n > 0 && n < threshold;
      const out: Row[] = [];
      const added = new Map<number, Cell[]>();
      for (const cell of space.all())
        if (cell.state === 'absent' && withheld.has(cell) && !dropped.has(cell)) {
          const list = added.get(cell.template) ?? [];
          list.push(cell);
          added.set(cell.template, list);
        }
      const lastOfGroup = new Map<string, number>();
      rows.forEach((row, i) => {
        lastOfGroup.set(groupOf(row), i);
      });
      const pending = new Map<number, Cell[]>();
      for (const cells of added.values())
        for (const cell of cells) {
          const template = rows[cell.template] as Row;
          const anchor =
            lastOfGroup.get(groupOf({ ...template, ...(cell.where ?? {}) })) ??
            lastOfGroup.get(groupOf(template)) ??
            cell.template;
          pending.set(anchor, [...(pending.get(anchor) ?? []), cell]);
        }
      const droppedAt = new Set(
        [...dropped].map((cell) => {
          const c = cell as Cell;
          return `${c.group.split('\u0000')[0]}\u0000${c.scope}\u0000${c.period}`;
        }),
      );
      /** The withheld rows added for zeros, after the row they are anchored to (emitted even when that row is not). */
      const addedAfter = (i: number) => {
        for (const cell of pending.get(i) ?? []) {
          const template = rows[cell.template] as Row;
          const { target: _target, ...rest } = template as Row & { target?: unknown };
          out.push(
            withhold({
              ...(rest as unknown as Row),
              ...(cell.where ?? {}),
              disaggregation: cell.disaggregation,
              numerator: null,
              denominator: null,
              value: null,
              lineage: [],
              notes: [],
            }),
          );
        }
      };
      rows.forEach((row, i) => {
        const { n, d } = rowCells[i] ?? {};
        // A row of a breakdown withheld as a whole is left out; the withheld zeros anchored to it are not.
        if ((n && dropped.has(n)) || (d && dropped.has(d))) {
          addedAfter(i);
          return;
        }
        const plainAt = `${row.indicator ?? ''}\u0000${scopeKey(row.scope)}\u0000${row.period.start}/${row.period.end}`;
        if (normalise(row.disaggregation).size === 0 && droppedAt.has(plainAt)) row = dropNote(row);
        const withheldN = n !== undefined && withheld.has(n);
        const withheldD = d !== undefined && d.state === 'present' && withheld.has(d);
        const unit = row.unit ?? (row.denominator === null ? 'count' : 'ratio');
        const persons =
          unit === 'days' ? row.denominator : unit === 'amount' ? options.contributors(i) : null;
        if (options.personal(row) && (withheldN || withheldD || small(persons)))
          out.push(
            withhold({
              ...row,
              numerator: withheldN ? null : row.numerator,
              denominator: withheldD ? null : row.denominator,
            }),
          );
        else out.push(row);
        addedAfter(i);
      });
      return out;
    },
  };
}

// --- Internal helpers ---

type Field = 'n' | 'd';
type Relate = (
  terms: readonly (readonly [Cell, number])[],
  breakdown?: { readonly key: string; readonly others: AdditiveCell },
) => void;
/** Breakdown keys → values, a code-list version appended to the values it qualifies; `ALL` keys left out. */
type Dims = ReadonlyMap<string, string>;

interface Cell extends AdditiveCell {
  state: 'present' | 'absent' | 'virtual';
  readonly group: string;
  readonly scope: string;
  readonly period: string;
  readonly dims: Dims;
  /** The row's disaggregation (for a withheld absent cell, the one its new row gets). */
  readonly disaggregation: Readonly<Record<string, string>>;
  /** The row a new row for this cell is modelled on. */
  readonly template: number;
  /** Scope and period of a new row for this cell. */
  readonly where?: {
    readonly scope: AggregateRow['scope'];
    readonly period: AggregateRow['period'];
  };
}

interface Place {
  readonly group: string;
  readonly scope: string;
  readonly period: string;
  readonly dims: Dims;
}

/** 19/2025 province code → the 124/2004 province codes merged into it (the crosswalk of Decision 19/2025). */
const MERGED_INTO: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const row of CROSSWALKS.provinceCrosswalk?.rows ?? [])
    if (row.oldCode && row.newCode)
      map.set(row.newCode, [...(map.get(row.newCode) ?? []), row.oldCode]);
  return map;
})();

const QUALIFIERS = new Set(['codeListVersion']);

function normalise(disaggregation: Readonly<Record<string, string>>): Dims {
  const version = disaggregation.codeListVersion;
  const dims = new Map<string, string>();
  for (const [key, value] of Object.entries(disaggregation))
    if (!QUALIFIERS.has(key) && value !== 'ALL')
      dims.set(key, version === undefined ? value : `${value}@${version}`);
  return dims;
}

function dimsKey(dims: Dims): string {
  return JSON.stringify([...dims].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function keysetKey(dims: Dims): string {
  return [...dims.keys()].sort().join('\u0000');
}

function without(dims: Dims, key: string): Dims {
  const copy = new Map(dims);
  copy.delete(key);
  return copy;
}

/** The disaggregation of a sibling row with another value of `key` (its code-list version following the value). */
function disaggregationOf(
  sibling: Readonly<Record<string, string>>,
  key: string,
  value: string,
): Record<string, string> {
  const [code = value, version] = value.split('@');
  const { codeListVersion: _version, ...rest } = sibling;
  return { ...rest, [key]: code, ...(version ? { codeListVersion: version } : {}) };
}

function scopeKey(scope: AggregateRow['scope']): string {
  return `${scope.level}:${scope.code}:${scope.codeListVersion ?? ''}`;
}

/**
 * The values a one-key breakdown can take beside those seen: UNKNOWN, and the codes of the codelist the key names
 * (`sex`, `ageBand`, `purpose`, …; `province` in the code list of the value seen).
 */
function domainOf(key: string, cell: Cell): string[] {
  const version = cell.disaggregation.codeListVersion;
  const list =
    key === 'province' && version
      ? CODELISTS[version === '19/2025' ? 'province2025' : 'province2004']
      : CODELISTS[key as keyof typeof CODELISTS];
  const suffix = key === 'province' && version ? `@${version}` : '';
  return ['UNKNOWN', ...(list?.rows ?? []).map((row) => `${row.code}${suffix}`)];
}

/** The level and code list of a scope key: `province:19/2025`, `national:`. */
function levelOf(scope: string): string {
  const [level = '', , version = ''] = scope.split(':');
  return `${level}:${version}`;
}

function groupOf(row: AggregateRow): string {
  return `${row.indicator ?? ''}\u0000${scopeKey(row.scope)}\u0000${row.period.start}/${row.period.end}`;
}

function plainRank(row: AggregateRow | undefined): number {
  return row && normalise(row.disaggregation).size === 0 ? 0 : 1;
}

const DAY = 86_400_000;
const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY;

/**
 * How `period` splits into the largest sub-periods the export uses inside it: the calendar halves, quarters or months
 * of it when the export holds any of them (those with no row are computed and empty: no person there), else the
 * periods it holds that tile it exactly (the two parts of a period split at 1 July 2025). `grid` says which.
 */
function tiling(
  period: string,
  periods: ReadonlySet<string>,
): { readonly parts: string[]; readonly grid: boolean } | undefined {
  const [start = '', end = ''] = period.split('/');
  for (const months of [6, 3, 1]) {
    const units = calendarUnits(start, end, months);
    if (units && units.length > 1 && units.some((unit) => periods.has(unit)))
      return { parts: units, grid: true };
  }
  const inside = [...periods].filter((other) => {
    const [s = '', e = ''] = other.split('/');
    return other !== period && s >= start && e <= end;
  });
  const largest = inside.filter((p) => {
    const [s = '', e = ''] = p.split('/');
    return !inside.some((q) => {
      const [qs = '', qe = ''] = q.split('/');
      return q !== p && qs <= s && qe >= e;
    });
  });
  largest.sort();
  let next = dayOf(start);
  for (const p of largest) {
    const [s = '', e = ''] = p.split('/');
    if (dayOf(s) !== next) return undefined;
    next = dayOf(e) + 1;
  }
  return largest.length > 0 && next === dayOf(end) + 1
    ? { parts: largest, grid: false }
    : undefined;
}

/** The length class of a period: a month, a quarter, a half, a year, or its length in days. */
function grainOf(period: string): string {
  const [start = '', end = ''] = period.split('/');
  const days = dayOf(end) - dayOf(start) + 1;
  if (days <= 31) return 'month';
  if (days <= 92) return 'quarter';
  if (days <= 184) return 'half';
  if (days <= 366) return 'year';
  return String(days);
}

/** The calendar units of `months` months covering start..end exactly, or undefined when it is not aligned to them. */
function calendarUnits(start: string, end: string, months: number): string[] | undefined {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  if (d !== 1 || (m - 1) % months !== 0) return undefined;
  const units: string[] = [];
  let year = y;
  let month = m;
  for (;;) {
    const first = `${year}-${String(month).padStart(2, '0')}-01`;
    const lastMonth = month + months - 1;
    const last = new Date(Date.UTC(year, lastMonth, 0)).toISOString().slice(0, 10);
    units.push(`${first}/${last}`);
    if (last === end) return units;
    if (last > end || units.length > 400) return undefined;
    month += months;
    if (month > 12) {
      month -= 12;
      year += 1;
    }
  }
}

/** The cells by group, scope, period and breakdown. */
class CellSpace {
  private readonly byPlace = new Map<string, Cell>();
  private readonly list: Cell[] = [];
  /** group → scope → period → cells. */
  private readonly tree = new Map<string, Map<string, Map<string, Map<string, Cell>>>>();
  private readonly virtuals = new Map<string, Cell>();
  /**
   * Groups of counts of persons, where a scope or period with no row means nobody there (the indicators emit no row
   * for an empty group). A ratio or a median with no row has no data, which is not zero.
   */
  readonly counts = new Set<string>();

  all(): Cell[] {
    return this.list;
  }

  get(place: Place): Cell | undefined {
    return this.byPlace.get(this.key(place));
  }

  present(
    place: Place,
    value: number,
    exempt: boolean,
    row: number,
    disaggregation: Readonly<Record<string, string>>,
  ): Cell {
    const existing = this.get(place);
    if (existing) return existing;
    return this.add({ ...place, state: 'present', value, exempt, disaggregation, template: row });
  }

  /** A figure a row has no value for: a virtual cell of unknown value in its place. */
  unknown(place: Place, row: number, disaggregation: Readonly<Record<string, string>>): void {
    if (this.get(place)) return;
    this.add({
      ...place,
      state: 'virtual',
      value: null,
      exempt: false,
      disaggregation,
      template: row,
    });
  }

  /** A virtual cell outside the tree (a ratio's rest). */
  virtual(id: string, value: number, exempt: boolean): Cell {
    let cell = this.virtuals.get(id);
    if (!cell) {
      cell = {
        group: id,
        scope: '',
        period: '',
        dims: new Map(),
        state: 'virtual',
        value,
        exempt,
        disaggregation: {},
        template: -1,
      };
      this.virtuals.set(id, cell);
      this.list.push(cell);
    }
    return cell;
  }

  /** Absent cells for breakdown values seen elsewhere in the same breakdown (any scope or period), and UNKNOWN. */
  addAbsentBreakdownValues(): void {
    const seen = new Map<string, Set<string>>();
    const familyOf = (cell: Cell, key: string) =>
      `${cell.group}\u0000${keysetKey(cell.dims)}\u0000${key}\u0000${dimsKey(without(cell.dims, key))}`;
    const present = this.list.filter((cell) => cell.state === 'present');
    for (const cell of present)
      for (const [key, value] of cell.dims) {
        const family = familyOf(cell, key);
        seen.set(family, (seen.get(family) ?? new Set()).add(value));
      }
    for (const cells of this.periodMaps())
      for (const cell of [...cells.values()]) {
        if (cell.state !== 'present') continue;
        for (const key of cell.dims.keys()) {
          const parent = this.breakdownParent(cells, cell, key);
          if (!parent) continue;
          const values = new Set(seen.get(familyOf(cell, key)));
          if (cell.dims.size === 1) for (const code of domainOf(key, cell)) values.add(code);
          for (const value of values) {
            const dims = new Map(cell.dims).set(key, value);
            if (cells.has(dimsKey(dims))) continue;
            this.add({
              group: cell.group,
              scope: cell.scope,
              period: cell.period,
              dims,
              state: 'absent',
              value: 0,
              // Under a zero total every value is zero whatever is published.
              exempt: parent.value === 0,
              disaggregation: disaggregationOf(cell.disaggregation, key, value),
              template: parent.template,
            });
          }
        }
      }
  }

  /**
   * Period relations: a period = the sum of the largest sub-periods tiling it, among the periods the export holds for
   * scopes of the same level (a sub-period with no row of a breakdown is zero there). A scope that has the sub-periods
   * of a period another scope has, but not that period, gets virtual whole-period cells (the 2025 split).
   */
  periodRelations(relate: Relate): void {
    const allPeriods = new Set<string>();
    const levelPeriods = new Map<string, Set<string>>();
    for (const cell of this.list) {
      if (!cell.period) continue;
      allPeriods.add(cell.period);
      const level = levelOf(cell.scope);
      levelPeriods.set(level, (levelPeriods.get(level) ?? new Set()).add(cell.period));
    }
    for (const scopes of this.tree.values())
      for (const [scope, periods] of [...scopes]) {
        const candidates = levelPeriods.get(levelOf(scope)) ?? new Set<string>();
        for (const period of allPeriods) {
          const split = tiling(period, candidates);
          if (!split) continue;
          const { parts, grid } = split;
          // A calendar unit with no row of the scope was computed and is empty, when the scope has rows (of any
          // indicator) at another of its units: the scope was computed by that grain.
          const computedHere = grid && parts.some((part) => this.computed(scope, part));
          const keys = new Set(
            [period, ...parts].flatMap((part) => [...(periods.get(part)?.keys() ?? [])]),
          );
          for (const key of keys) {
            const model =
              periods.get(period)?.get(key) ??
              parts.map((part) => periods.get(part)?.get(key)).find((cell) => cell !== undefined);
            if (!model) continue;
            const found = parts.map(
              (part) =>
                periods.get(part)?.get(key) ?? this.absentLike(model, scope, part, computedHere),
            );
            if (found.some((child) => child === undefined)) continue;
            const children = found as Cell[];
            let parent = periods.get(period)?.get(key);
            if (!parent) {
              if (periods.has(period)) continue;
              const values = children.map((child) => child.value);
              parent = this.add({
                ...this.placeOf(model, scope, period),
                state: 'virtual',
                value: values.some((v) => v === null)
                  ? null
                  : values.reduce((a, b) => (a ?? 0) + (b ?? 0), 0),
                // A scope's whole year, computed in parts, is a plain total published at any size like any year.
                exempt:
                  children.every((child) => child.exempt) ||
                  (model.dims.size === 0 && isYearOrLonger(period)),
                disaggregation: model.disaggregation,
                template: model.template,
              });
            }
            relate([[parent, 1], ...children.map((child) => [child, -1] as const)]);
          }
        }
      }
  }

  /**
   * Scope relations: the country = the sum of the listed provinces of one code list (and of its listed communes), and
   * a 19/2025 province = the sum of the listed 124/2004 provinces merged into it, each plus a virtual rest when their
   * plain totals do not add up (or, for a merged province, when one merged into it is not listed). A listed scope with
   * rows at the period but none of a breakdown is zero there.
   */
  scopeRelations(relate: Relate): void {
    const families = new Map<string, Set<string>>();
    for (const cell of this.list) {
      if (!cell.period) continue;
      const [level = '', , version = ''] = cell.scope.split(':');
      if (level !== 'province' && level !== 'commune') continue;
      const family = `${level}:${version}`;
      families.set(family, (families.get(family) ?? new Set()).add(cell.scope));
    }
    const plain = dimsKey(new Map());
    for (const scopes of this.tree.values()) {
      // Parents and the listed scopes inside them: the country and every code list's provinces (and communes); a
      // 19/2025 province and the listed 124/2004 provinces merged into it (it holds their records, through the
      // crosswalk), with whether every one merged into it is listed.
      const parents: {
        scope: string;
        family: string;
        listed: ReadonlySet<string>;
        all: boolean;
      }[] = [];
      for (const scope of scopes.keys())
        if (scope.startsWith('national:'))
          for (const [family, listed] of families)
            parents.push({ scope, family, listed, all: true });
      for (const scope of scopes.keys()) {
        const [level = '', code = '', version = ''] = scope.split(':');
        if (level !== 'province' || version !== '19/2025') continue;
        const members = MERGED_INTO.get(code) ?? [];
        const listed = new Set(
          [...(families.get('province:124/2004') ?? [])].filter((old) =>
            members.includes(old.split(':')[1] ?? ''),
          ),
        );
        if (listed.size > 0)
          parents.push({
            scope,
            family: 'province:124/2004',
            listed,
            all: listed.size === members.length,
          });
      }
      for (const { scope: parentScope, family, listed, all } of parents)
        for (const [period, parentCells] of scopes.get(parentScope) ?? []) {
          const children = [...listed].filter(
            (scope) => scopes.get(scope)?.has(period) || this.computed(scope, period),
          );
          if (children.length === 0) continue;
          const cellAt = (scope: string, key: string, model: Cell) =>
            scopes.get(scope)?.get(period)?.get(key) ?? this.absentLike(model, scope, period);
          const total = parentCells.get(plain);
          const childTotals = total ? children.map((scope) => cellAt(scope, plain, total)) : [];
          const complete =
            all &&
            total !== undefined &&
            children.length === listed.size &&
            childTotals.every((cell) => cell !== undefined && cell.value !== null) &&
            total.value === childTotals.reduce((a, cell) => a + (cell?.value ?? 0), 0);
          for (const [key, parent] of [...parentCells]) {
            const parts = children.map((scope) => cellAt(scope, key, parent));
            if (parts.some((part) => part === undefined)) continue;
            const cells = parts as Cell[];
            const sum = cells.some((cell) => cell.value === null)
              ? null
              : cells.reduce((a, cell) => a + (cell.value ?? 0), 0);
            const rest = parent.value === null || sum === null ? null : parent.value - sum;
            const terms: (readonly [Cell, number])[] = [
              [parent, 1],
              ...cells.map((cell) => [cell, -1] as const),
            ];
            if (!complete || rest !== 0)
              terms.push([
                this.add({
                  ...this.placeOf(parent, `rest:${parentScope}:${family}`, period),
                  state: 'virtual',
                  value: rest,
                  exempt: parent.exempt,
                  disaggregation: parent.disaggregation,
                  template: parent.template,
                }),
                -1,
              ]);
            relate(terms);
          }
        }
    }
  }

  /**
   * The total a cell's breakdown over `key` sums to: the cell of the same place without that key, or, when there is
   * none, without the keys that take one value in every row of the indicator with these keys too (the support access
   * rate is broken down by support type with the status always PROVIDED: its plain total is the sum over types).
   */
  private breakdownParent(
    cells: ReadonlyMap<string, Cell>,
    cell: Cell,
    key: string,
  ): Cell | undefined {
    const parentDims = new Map(without(cell.dims, key));
    const parent = cells.get(dimsKey(parentDims));
    if (parent) return parent;
    const constant = [...parentDims.keys()].filter((other) => this.isConstant(cell, other));
    if (constant.length === 0) return undefined;
    for (const other of constant) parentDims.delete(other);
    return cells.get(dimsKey(parentDims));
  }

  private valuesByKey?: Map<string, Set<string>>;

  /** Whether `key` takes one value in every row of the cell's group (indicator and figure) with the cell's keys. */
  private isConstant(cell: Cell, key: string): boolean {
    if (!this.valuesByKey) {
      this.valuesByKey = new Map();
      for (const other of this.list)
        if (other.state === 'present')
          for (const [k, value] of other.dims) {
            const at = `${other.group}\u0000${keysetKey(other.dims)}\u0000${k}`;
            this.valuesByKey.set(at, (this.valuesByKey.get(at) ?? new Set()).add(value));
          }
    }
    return (
      this.valuesByKey.get(`${cell.group}\u0000${keysetKey(cell.dims)}\u0000${key}`)?.size === 1
    );
  }

  /**
   * The same count of persons under two indicators is one figure to a reader who knows what they count (persons
   * given medical support, in support-by-status and in the support access rate's numerator; victims identified and
   * received when everyone identified was received): cells of the same scope, period and breakdown with the same true
   * value are related as equal, whatever their indicator. Equal values that only happen to be equal make the check
   * stricter, never weaker. Exempt cells are left out: they are published anyway, and a zero under a zero total says
   * that its indicator counts nobody there, not that another one does.
   */
  sameCountRelations(relate: Relate): void {
    const last = new Map<string, Cell>();
    for (const cell of this.list) {
      if (cell.exempt || cell.value === null || cell.scope === '' || cell.scope.startsWith('rest:'))
        continue;
      const at = `${cell.scope}\u0001${cell.period}\u0001${dimsKey(cell.dims)}\u0001${cell.value}`;
      const before = last.get(at);
      if (before)
        relate([
          [cell, 1],
          [before, -1],
        ]);
      last.set(at, cell);
    }
  }

  /** Breakdown relations: the row of keys D minus one key = the sum of the rows of keys D over that key's values. */
  breakdownRelations(relate: Relate): void {
    for (const cells of this.periodMaps()) {
      const families = new Map<string, { parent: Cell; children: Cell[] }>();
      for (const cell of cells.values())
        for (const key of cell.dims.keys()) {
          const parent = this.breakdownParent(cells, cell, key);
          if (!parent) continue;
          const family = `${keysetKey(cell.dims)}\u0000${key}\u0000${dimsKey(parent.dims)}`;
          const entry = families.get(family) ?? { parent, children: [] };
          entry.children.push(cell);
          families.set(family, entry);
        }
      for (const [family, { parent, children }] of families) {
        const key = family.split('\u0000').at(-2) ?? '';
        // The values no cell stands for: zero while the breakdown is shown, unknown once it is withheld as a whole.
        const others: Cell = {
          ...parent,
          dims: new Map(parent.dims).set(key, '\u0000others'),
          state: 'absent',
          value: 0,
          exempt: true,
        };
        relate([[parent, 1], ...children.map((child) => [child, -1] as const), [others, -1]], {
          key,
          others,
        });
      }
    }
  }

  /** The place of a cell like `model` at another scope and period. */
  private placeOf(model: Cell, scope: string, period: string): Place & Pick<Cell, 'where'> {
    const [start = '', end = ''] = period.split('/');
    const template = model.where?.scope;
    const [level = '', code = '', version = ''] = scope.split(':');
    const where =
      level === 'rest'
        ? undefined
        : {
            scope:
              template && scopeKey(template) === scope
                ? template
                : ({
                    level,
                    code,
                    ...(version ? { codeListVersion: version } : {}),
                  } as AggregateRow['scope']),
            period: { start, end },
          };
    return { group: model.group, scope, period, dims: model.dims, ...(where ? { where } : {}) };
  }

  private computedAt?: Set<string>;

  /**
   * Whether the export holds results of a scope and period: a row of any indicator there, or (below the country) a row
   * at another scope of the same level there while the scope has rows at another period of the same length (a month
   * among months), as the scopes of one computation are computed for every period of its grain. A scope with no row at
   * any period of that length was not computed by it (months asked for one province only): its months are unknown.
   */
  private computed(scope: string, period: string): boolean {
    if (!this.computedAt) {
      this.computedAt = new Set();
      for (const cell of this.list)
        if (cell.state === 'present' || (cell.value === null && !cell.scope.startsWith('rest:'))) {
          this.computedAt.add(`${cell.scope}\u0000${cell.period}`);
          this.computedAt.add(`${cell.scope}\u0000grain:${grainOf(cell.period)}`);
          if (!cell.scope.startsWith('national:'))
            this.computedAt.add(`${levelOf(cell.scope)}\u0000${cell.period}`);
        }
    }
    return (
      this.computedAt.has(`${scope}\u0000${period}`) ||
      (!scope.startsWith('national:') &&
        this.computedAt.has(`${levelOf(scope)}\u0000${period}`) &&
        this.computedAt.has(`${scope}\u0000grain:${grainOf(period)}`))
    );
  }

  /**
   * A zero cell like `model` (same breakdown) at another scope or period where the export shows no row, when readers
   * can take it as zero: the scope and period are computed, and the cell is a total, or its breakdown is shown there,
   * or there is nobody there to break down. Else undefined: the value is unknown.
   */
  private absentLike(
    model: Cell,
    scope: string,
    period: string,
    computed = false,
  ): Cell | undefined {
    const place = this.placeOf(model, scope, period);
    const existing = this.get(place);
    if (existing) return existing;
    if (!this.counts.has(model.group)) return undefined;
    if (!computed && !this.computed(scope, period)) return undefined;
    const cells = this.tree.get(model.group)?.get(scope)?.get(period);
    const total = cells?.get(dimsKey(new Map()));
    const keys = keysetKey(model.dims);
    // Nobody there: every cell is zero whatever is published, so withholding it would hide nothing.
    const nobody = total === undefined || total.value === 0;
    const zero =
      model.dims.size === 0 ||
      nobody ||
      [...(cells?.values() ?? [])].some(
        (cell) => cell.state === 'present' && keysetKey(cell.dims) === keys,
      );
    if (!zero) return undefined;
    return this.add({
      ...place,
      state: 'absent',
      value: 0,
      exempt: model.exempt || nobody,
      disaggregation: model.disaggregation,
      template: model.template,
    });
  }

  private *periodMaps(): Generator<Map<string, Cell>> {
    for (const scopes of this.tree.values())
      for (const periods of scopes.values()) yield* periods.values();
  }

  private key(place: Place): string {
    return `${place.group}\u0001${place.scope}\u0001${place.period}\u0001${dimsKey(place.dims)}`;
  }

  private add(cell: Cell): Cell {
    const key = this.key(cell);
    const existing = this.byPlace.get(key);
    if (existing) return existing;
    this.byPlace.set(key, cell);
    this.list.push(cell);
    let scopes = this.tree.get(cell.group);
    if (!scopes) {
      scopes = new Map();
      this.tree.set(cell.group, scopes);
    }
    let periods = scopes.get(cell.scope);
    if (!periods) {
      periods = new Map();
      scopes.set(cell.scope, periods);
    }
    let cells = periods.get(cell.period);
    if (!cells) {
      cells = new Map();
      periods.set(cell.period, cells);
    }
    cells.set(dimsKey(cell.dims), cell);
    return cell;
  }
}
