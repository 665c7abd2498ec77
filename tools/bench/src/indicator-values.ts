/** Indicator values keyed `indicator|key=value;…` (breakdown keys sorted), so both sides of the benchmark compare. */
export type IndicatorValues = Record<string, number>;

/** The period and SDG 16.2.2 population both sides compute for (also written into indicators.sql). */
export const PERIOD = { start: '2024-01-01', end: '2024-12-31' } as const;
export const POPULATION = 100_000_000;

/** The key of one value: its indicator and its breakdown, keys sorted. */
export function valueKey(
  indicator: string,
  disaggregation: Readonly<Record<string, string>>,
): string {
  const breakdown = Object.keys(disaggregation)
    .sort()
    .map((key) => `${key}=${disaggregation[key]}`)
    .join(';');
  return `${indicator}|${breakdown}`;
}

/**
 * Differences between DuckDB's values and VN-TIP's: every value DuckDB computes must be in VN-TIP's with the same
 * number (relative tolerance 1e-9). Breakdowns the SQL leaves out (e.g. victims by form of exploitation) are not compared.
 */
export function compareValues(duckdb: IndicatorValues, vntip: IndicatorValues): string[] {
  const differences: string[] = [];
  for (const [key, expected] of Object.entries(duckdb)) {
    const actual = vntip[key];
    if (actual === undefined) differences.push(`${key}: DuckDB ${expected}, VN-TIP none`);
    else if (Math.abs(actual - expected) > 1e-9 * Math.max(1, Math.abs(expected)))
      differences.push(`${key}: DuckDB ${expected}, VN-TIP ${actual}`);
  }
  return differences;
}
