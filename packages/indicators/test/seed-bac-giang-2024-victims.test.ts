import { beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorResult } from '../src/index';
import { computeSeed, findRow } from './seed';

// The victim-protection figures of the seed package: two victims rescued, identified and handed
// over to their families, neither of whom requested support.
let rows: IndicatorResult[] = [];
const row = (indicator: string, disaggregation: Record<string, string>) =>
  findRow(rows, indicator, disaggregation);

describe('seed package examples/bac-giang-2024: victims', () => {
  beforeAll(async () => {
    ({ rows } = await computeSeed());
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
