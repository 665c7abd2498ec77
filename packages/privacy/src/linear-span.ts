// Exact linear algebra over the rationals for the differencing check: which unknowns a set of linear equations fixes.

/** A linear equation over unknowns: coefficients by unknown index (the constant does not matter here). */
export type Equation = ReadonlyMap<number, number>;

type Row = Map<number, bigint>;

const abs = (n: bigint) => (n < 0n ? -n : n);
const gcd = (a: bigint, b: bigint): bigint => {
  let x = abs(a);
  let y = abs(b);
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};

function normalise(row: Row): void {
  let g = 0n;
  for (const value of row.values()) g = gcd(g, value);
  if (g > 1n) for (const [col, value] of row) row.set(col, value / g);
}

/** `a · row − b · other`, dropping zeros. */
function combine(row: Row, a: bigint, other: Row, b: bigint): Row {
  const out: Row = new Map();
  for (const [col, value] of row) out.set(col, value * a);
  for (const [col, value] of other) {
    const next = (out.get(col) ?? 0n) - value * b;
    if (next === 0n) out.delete(col);
    else out.set(col, next);
  }
  normalise(out);
  return out;
}

/**
 * The unknowns that a system of equations determines, whatever the other unknowns are: those whose unit vector lies
 * in the span of the equations. Computed exactly (integer rows, fraction-free) by keeping the equations in reduced row
 * echelon form: an unknown is determined exactly when a reduced row has it as its only term.
 */
export function determinedUnknowns(equations: Iterable<Equation>): Set<number> {
  /** Pivot column → its reduced row (the pivot appears in no other row). */
  const basis = new Map<number, Row>();
  for (const equation of equations) {
    let row: Row = new Map();
    for (const [col, value] of equation) if (value !== 0) row.set(col, BigInt(value));
    for (const [col, pivotRow] of basis) {
      const coefficient = row.get(col);
      if (coefficient === undefined) continue;
      row = combine(row, pivotRow.get(col) as bigint, pivotRow, coefficient);
    }
    if (row.size === 0) continue;
    const pivot = Math.min(...row.keys());
    for (const [col, other] of basis) {
      const coefficient = other.get(pivot);
      if (coefficient !== undefined)
        basis.set(col, combine(other, row.get(pivot) as bigint, row, coefficient));
    }
    basis.set(pivot, row);
  }
  const determined = new Set<number>();
  for (const [col, row] of basis) if (row.size === 1) determined.add(col);
  return determined;
}
