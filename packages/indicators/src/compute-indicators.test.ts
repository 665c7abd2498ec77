import { defineIndicator, PluginError, type RecordEntry } from '@vntip/core';
import { NATIONAL_TARGETS } from '@vntip/schema';
import { describe, expect, it } from 'vitest';
import { computeIndicators, NATIONAL_SCOPE } from './compute-indicators';
import { activitiesByType } from './indicators/activities-by-type';
import { provinceScopes } from './province-scopes';

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

describe('computeIndicators scopes', () => {
  const scoped = defineIndicator({
    meta: { ...meta, id: 'acme/placed', unit: 'count' },
    create: (ctx) => {
      const ids: string[] = [];
      return {
        record: ({ record }) => {
          if (ctx.inScope(record.place)) ids.push(String(record.id));
        },
        end: () => [
          {
            period: ctx.period,
            scope: ctx.scope,
            disaggregation: {},
            numerator: ids.length,
            denominator: null,
            value: ids.length,
            lineage: ids,
            notes: [],
          },
        ],
      };
    },
  });
  const place = (code: string) => ({ codeListVersion: '124/2004', level: 'province', code });
  const records: RecordEntry[] = [
    { recordType: 'x', record: { id: 'a', place: place('24') }, index: 0, basePath: [0] },
    { recordType: 'x', record: { id: 'b', place: place('27') }, index: 1, basePath: [1] },
    { recordType: 'x', record: { id: 'c' }, index: 2, basePath: [2] },
  ];
  const bacGiang = { level: 'province', code: '24', codeListVersion: '124/2004' } as const;

  it('computes every scope in one pass, national by default, and notes the records it could not place', async () => {
    const rows = await computeIndicators(records, {
      indicators: [scoped],
      period,
      scopes: [NATIONAL_SCOPE, bacGiang],
    });
    expect(
      rows.map((r) => [r.scope.code, r.lineage, r.notes.map((n) => [n.code, n.count])]),
    ).toEqual([
      ['VN', ['a', 'b', 'c'], []],
      ['24', ['a'], [['place_missing', 1]]],
    ]);
    const byDefault = await computeIndicators(records, { indicators: [scoped], period });
    expect(byDefault.map((r) => r.scope)).toEqual([NATIONAL_SCOPE]);
  });

  it('splits a period straddling 1/7/2025 for a province, not for the country', async () => {
    const rows = await computeIndicators([], {
      indicators: [scoped],
      period: { start: '2025-01-01', end: '2025-12-31' },
      grain: 'YEAR',
      scopes: [NATIONAL_SCOPE, bacGiang],
    });
    expect(rows.map((r) => [r.scope.code, r.period.end, r.notes.map((n) => n.code)])).toEqual([
      ['VN', '2025-12-31', []],
      ['24', '2025-06-30', ['period_split_at_reform']],
      ['24', '2025-12-31', ['period_split_at_reform']],
    ]);
  });

  it('lists the provinces of either code list as scopes', () => {
    expect(provinceScopes('124/2004')).toHaveLength(63);
    expect(provinceScopes('19/2025')).toHaveLength(34);
    expect(provinceScopes('19/2025')).toContainEqual({
      level: 'province',
      code: '24',
      codeListVersion: '19/2025',
    });
  });
});

describe('computeIndicators input', () => {
  it('gives the same rows for records one by one and in batches', async () => {
    const entry = (id: string, activityType: string, activityCount: number): RecordEntry => ({
      recordType: 'prevention_activity',
      record: {
        id,
        activityType,
        activityCount,
        startDate: '2024-03-01',
        location: { codeListVersion: '124/2004', level: 'province', code: '24' },
      },
      index: 0,
      basePath: [],
    });
    const entries = [
      entry('A1', 'CONTEST', 3),
      entry('A2', 'CONFERENCE', 30),
      entry('A3', 'CONTEST', 1),
    ];
    async function* batches() {
      yield entries.slice(0, 2);
      yield entries[2] as RecordEntry;
    }
    const one = await computeIndicators(entries, { indicators: [activitiesByType], period });
    const many = await computeIndicators(batches(), { indicators: [activitiesByType], period });
    expect(many).toEqual(one);
    expect(one.map((r) => [r.disaggregation.activityType, r.value])).toEqual([
      ['CONFERENCE', 30],
      ['CONTEST', 4],
    ]);
  });
});
