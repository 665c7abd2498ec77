// The attacker's linear algebra, written apart from the defence's (`linear-span.ts`): which unknown cells a set of
// published additive relations pins down. Gauss–Jordan elimination modulo a prime near 2^26.5, so products stay exact
// in doubles; a false "determined" (rank lost modulo p) is possible with probability about 1 in 10^8 per pivot and
// would only make the attack stronger.

const P = largestPrimeBelow(94_906_265);

function largestPrimeBelow(n: number): number {
  for (let candidate = n - 1; ; candidate--) {
    let prime = candidate % 2 === 1;
    for (let d = 3; prime && d * d <= candidate; d += 2) if (candidate % d === 0) prime = false;
    if (prime) return candidate;
  }
}

const mod = (a: number) => ((a % P) + P) % P;

function inverse(a: number): number {
  let [r0, r1, s0, s1] = [mod(a), P, 1, 0];
  while (r1 !== 0) {
    const q = Math.floor(r0 / r1);
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return mod(s0);
}

/**
 * The unknowns (by key) that the equations determine, with their values: each equation is a list of (cell key,
 * coefficient) pairs whose weighted sum is zero; cells not in `unknowns` are known, their values in `known`
 * (missing ones are zero). Values come back exact when they are integers of magnitude under P / 2.
 */
export function solveByElimination(
  equations: readonly (readonly (readonly [string, number])[])[],
  unknowns: readonly string[],
  known: ReadonlyMap<string, number> = new Map(),
): Map<string, number> {
  const index = new Map(unknowns.map((key, i) => [key, i]));
  const CONSTANT = -1;
  /** Pivot column → row (the constant under CONSTANT), kept reduced: a pivot column is zero in every other row. */
  const rows = new Map<number, Map<number, number>>();
  for (const equation of equations) {
    let row = new Map<number, number>();
    const add = (col: number, value: number) => {
      const next = mod((row.get(col) ?? 0) + value);
      if (next === 0) row.delete(col);
      else row.set(col, next);
    };
    for (const [key, coefficient] of equation) {
      const col = index.get(key);
      if (col === undefined) add(CONSTANT, -coefficient * (known.get(key) ?? 0));
      else add(col, coefficient);
    }
    for (const [pivot, pivotRow] of rows) {
      const factor = row.get(pivot);
      if (factor === undefined) continue;
      row = subtract(row, pivotRow, factor);
    }
    const cols = [...row.keys()].filter((col) => col !== CONSTANT);
    if (cols.length === 0) continue;
    const pivot = Math.min(...cols);
    const scale = inverse(row.get(pivot) as number);
    for (const [col, value] of row) row.set(col, mod(value * scale));
    for (const [other, otherRow] of rows) {
      const factor = otherRow.get(pivot);
      if (factor !== undefined) rows.set(other, subtract(otherRow, row, factor));
    }
    rows.set(pivot, row);
  }
  const solved = new Map<string, number>();
  for (const [pivot, row] of rows) {
    const cols = [...row.keys()].filter((col) => col !== CONSTANT);
    if (cols.length !== 1) continue;
    const value = row.get(CONSTANT) ?? 0;
    solved.set(unknowns[pivot] as string, value > P / 2 ? value - P : value);
  }
  return solved;
}

/** The unknowns the equations determine (see `solveByElimination`). */
export function determinedByElimination(
  equations: readonly (readonly (readonly [string, number])[])[],
  unknowns: readonly string[],
): string[] {
  return [...solveByElimination(equations, unknowns).keys()];
}

/** `row − factor · other` modulo P (`other` has a 1 at the pivot being removed). */
function subtract(
  row: ReadonlyMap<number, number>,
  other: ReadonlyMap<number, number>,
  factor: number,
): Map<number, number> {
  const out = new Map(row);
  for (const [col, value] of other) {
    const next = mod((out.get(col) ?? 0) - mod(value * factor));
    if (next === 0) out.delete(col);
    else out.set(col, next);
  }
  return out;
}
