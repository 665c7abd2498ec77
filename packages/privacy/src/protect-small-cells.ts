import {
  type DataQualityNote,
  type IndicatorUnit,
  type IndicatorValue,
  VntipError,
} from '@vntip/core';
import { type AdditiveCell, additiveRelations, type Relation } from './additive-relations';
import { determinedUnknowns, type Equation } from './linear-span';
import { plainTotalsAtAnySize } from './plain-total';

/** How small counts are protected in aggregate outputs. */
export type SmallCellMethod = 'suppress' | 'round';

/** Options of `protectSmallCells`. */
export interface SmallCellOptions {
  /** `suppress` withholds counts from 1 to threshold − 1 (and their complements); `round` rounds counts of persons down to a multiple of threshold. @default 'suppress' */
  readonly method?: SmallCellMethod;
  /**
   * The smallest count of persons published in a breakdown. It defaults to k (11, CTDC's value) so that a published
   * breakdown cell is as safe as a k-anonymous class: fewer persons than that could be recognised by a neighbour or a
   * colleague. @default 11
   */
  readonly threshold?: number;
}

/** Options of `protectSmallCells`, with how to tell counts of persons from counts of activities. */
export interface ProtectSmallCellsOptions extends SmallCellOptions {
  /** Whether an indicator's results count persons (or their cases). @default every indicator does */
  readonly isPersonal?: (indicator: string) => boolean;
}

/** A row to protect: an indicator value, optionally with its indicator, unit and status (as indicator results have). */
export type AggregateRow = IndicatorValue & {
  readonly indicator?: string;
  readonly unit?: IndicatorUnit;
  readonly status?: string;
};

/** What `protectSmallCells` did. */
export interface SmallCellResult<Row extends AggregateRow> {
  /** The rows, in input order, with withheld rows added after their siblings where a zero had to be withheld. */
  readonly rows: Row[];
  readonly method: SmallCellMethod;
  readonly threshold: number;
  /** Cells withheld because they were small. */
  readonly suppressed: number;
  /** Cells withheld so that no withheld cell can be computed from published ones (zeros included). */
  readonly complementary: number;
  /** Cells whose counts were rounded down. */
  readonly rounded: number;
}

const SUPPRESSED_NOTE: DataQualityNote = {
  code: 'small_cell_suppressed',
  message: {
    vi: 'Số liệu bị ẩn để bảo vệ nạn nhân: số nhỏ, hoặc số có thể dùng để suy ra một số nhỏ.',
    en: 'Figure withheld to protect victims: a small count, or one that would let a small count be worked out.',
  },
};

const BREAKDOWN_WITHHELD_NOTE: DataQualityNote = {
  code: 'breakdown_withheld',
  message: {
    vi: 'Một phân tổ của số liệu này bị ẩn hoàn toàn để bảo vệ nạn nhân: quá ít người để phân tổ.',
    en: 'A breakdown of this figure is withheld as a whole to protect victims: too few persons to break down.',
  },
};

/** Whether a note's text writes its count as a number (a third-party indicator's "3 persons have no …"). */
function mentions(message: DataQualityNote['message'], count: number): boolean {
  const number = new RegExp(`(^|[^\\d.,])${count}($|[^\\d])`);
  return number.test(message.vi) || number.test(message.en);
}

/** The text of a note about persons whose own text gave its count away. */
function countFreeMessage(code: string): DataQualityNote['message'] {
  return {
    vi: `Ghi chú chất lượng dữ liệu ${code}; số lượng không được công bố để bảo vệ nạn nhân.`,
    en: `Data-quality note ${code}; its count is not published, to protect victims.`,
  };
}

function roundedNote(threshold: number): DataQualityNote {
  return {
    code: 'small_cell_rounded',
    message: {
      vi: `Số người được làm tròn xuống bội số của ${threshold} để bảo vệ nạn nhân.`,
      en: `Counts of persons rounded down to a multiple of ${threshold} to protect victims.`,
    },
  };
}

/**
 * Protects aggregate rows (indicator results, SDMX, reports). Always: lineage (record ids) is emptied and notes lose
 * their counts (a note about persons whose text writes its count gets a text without it). Rows of indicators that count activities, items or participants of public events (`isPersonal` false)
 * are otherwise published as they are. Counts of persons:
 *
 * - `suppress` (default): a count from 1 to threshold − 1 is withheld (numerator, and the value computed from it, null;
 *   status `no_data`; note `small_cell_suppressed`), except a scope's plain total (all persons, no breakdown) for a year
 *   or more, or for the only period the rows hold for the scope, which is published at any size as official reports
 *   do (`plainTotalsAtAnySize`); the totals of months, quarters or halves among several are a breakdown by time and
 *   protected as one. Then complementary suppression runs over every additive relation
 *   the rows hold (`additiveRelations`: total = sum of a breakdown, parent scope = sum of its scopes, period = sum of
 *   its sub-periods, denominator = numerator + the rest) until no withheld cell, and no small count left unpublished,
 *   can be computed exactly from the published ones by any linear combination of the relations. Complements are the
 *   smallest published counts first, zeros included; a zero that was not a row becomes a withheld row.
 * - `round`: every count of persons but the plain totals published at any size is rounded down to a multiple of
 *   threshold and values are recomputed. Rounding leaves intervals to a differencing attacker, and the ends of an
 *   interval can meet: under a plain total published exactly, a breakdown whose every count is one below a multiple of
 *   threshold gives its counts back exactly (threshold − 1 each). Prefer `suppress` where that matters.
 * @example
 * const { rows } = protectSmallCells(results, { threshold: 11, isPersonal: (id) => id !== 'activities-by-type' });
 */
