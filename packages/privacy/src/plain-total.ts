import type { AggregateRow } from './protect-small-cells';

/** Days in a period, both ends included. */
function days(period: AggregateRow['period']): number {
  return (
    (Date.parse(`${period.end}T00:00:00Z`) - Date.parse(`${period.start}T00:00:00Z`)) / 86_400_000 +
    1
  );
}

const scopeKey = (scope: AggregateRow['scope']) =>
  `${scope.level}:${scope.code}:${scope.codeListVersion ?? ''}`;

/** Whether a row is a plain total: no breakdown (every key `ALL`, a code-list version aside). */
export function isPlainTotal(row: AggregateRow): boolean {
  return Object.entries(row.disaggregation).every(
    ([key, value]) => key === 'codeListVersion' || value === 'ALL',
  );
}

/**
 * Which rows are plain totals published at any size, as official reports publish a scope's figure for the period they
 * cover ("02 nạn nhân" in a province's year): a plain total of a year or longer, or of the only period the rows hold for
 * its scope. A plain total of a shorter period among several (the months, quarters or halves of a year asked for by
 * grain, the two parts of 2025 split at the reform) is a breakdown of the period by time, which can single a person
 * out as a breakdown by sex can ("the one victim identified in March"), and is protected like one.
 */
export function plainTotalsAtAnySize(
  rows: readonly AggregateRow[],
): (row: AggregateRow) => boolean {
  const periods = new Map<string, Set<string>>();
  for (const row of rows) {
    const scope = scopeKey(row.scope);
    periods.set(
      scope,
      (periods.get(scope) ?? new Set()).add(`${row.period.start}/${row.period.end}`),
    );
  }
  return (row) =>
    isPlainTotal(row) &&
    (days(row.period) >= 365 || (periods.get(scopeKey(row.scope))?.size ?? 0) <= 1);
}

/** Whether a period is long enough for its plain totals to be published at any size on that ground alone: a year or more. */
export function isYearOrLonger(period: string): boolean {
  const [start = '', end = ''] = period.split('/');
  return days({ start, end }) >= 365;
}
