import type { RecordEntry } from '@vntip/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeIndicators, type IndicatorResult, participantsBySex } from '../src/index';
import { computeSeed, findRow, SEED_PERIOD } from './seed';

// Reproduces the prevention figures of the LĐXH article of 27/12/2024 from the seed package
// (examples/bac-giang-2024/README.md traces every figure to the article).
const period = SEED_PERIOD;

let records: readonly RecordEntry[] = [];
let rows: IndicatorResult[] = [];
const row = (indicator: string, disaggregation: Record<string, string>) =>
  findRow(rows, indicator, disaggregation);

/** participants-by-sex ALL over the activities of one type only. */
async function participantsOf(activityType: string): Promise<IndicatorResult | undefined> {
  const subset = records.filter((e) => e.record.activityType === activityType);
  const result = await computeIndicators(subset, { indicators: [participantsBySex], period });
  return result.find((r) => r.disaggregation.sex === 'ALL');
}

describe('seed package examples/bac-giang-2024', () => {
  beforeAll(async () => {
    ({ records, rows } = await computeSeed());
  });

  it('3 contests (exact) with about 5,000 participants (≈)', async () => {
    const contests = row('activities-by-type', { activityType: 'CONTEST' });
    expect(contests).toMatchObject({ value: 3, lineage: ['BG24-PA-01'] });
    expect(contests.qualifier).toBeUndefined();
    expect(await participantsOf('CONTEST')).toMatchObject({
      value: 5000,
      qualifier: 'APPROXIMATE',
      lineage: ['BG24-PA-01'],
      notes: expect.arrayContaining([
        expect.objectContaining({ code: 'approximate_counts', count: 1 }),
      ]),
    });
  });

  it('25,000 + 7,415 leaflets, exact, by unit alone and by unit and activity type', () => {
    const copies = row('items-distributed-by-unit', { unit: 'COPY' });
    expect(copies).toMatchObject({ value: 32415, lineage: ['BG24-PA-02', 'BG24-PA-04'] });
    expect(copies.qualifier).toBeUndefined();
    expect(
      row('items-distributed-by-unit', { unit: 'COPY', activityType: 'LEAFLET' }),
    ).toMatchObject({
      value: 32415,
      lineage: ['BG24-PA-02', 'BG24-PA-04'],
    });
  });

  it('leaflets, banners and the training without a number of activities are lower bounds, never counts', () => {
    expect(row('activities-by-type', { activityType: 'LEAFLET' })).toMatchObject({
      value: 2,
      qualifier: 'AT_LEAST',
      notes: [expect.objectContaining({ code: 'value_at_least' })],
    });
    expect(row('activities-by-type', { activityType: 'BANNER' })).toMatchObject({
      value: 1,
      qualifier: 'AT_LEAST',
    });
    expect(row('activities-by-type', { activityType: 'TRAINING' })).toMatchObject({
      value: 1,
      qualifier: 'AT_LEAST',
    });
    // The inspections are counted: Hiệp Hòa and the 9 remaining districts.
    expect(row('activities-by-type', { activityType: 'INSPECTION' }).qualifier).toBeUndefined();
  });

  it('111 panels, banners and slogans', () => {
    expect(row('items-distributed-by-unit', { unit: 'PANEL' })).toMatchObject({ value: 111 });
    expect(
      row('items-distributed-by-unit', { unit: 'PANEL', activityType: 'BANNER' }),
    ).toMatchObject({
      value: 111,
      lineage: ['BG24-PA-03'],
    });
  });

  it('178 radio items on the commune radio system, in no month of their own', () => {
    expect(row('items-distributed-by-unit', { unit: 'ITEM' })).toMatchObject({ value: 178 });
    expect(
      row('items-distributed-by-unit', { unit: 'ITEM', activityType: 'RADIO_ITEM' }),
    ).toMatchObject({
      value: 178,
    });
    expect(row('activities-by-type', { activityType: 'RADIO_ITEM' })).toMatchObject({ value: 178 });
    // The line covers the whole year: its items are never put in January.
    expect(row('media-items-per-outlet-month', {})).toMatchObject({
      value: null,
      notes: [expect.objectContaining({ code: 'month_not_resolvable', count: 1 })],
    });
  });

  it('30 conferences (exact) with more than 10,000 attendees (≥)', async () => {
    const conferences = row('activities-by-type', { activityType: 'CONFERENCE' });
    expect(conferences).toMatchObject({ value: 30, lineage: ['BG24-PA-06'] });
    expect(conferences.qualifier).toBeUndefined();
    expect(await participantsOf('CONFERENCE')).toMatchObject({
      value: 10000,
      qualifier: 'AT_LEAST',
      lineage: ['BG24-PA-06'],
      notes: expect.arrayContaining([
        expect.objectContaining({ code: 'approximate_counts', count: 1 }),
      ]),
    });
  });

  it('more than 200 victim-support officials trained', () => {
    expect(row('people-trained', { targetGroup: 'VICTIM_SUPPORT_OFFICIALS' })).toMatchObject({
      value: 200,
      qualifier: 'AT_LEAST',
      lineage: ['BG24-PA-07'],
      notes: [
        expect.objectContaining({ code: 'approximate_counts', count: 1 }),
        // “trên 200” in the source: a strict lower bound, so that the report writes “hơn 200”.
        expect.objectContaining({ code: 'value_more_than' }),
      ],
    });
    expect(rows.filter((r) => r.indicator === 'people-trained')).toHaveLength(1);
  });

  it('all participants: 5,000 + 10,000 + 200, every figure approximate, no sex breakdown', () => {
    expect(row('participants-by-sex', { sex: 'ALL' })).toMatchObject({
      value: 15200,
      qualifier: 'APPROXIMATE',
      lineage: ['BG24-PA-01', 'BG24-PA-06', 'BG24-PA-07'],
      notes: expect.arrayContaining([
        expect.objectContaining({ code: 'approximate_counts', count: 3 }),
        expect.objectContaining({ code: 'missing_participants', count: 6 }),
      ]),
    });
    expect(row('participants-by-sex', { sex: 'FEMALE' })).toMatchObject({ value: null });
  });

  it.each(['MONTH', 'QUARTER'] as const)(
    'by %s: the year-long lines give no month or quarter value, only their year, with period_not_resolvable',
    async (grain) => {
      const { rows: byGrain } = await computeSeed({ grain });
      for (const indicator of [
        'activities-by-type',
        'items-distributed-by-unit',
        'people-trained',
      ]) {
        const own = byGrain.filter((r) => r.indicator === indicator);
        const finer = own.filter(
          (r) => r.period.end !== SEED_PERIOD.end || r.period.start !== SEED_PERIOD.start,
        );
        expect(finer.length, indicator).toBe(grain === 'MONTH' ? 12 : 4);
        for (const r of finer) {
          expect(r.value, `${indicator} ${r.period.start}`).toBeNull();
          expect(r.notes).toContainEqual(
            expect.objectContaining({ code: 'period_not_resolvable' }),
          );
        }
        const year = own.filter(
          (r) => r.period.start === SEED_PERIOD.start && r.period.end === SEED_PERIOD.end,
        );
        expect(year.length, indicator).toBeGreaterThan(0);
        for (const r of year)
          expect(r.notes).toContainEqual(
            expect.objectContaining({ code: 'period_coarser_than_grain' }),
          );
      }
      expect(findRow(byGrain, 'activities-by-type', { activityType: 'CONTEST' })).toMatchObject({
        period: SEED_PERIOD,
        value: 3,
      });
      expect(findRow(byGrain, 'items-distributed-by-unit', { unit: 'ITEM' })).toMatchObject({
        period: SEED_PERIOD,
        value: 178,
      });
    },
  );
});