export function protectSmallCells<Row extends AggregateRow>(
  rows: readonly Row[],
  options: ProtectSmallCellsOptions = {},
): SmallCellResult<Row> {
  const method = options.method ?? 'suppress';
  const threshold = options.threshold ?? 11;
  const isPersonal = options.isPersonal ?? (() => true);
  const personal = (row: Row) => isPersonal(row.indicator ?? '');
  const cleared = rows.map(
    (row) =>
      ({
        ...row,
        lineage: [],
        notes: row.notes.map(({ code, message, count }) => ({
          code,
          message:
            count !== undefined && personal(row) && mentions(message, count)
              ? countFreeMessage(code)
              : message,
        })),
      }) as Row,
  );
  if (method === 'round') return roundCounts(cleared, threshold, personal);
  const cells = additiveRelations(cleared, {
    personal,
    contributors: (i) => rows[i]?.lineage.length ?? 0,
  });
  const small = (cell: AdditiveCell) =>
    !cell.exempt && cell.value !== null && cell.value > 0 && cell.value < threshold;
  const suppressed = new Set<AdditiveCell>();
  for (const cell of cells.cells) if (cell.state === 'present' && small(cell)) suppressed.add(cell);
  const primary = suppressed.size;
  const dropped = new Set<AdditiveCell>();
  const unknown = (cell: AdditiveCell) => suppressed.has(cell) || cell.state === 'virtual';
  for (;;) {
    const violations = findViolations(cells.relations, unknown, suppressed, small);
    if (violations.length === 0) break;
    const added = new Set<AdditiveCell>();
    for (const cell of violations) {
      const complement = chooseComplement(cell, cells.relations, unknown, added);
      if (complement) {
        added.add(complement);
        continue;
      }
      // No count left to withhold beside it (a breakdown of one known value under a small total): withhold the
      // whole breakdown, in every scope and period of the indicator, so that not even its values are known.
      const breakdown = cells.relations.find(
        (relation) => relation.breakdown && (relation.terms.get(cell) ?? 0) < 0,
      );
      // Virtual cells (persons outside the listed scopes) are no row and stay unknown whatever is withheld.
      const whole = breakdown
        ? cells.breakdownCells(breakdown).filter((c) => !dropped.has(c) && c.state !== 'virtual')
        : [];
      for (const member of whole) {
        dropped.add(member);
        added.add(member);
      }
    }
    let progress = [...added].filter((cell) => !suppressed.has(cell));
    // Last resort: withhold every count, but the plain totals, of the relations linked to what is still derivable.
    if (progress.length === 0) progress = linkedCells(violations, cells.relations, unknown);
    if (progress.length === 0)
      // Refuse rather than publish a cell anyone can work out.
      throw new VntipError(
        'INTERNAL',
        'Complementary suppression found nothing more to withhold; no result was published.',
        { scope: 'privacy' },
      );
    for (const cell of progress) suppressed.add(cell);
  }
  const out = cells.materialise(
    suppressed,
    dropped,
    (row) => withhold(row),
    (row) => ({ ...row, notes: [...row.notes, BREAKDOWN_WITHHELD_NOTE] }),
    threshold,
  );
  const complementary = [...suppressed].filter(
    (cell) => !dropped.has(cell) || cell.state === 'present',
  ).length;
  return {
    rows: out,
    method,
    threshold,
    suppressed: primary,
    complementary: complementary - primary,
    rounded: 0,
  };
}

// --- Internal helpers ---

/** Unknown cells that the relations determine and that must stay unknown: every withheld cell, and small virtual ones. */
function findViolations(
  relations: readonly Relation[],
  unknown: (cell: AdditiveCell) => boolean,
  suppressed: ReadonlySet<AdditiveCell>,
  small: (cell: AdditiveCell) => boolean,
): AdditiveCell[] {
  const index = new Map<AdditiveCell, number>();
  const cells: AdditiveCell[] = [];
  const equations: Equation[] = [];
  for (const relation of relations) {
    const equation = new Map<number, number>();
    for (const [cell, coefficient] of relation.terms) {
      if (!unknown(cell)) continue;
      let i = index.get(cell);
      if (i === undefined) {
        i = cells.length;
        cells.push(cell);
        index.set(cell, i);
      }
      equation.set(i, (equation.get(i) ?? 0) + coefficient);
    }
    if (equation.size > 0) equations.push(equation);
  }
  return [...determinedUnknowns(components(equations))]
    .map((i) => cells[i] as AdditiveCell)
    .filter((cell) => (suppressed.has(cell) && !cell.exempt) || small(cell));
}

