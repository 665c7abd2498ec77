import { join } from 'node:path';
import type { RecordEntry } from '@vntip/core';
import { readPackageFolder } from '@vntip/read/node';
import { NATIONAL_TARGETS } from '@vntip/schema';
import { builtinRules, validate } from '@vntip/validate';
import { expect } from 'vitest';
import {
  builtinIndicators,
  type ComputeOptions,
  computeIndicators,
  type IndicatorResult,
} from '../src/index';

/** The seed package's reporting year. */
export const SEED_PERIOD = { start: '2024-01-01', end: '2024-12-31' };

/**
 * Validates examples/bac-giang-2024 (it must have no errors) and computes every built-in indicator for 2024,
 * nationally unless `options` say otherwise.
 */
export async function computeSeed(options: Partial<ComputeOptions> = {}): Promise<{
  records: readonly RecordEntry[];
  rows: IndicatorResult[];
}> {
  const folder = join(import.meta.dirname, '../../../examples/bac-giang-2024');
  const result = await validate(readPackageFolder(folder), { rules: builtinRules });
  expect(result.issueCounts.error).toBe(0);
  const rows = await computeIndicators(result.records, {
    indicators: builtinIndicators,
    period: SEED_PERIOD,
    targets: NATIONAL_TARGETS,
    today: '2026-11-28',
    ...options,
  });
  return { records: result.records, rows };
}

/** The one row of `indicator` with exactly this disaggregation. */
export function findRow(
  rows: readonly IndicatorResult[],
  indicator: string,
  disaggregation: Record<string, string>,
): IndicatorResult {
  const found = rows.filter(
    (r) =>
      r.indicator === indicator &&
      JSON.stringify(r.disaggregation) === JSON.stringify(disaggregation),
  );
  expect(found, `${indicator} ${JSON.stringify(disaggregation)}`).toHaveLength(1);
  return found[0] as IndicatorResult;
}
