// Exact linear algebra over the rationals for the differencing check: which unknowns a set of linear equations fixes.

/** A linear equation over unknowns: coefficients by unknown index (the constant does not matter here). */
export type Equation = ReadonlyMap<number, number>;

/** Integer arithmetic the elimination needs: doubles while exact, BigInt when a coefficient outgrows them. */
interface Arithmetic<N> {
  from(value: number): N;
  zero: N;
  one: N;
  mul(a: N, b: N): N;
  sub(a: N, b: N): N;
  div(a: N, b: N): N;
  abs(a: N): N;
  mod(a: N, b: N): N;
  isZero(a: N): boolean;
  safe(a: N): boolean;
}

const DOUBLE: Arithmetic<number> = {
  from: (value) => value,
  zero: 0,
  one: 1,
  mul: (a, b) => a * b,
  sub: (a, b) => a - b,
  div: (a, b) => a / b,
  abs: Math.abs,
  mod: (a, b) => a % b,
  isZero: (a) => a === 0,
  safe: (a) => Number.isSafeInteger(a),
};

const BIG: Arithmetic<bigint> = {
  from: (value) => BigInt(value),
  zero: 0n,
  one: 1n,
  mul: (a, b) => a * b,
  sub: (a, b) => a - b,
  div: (a, b) => a / b,
  abs: (a) => (a < 0n ? -a : a),
  mod: (a, b) => a % b,
  isZero: (a) => a === 0n,
  safe: () => true,
};

class Overflow extends Error {}

/**
 * The unknowns that a system of equations determines, whatever the other unknowns are: those whose unit vector lies
 * in the span of the equations. Computed exactly (integer rows, fraction-free, each row divided by the gcd of its
 * coefficients) by keeping the equations in reduced row echelon form: an unknown is determined exactly when a reduced
 * row has it as its only term. Doubles are used while every coefficient stays a safe integer, BigInt otherwise.
 */
export function determinedUnknowns(equations: Iterable<Equation>): Set<number> {
  const list = [...equations];
  try {
    return eliminate(list, DOUBLE);
  } catch (error) {
    if (!(error instanceof Overflow)) throw error;
    return eliminate(list, BIG);
  }
}

function eliminate<N>(equations: readonly Equation[], n: Arithmetic<N>): Set<number> {
  type Row = Map<number, N>;
  const gcd = (a: N, b: N): N => {
    let x = n.abs(a);
    let y = n.abs(b);
    while (!n.isZero(y)) [x, y] = [y, n.mod(x, y)];
    return x;
  };
  /** `a · row − b · other`, zeros dropped, divided by the gcd of its coefficients. */
  const combine = (row: Row, a: N, other: Row, b: N): Row => {
    const out: Row = new Map();
    for (const [col, value] of row) out.set(col, n.mul(value, a));
    for (const [col, value] of other) {
      const next = n.sub(out.get(col) ?? n.zero, n.mul(value, b));
      if (!n.safe(next)) throw new Overflow();
      if (n.isZero(next)) out.delete(col);
      else out.set(col, next);
    }
    let g = n.zero;
    for (const value of out.values()) g = gcd(g, value);
    if (!n.isZero(g) && g !== n.one) for (const [col, value] of out) out.set(col, n.div(value, g));
    return out;
  };
  /** Pivot column → its reduced row (the pivot appears in no other row). */
  const basis = new Map<number, Row>();
  /** Non-pivot column → the pivots whose rows hold it. */
  const holders = new Map<number, Set<number>>();
  const index = (pivot: number, row: Row, add: boolean) => {
    for (const col of row.keys()) {
      if (col === pivot) continue;
      const set = holders.get(col) ?? new Set<number>();
      if (add) set.add(pivot);
      else set.delete(pivot);
      holders.set(col, set);
    }
  };
  for (const equation of equations) {
    let row: Row = new Map();
    for (const [col, value] of equation) if (value !== 0) row.set(col, n.from(value));
    // A reduced basis has no pivot in another pivot's row, so one pass over the row's pivots clears them all.
    for (const col of [...row.keys()]) {
      const pivotRow = basis.get(col);
      const coefficient = row.get(col);
      if (pivotRow === undefined || coefficient === undefined) continue;
      row = combine(row, pivotRow.get(col) as N, pivotRow, coefficient);
    }
    if (row.size === 0) continue;
    let pivot = Number.POSITIVE_INFINITY;
    for (const col of row.keys()) if (col < pivot) pivot = col;
    for (const other of [...(holders.get(pivot) ?? [])]) {
      const otherRow = basis.get(other) as Row;
      index(other, otherRow, false);
      const next = combine(otherRow, row.get(pivot) as N, row, otherRow.get(pivot) as N);
      basis.set(other, next);
      index(other, next, true);
    }
    holders.delete(pivot);
    basis.set(pivot, row);
    index(pivot, row, true);
  }
  const determined = new Set<number>();
  for (const [col, row] of basis) if (row.size === 1) determined.add(col);
  return determined;
}
