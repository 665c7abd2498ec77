import type { DataQualityNote, IndicatorValue } from '@vntip/core';

/** How small counts are protected in aggregate outputs. */
export type SmallCellMethod = 'suppress' | 'round';

/** Options of `protectSmallCells`. */
export interface SmallCellOptions {
  /** `suppress` hides counts from 1 to threshold − 1 (and complements); `round` rounds every count down to a multiple of threshold. @default 'suppress' */
  readonly method?: SmallCellMethod;
  /** @default 11 */
  readonly threshold?: number;
}

/** A row to protect: an indicator value, optionally with its indicator id (as indicator results have). */
export type AggregateRow = IndicatorValue & { readonly indicator?: string };

/** What `protectSmallCells` did. */
export interface SmallCellResult<Row extends AggregateRow> {
  readonly rows: Row[];
  readonly method: SmallCellMethod;
  readonly threshold: number;
  /** Cells hidden because they were small. */
  readonly suppressed: number;
  /** Cells hidden so that a small one cannot be recovered from a total. */
  readonly complementary: number;
  /** Cells whose counts were rounded down. */
  readonly rounded: number;
}

const SUPPRESSED_NOTE: DataQualityNote = {
  code: 'small_cell_suppressed',
  message: {
    vi: 'Số liệu bị ẩn để bảo vệ nạn nhân: số nhỏ, hoặc có thể suy ra số nhỏ từ tổng.',
    en: 'Figure withheld to protect victims: a small count, or one that would reveal a small count from a total.',
  },
};

function roundedNote(threshold: number): DataQualityNote {
  return {
    code: 'small_cell_rounded',
    message: {
      vi: `Số đếm được làm tròn xuống bội số của ${threshold} để bảo vệ nạn nhân.`,
      en: `Counts rounded down to a multiple of ${threshold} to protect victims.`,
    },
  };
}

const isSmall = (n: number | null, threshold: number) => n !== null && n > 0 && n < threshold;

/** Rows of one breakdown: same indicator, period, scope and disaggregation keys. */
function groupKey(row: AggregateRow): string {
  return JSON.stringify([
    row.indicator ?? '',
    row.period,
    row.scope,
    Object.keys(row.disaggregation).sort(),
  ]);
}

function hide<Row extends AggregateRow>(row: Row, threshold: number): Row {
  const denominator = isSmall(row.denominator, threshold) ? null : row.denominator;
  return {
    ...row,
    numerator: null,
    denominator,
    value: null,
    notes: [...row.notes, SUPPRESSED_NOTE],
  };
}

/** The factor between a value and numerator / denominator: 1 for ratios, 100,000 for rates per 100,000. */
function scaleOf(row: AggregateRow): number {
  return row.value !== null && row.numerator && row.denominator
    ? row.value / (row.numerator / row.denominator)
    : 1;
}

/**
 * Protects small counts in aggregate rows (indicator results, SDMX, CTDC aggregates). Lineage is always emptied: record
 * ids never leave in aggregates.
 *
 * - `suppress`: a count (the numerator) from 1 to threshold − 1 is withheld (numerator and value null, note
 *   `small_cell_suppressed`); a rate whose denominator is that small is withheld too. Then, in every breakdown (rows of
 *   one indicator, period and scope with the same disaggregation keys) where exactly one cell is withheld, the smallest
 *   other non-zero cell is withheld as well, so no withheld cell equals a published total minus published cells.
 * - `round`: every numerator and denominator is rounded down to a multiple of threshold, and values are recomputed.
 */
export function protectSmallCells<Row extends AggregateRow>(
  rows: readonly Row[],
  options: SmallCellOptions = {},
): SmallCellResult<Row> {
  const method = options.method ?? 'suppress';
  const threshold = options.threshold ?? 11;
  const cleared = rows.map((row) => ({ ...row, lineage: [] }) as Row);
  if (method === 'round') {
    let rounded = 0;
    const round = (n: number | null) => (n === null ? null : Math.floor(n / threshold) * threshold);
    const out = cleared.map((row) => {
      const numerator = round(row.numerator);
      const denominator = round(row.denominator);
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
    return { rows: out, method, threshold, suppressed: 0, complementary: 0, rounded };
  }
  const hidden = new Set<number>();
  cleared.forEach((row, i) => {
    if (isSmall(row.numerator, threshold) || isSmall(row.denominator, threshold)) hidden.add(i);
  });
  const suppressed = hidden.size;
  const groups = new Map<string, number[]>();
  cleared.forEach((row, i) => {
    const key = groupKey(row);
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  let complementary = 0;
  for (const members of groups.values()) {
    if (members.filter((i) => hidden.has(i)).length !== 1) continue;
    const candidates = members
      .filter((i) => !hidden.has(i) && (cleared[i]?.numerator ?? 0) > 0)
      .sort((a, b) => (cleared[a]?.numerator ?? 0) - (cleared[b]?.numerator ?? 0));
    const next = candidates[0];
    if (next !== undefined) {
      hidden.add(next);
      complementary++;
    }
  }
  return {
    rows: cleared.map((row, i) => (hidden.has(i) ? hide(row, threshold) : row)),
    method,
    threshold,
    suppressed,
    complementary,
    rounded: 0,
  };
}
