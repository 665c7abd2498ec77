/** A quasi-identifier of rows: how to generalise it step by step, and the value equivalence classes compare. */
export interface QuasiIdentifier<Row> {
  /** Name in reports, e.g. `residence`. */
  readonly name: string;
  /** How many levels exist above the original value (level 0); the last is the coarsest. */
  readonly levels: number;
  /** The row with this quasi-identifier at `level` (0 returns it unchanged); never mutates. */
  generalise(row: Row, level: number): Row;
  /** The comparable value of this quasi-identifier in a row. */
  key(row: Row): string;
}

/** Options of `kAnonymize`. */
export interface KAnonymityOptions<Row> {
  readonly quasiIdentifiers: readonly QuasiIdentifier<Row>[];
  /** Every combination of quasi-identifier values must be shared by at least k rows. @default 11 */
  readonly k?: number;
  /** Rows that may be suppressed instead of generalising further. @default k */
  readonly suppressionLimit?: number;
  /**
   * Who a row is about (the input row and its index): classes are then sized in distinct subjects, so that eleven rows
   * of one person are a class of one. @default each row its own subject
   */
  readonly subject?: (row: Row, index: number) => string;
}

/** What `kAnonymize` did. */
export interface KAnonymityResult<Row> {
  /** The released rows, in input order. */
  readonly rows: Row[];
  /** Where each released row was in the input. */
  readonly kept: number[];
  readonly k: number;
  /** Smallest equivalence class among the released rows, in subjects; null when none is released. */
  readonly kAchieved: number | null;
  /** Generalisation level chosen for each quasi-identifier, by name. */
  readonly levels: Readonly<Record<string, number>>;
  /** Released rows whose quasi-identifier values changed. */
  readonly generalised: number;
  /** Rows withheld because they stayed in a class smaller than k. */
  readonly suppressed: number;
}

/** The default k: CTDC's threshold. */
export const DEFAULT_K = 11;

/**
 * Makes rows k-anonymous: after generalisation, every combination of quasi-identifier values is shared by the rows of
 * at least k distinct subjects (rows, unless `subject` says whom a row is about). Full-domain generalisation, greedy (Datafly): while more than `suppressionLimit` rows sit in classes
 * smaller than k, raise by one level the quasi-identifier with the most distinct values; when the rest fit within the
 * limit, or nothing can be raised further, those rows are suppressed. Every row of the output gets the same levels.
 * @example
 * const { rows, kAchieved } = kAnonymize(people, { quasiIdentifiers: [sexQi, ageQi, placeQi], k: 11 });
 */
export function kAnonymize<Row>(
  rows: readonly Row[],
  options: KAnonymityOptions<Row>,
): KAnonymityResult<Row> {
  const k = options.k ?? DEFAULT_K;
  const limit = options.suppressionLimit ?? k;
  const qis = options.quasiIdentifiers;
  const levels = qis.map(() => 0);
  for (;;) {
    const current = rows.map((row) =>
      qis.reduce((r, qi, i) => qi.generalise(r, levels[i] ?? 0), row),
    );
    const keys = current.map((row) => JSON.stringify(qis.map((qi) => qi.key(row))));
    const subjects = new Map<string, Set<string>>();
    keys.forEach((key, i) => {
      const set = subjects.get(key) ?? new Set<string>();
      set.add(options.subject ? options.subject(rows[i] as Row, i) : String(i));
      subjects.set(key, set);
    });
    const sizes = new Map([...subjects].map(([key, set]) => [key, set.size]));
    const short = keys.filter((key) => (sizes.get(key) ?? 0) < k).length;
    const raisable = qis.map((_, i) => i).filter((i) => (levels[i] ?? 0) < (qis[i]?.levels ?? 0));
    if (short > limit && raisable.length > 0) {
      const distinct = (i: number) => new Set(current.map((row) => qis[i]?.key(row))).size;
      const widest = raisable.reduce((best, i) => (distinct(i) > distinct(best) ? i : best));
      levels[widest] = (levels[widest] ?? 0) + 1;
      continue;
    }
    const released: Row[] = [];
    const kept: number[] = [];
    let generalised = 0;
    current.forEach((row, i) => {
      if ((sizes.get(keys[i] ?? '') ?? 0) < k) return;
      released.push(row);
      kept.push(i);
      const original = rows[i] as Row;
      if (qis.some((qi) => qi.key(original) !== qi.key(row))) generalised++;
    });
    const classSizes = [...sizes.values()].filter((size) => size >= k);
    return {
      rows: released,
      kept,
      k,
      kAchieved: classSizes.length > 0 ? Math.min(...classSizes) : null,
      levels: Object.fromEntries(qis.map((qi, i) => [qi.name, levels[i] ?? 0])),
      generalised,
      suppressed: rows.length - released.length,
    };
  }
}