/** Equations in an order that keeps connected ones together, so elimination stays sparse. */
function components(equations: readonly Equation[]): Equation[] {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let root = x;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) as number;
    parent.set(x, root);
    return root;
  };
  for (const equation of equations) {
    const [first, ...rest] = [...equation.keys()];
    if (first === undefined) continue;
    if (!parent.has(first)) parent.set(first, first);
    for (const col of rest) {
      if (!parent.has(col)) parent.set(col, col);
      parent.set(find(col), find(first));
    }
  }
  const root = (equation: Equation) => find([...equation.keys()][0] ?? 0);
  return [...equations].sort((a, b) => root(a) - root(b));
}

/**
 * The cell to withhold next so that `cell` stops being derivable: the smallest published, non-exempt count of a
 * relation holding it (zeros first, existing rows before new ones), else of a relation one step further away.
 */
function chooseComplement(
  cell: AdditiveCell,
  relations: readonly Relation[],
  unknown: (cell: AdditiveCell) => boolean,
  taken: ReadonlySet<AdditiveCell>,
): AdditiveCell | undefined {
  const near = relations.filter((relation) => relation.terms.has(cell));
  const pick = (candidates: Iterable<Relation>) => {
    let best: AdditiveCell | undefined;
    for (const relation of candidates)
      for (const candidate of relation.terms.keys()) {
        if (candidate.exempt || unknown(candidate) || taken.has(candidate)) continue;
        if (!best || rank(candidate) < rank(best)) best = candidate;
      }
    return best;
  };
  const direct = pick(near);
  if (direct) return direct;
  const around = new Set(
    near.flatMap((relation) => [...relation.terms.keys()].filter((other) => unknown(other))),
  );
  return pick(
    relations.filter((relation) => [...relation.terms.keys()].some((c) => around.has(c))),
  );
}

/** The published, non-exempt cells of every relation connected (through unknown cells) to `from`. */
function linkedCells(
  from: readonly AdditiveCell[],
  relations: readonly Relation[],
  unknown: (cell: AdditiveCell) => boolean,
): AdditiveCell[] {
  const reached = new Set(from);
  const found = new Set<AdditiveCell>();
  for (let grew = true; grew; ) {
    grew = false;
    for (const relation of relations) {
      const cells = [...relation.terms.keys()];
      if (!cells.some((cell) => reached.has(cell))) continue;
      for (const cell of cells) {
        if (unknown(cell) && !reached.has(cell)) {
          reached.add(cell);
          grew = true;
        } else if (!unknown(cell) && !cell.exempt) found.add(cell);
      }
    }
  }
  return [...found];
}

function rank(cell: AdditiveCell): number {
  return (cell.value ?? 0) * 2 + (cell.state === 'absent' ? 1 : 0);
}

/** A row with its withheld figures emptied: value null, status `no_data`, the suppression note. */
function withhold<Row extends AggregateRow>(row: Row): Row {
  const notes = row.notes.some((note) => note.code === SUPPRESSED_NOTE.code)
    ? row.notes
    : [...row.notes, SUPPRESSED_NOTE];
  return { ...row, value: null, status: 'no_data', notes } as Row;
}

/** The factor between a value and numerator / denominator: 1 for ratios, 100,000 for rates per 100,000. */
function scaleOf(row: AggregateRow): number {
  return row.value !== null && row.numerator && row.denominator
    ? row.value / (row.numerator / row.denominator)
    : 1;
}

function roundCounts<Row extends AggregateRow>(
  rows: Row[],
  threshold: number,
  personal: (row: Row) => boolean,
): SmallCellResult<Row> {
  let rounded = 0;
  const atAnySize = plainTotalsAtAnySize(rows);
  const round = (n: number | null) => (n === null ? null : Math.floor(n / threshold) * threshold);
  const out = rows.map((row) => {
    if (!personal(row) || atAnySize(row)) return row;
    const numerator = round(row.numerator);
    const denominator = row.unit === 'rate_per_100000' ? row.denominator : round(row.denominator);
    if (numerator === row.numerator && denominator === row.denominator) return row;
    rounded++;
    let value = row.value;
    if (numerator !== null)
      value =
        denominator === null
          ? numerator
          : denominator === 0
            ? null
            : (numerator / denominator) * scaleOf(row);
    return {
      ...row,
      numerator,
      denominator,
      value,
      notes: [...row.notes, roundedNote(threshold)],
    };
  });
  return { rows: out, method: 'round', threshold, suppressed: 0, complementary: 0, rounded };
}
