import { defineIndicator, PluginError, type RecordEntry } from '@vntip/core';
import { NATIONAL_TARGETS } from '@vntip/schema';
import { describe, expect, it } from 'vitest';
import { computeIndicators } from './compute-indicators';
import { activitiesByType } from './indicators/activities-by-type';

const meta = {
  version: '1',
  unit: 'ratio',
  requires: [],
  title: { vi: 't', en: 't' },
  description: { vi: 'd', en: 'd' },
} as const;
const period = { start: '2024-01-01', end: '2024-12-31' };
const constant = (id: string, v: number) =>
  defineIndicator({
    meta: { ...meta, id },
    create: (ctx) => ({
      end: () => [
        {
          period: ctx.period,
          scope: { level: 'national', code: 'VN' },
          disaggregation: {},
          numerator: v,
          denominator: 1,
          value: v,
          lineage: [],
          notes: [],
        },
      ],
    }),
  });

describe('computeIndicators', () => {
  it('attaches the national target and its status to each row', async () => {
    const rows = await computeIndicators([], {
      indicators: [constant('reports-settled-rate', 0.95)],
      period,
      targets: NATIONAL_TARGETS,
      today: '2026-11-28',
    });
    expect(rows).toMatchObject([
      {
        indicator: 'reports-settled-rate',
        unit: 'ratio',
        value: 0.95,
        status: 'met',
        target: { indicatorId: 'reports-settled-rate' },
      },
    ]);
  });

  it('wraps what an indicator throws in a PluginError naming it and the hook', async () => {
    const broken = defineIndicator({
      meta: { ...meta, id: 'test/broken' },
      create: () => ({
        record: () => {
          throw new Error('boom');
        },
        end: () => [],
      }),
    });
    const entry: RecordEntry = { recordType: 'person', record: {}, index: 0, basePath: [] };
    await expect(
      computeIndicators([entry], { indicators: [broken], period }),
    ).rejects.toBeInstanceOf(PluginError);
  });

  it('refuses options that the indicator’s schema rejects', async () => {
    const needsPopulation = defineIndicator<{ population: number }>({
      meta: { ...meta, id: 'test/per-100k' },
      options: {
        '~standard': {
          version: 1,
          vendor: 'test',
          validate: (v) =>
            typeof (v as { population?: unknown })?.population === 'number'
              ? { value: v as { population: number } }
              : { issues: [{ message: 'population is required' }] },
        },
      },
      create: () => ({ end: () => [] }),
    });
    await expect(
      computeIndicators([], { indicators: [[needsPopulation, {}]], period }),
    ).rejects.toThrow(/population is required/);
  });

  it('computes every calendar part of the period in the same pass when asked for a grain', async () => {
    const activity = (id: string, startDate: string): RecordEntry => ({
      recordType: 'prevention_activity',
      record: { id, activityType: 'CONTEST', startDate, activityCount: 1 },
      index: 0,
      basePath: [],
    });
    const rows = await computeIndicators(
      [activity('A1', '2024-02-10'), activity('A2', '2024-03-31'), activity('A3', '2024-11-05')],
      {
        indicators: [activitiesByType],
        period,
        grain: 'QUARTER',
      },
    );
    expect(rows.map((r) => [r.period.start, r.value, r.lineage])).toEqual([
      ['2024-01-01', 2, ['A1', 'A2']],
      ['2024-10-01', 1, ['A3']],
    ]);
  });
});
