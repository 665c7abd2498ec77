import { join } from 'node:path';
import { NATIONAL_TARGETS } from '@vntip/schema';
import { builtinRules, validate } from '@vntip/validate';
import { readPackageFolder } from '@vntip/validate/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtinIndicators, computeIndicators, type IndicatorResult } from '../src/index';

// The victim-protection figures of the seed package: two victims rescued, identified and handed
// over to their families, neither of whom requested support.
const seedDir = join(import.meta.dirname, '../../../examples/bac-giang-2024');
const period = { start: '2024-01-01', end: '2024-12-31' };

let rows: IndicatorResult[] = [];

function row(indicator: string, disaggregation: Record<string, string>): IndicatorResult {
  const found = rows.filter(
    (r) =>
      r.indicator === indicator &&
      JSON.stringify(r.disaggregation) === JSON.stringify(disaggregation),
  );
  expect(found, `${indicator} ${JSON.stringify(disaggregation)}`).toHaveLength(1);
  return found[0] as IndicatorResult;
}

describe('seed package examples/bac-giang-2024: victims', () => {
  beforeAll(async () => {
    const result = await validate(readPackageFolder(seedDir), { rules: builtinRules });
    expect(result.issueCounts.error).toBe(0);
    rows = await computeIndicators(result.records, {
      indicators: builtinIndicators,
      period,
      targets: NATIONAL_TARGETS,
      today: '2026-11-28',
    });
  });

  it('counts 2 victims rescued and 2 handed over to their families', () => {
    expect(row('victims-rescued-handed-over', { event: 'RESCUE' }).value).toBe(2);
    expect(row('victims-rescued-handed-over', { event: 'HANDOVER_TO_FAMILY' }).value).toBe(2);
  });

  it('counts 2 support records NOT_REQUESTED and none PROVIDED', () => {
    expect(row('support-by-status', { status: 'NOT_REQUESTED', supportType: 'ALL' }).value).toBe(2);
    expect(row('support-by-status', { status: 'PROVIDED', supportType: 'ALL' }).value).toBe(0);
  });

  it('counts 2 identified victims', () => {
    expect(row('victims-identified', { sex: 'ALL' })).toMatchObject({
      value: 2,
      lineage: ['BG24-V1', 'BG24-V2'],
    });
  });

  it('leaves victims who requested no support out of the support access rate', () => {
    expect(row('victim-support-access-rate', {})).toMatchObject({
      value: null,
      denominator: 0,
      status: 'no_data',
      target: { indicatorId: 'victim-support-access-rate' },
      notes: [{ code: 'support_not_requested', count: 2 }, { code: 'missing_denominator' }],
    });
  });
});
