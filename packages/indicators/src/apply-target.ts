import type { IndicatorUnit, IndicatorValue } from '@vntip/core';
import type { Target } from '@vntip/schema';

/** Where a value stands against its target. */
export type TargetStatus = 'met' | 'not_met' | 'on_track' | 'no_data' | 'not_quantified';

const SCOPE_RANK = { national: 0, province: 1, commune: 2 } as const;

function scopeMatches(target: Target, value: IndicatorValue): boolean {
  const scope = target.scope;
  if (scope.level === 'national') return true;
  if (value.scope.level === 'national') return false;
  if ('codeListVersion' in scope && scope.codeListVersion !== value.scope.codeListVersion)
    return false;
  return scope.level === value.scope.level
    ? scope.code === value.scope.code
    : 'provinceCode' in scope && scope.provinceCode === value.scope.code;
}

/** The applicable target: same indicator, period inside the target's, scope covering the value's; the most local wins. */
export function findTarget(
  indicatorId: string,
  value: IndicatorValue,
  targets: readonly Target[],
): Target | undefined {
  let best: Target | undefined;
  for (const target of targets) {
    if (target.indicatorId !== indicatorId) continue;
    if (value.period.start < target.period.start || value.period.end > target.period.end) continue;
    if (!scopeMatches(target, value)) continue;
    if (
      !best ||
      SCOPE_RANK[target.scope.level as keyof typeof SCOPE_RANK] >
        SCOPE_RANK[best.scope.level as keyof typeof SCOPE_RANK]
    )
      best = target;
  }
  return best;
}

function compare(actual: number, comparator: string, expected: number): boolean {
  switch (comparator) {
    case 'EQ':
      return Math.abs(actual - expected) < 1e-9;
    case 'GE':
      return actual >= expected;
    case 'GT':
      return actual > expected;
    case 'LE':
      return actual <= expected;
    case 'LT':
      return actual < expected;
    default:
      return false;
  }
}

/**
 * The target of a value and its status: no data without a value; not quantified without a numeric target;
 * met or, when not met, on track while the target's period is still open, otherwise not met.
 */
export function applyTarget(
  indicatorId: string,
  unit: IndicatorUnit,
  value: IndicatorValue,
  targets: readonly Target[],
  today: string,
): { target?: Target; status: TargetStatus } {
  const target = findTarget(indicatorId, value, targets);
  const withTarget = target ? { target } : {};
  if (value.value === null) return { ...withTarget, status: 'no_data' };
  if (!target || target.value === undefined || target.comparator === undefined)
    return { ...withTarget, status: 'not_quantified' };
  const actual = target.unit === 'PERCENT' && unit === 'ratio' ? value.value * 100 : value.value;
  if (compare(actual, target.comparator, target.value)) return { target, status: 'met' };
  return { target, status: today < target.period.end ? 'on_track' : 'not_met' };
}
