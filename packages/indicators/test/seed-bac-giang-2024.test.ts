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

  it('3 contests with about 5,000 participants', async () => {
    expect(row('activities-by-type', { activityType: 'CONTEST' })).toMatchObject({
      value: 3,
      lineage: ['BG24-PA-01'],
    });
    expect(await participantsOf('CONTEST')).toMatchObject({
      value: 5000,
      lineage: ['BG24-PA-01'],
      notes: expect.arrayContaining([
        expect.objectContaining({ code: 'approximate_counts', count: 1 }),
      ]),
    });
  });

  it('25,000 + 7,415 leaflets', () => {
    expect(
      row('items-distributed-by-unit', { unit: 'COPY', activityType: 'LEAFLET' }),
    ).toMatchObject({
      value: 32415,
      lineage: ['BG24-PA-02', 'BG24-PA-04'],
    });
  });

  it('111 panels, banners and slogans', () => {
    expect(
      row('items-distributed-by-unit', { unit: 'PANEL', activityType: 'BANNER' }),
    ).toMatchObject({
      value: 111,
      lineage: ['BG24-PA-03'],
    });
  });

  it('178 radio items on the commune radio system', () => {
    expect(
      row('items-distributed-by-unit', { unit: 'ITEM', activityType: 'RADIO_ITEM' }),
    ).toMatchObject({
      value: 178,
    });
    expect(row('activities-by-type', { activityType: 'RADIO_ITEM' })).toMatchObject({ value: 178 });
    expect(
      row('media-items-per-outlet-month', { mediaOutletId: 'BG24-MO-1', month: '2024-01' }),
    ).toMatchObject({ value: 178, lineage: ['BG24-PA-05'], notes: [] });
  });

  it('30 conferences with more than 10,000 attendees', async () => {
    expect(row('activities-by-type', { activityType: 'CONFERENCE' })).toMatchObject({
      value: 30,
      lineage: ['BG24-PA-06'],
    });
    expect(await participantsOf('CONFERENCE')).toMatchObject({
      value: 10000,
      lineage: ['BG24-PA-06'],
      notes: expect.arrayContaining([
        expect.objectContaining({ code: 'approximate_counts', count: 1 }),
      ]),
    });
  });

  it('more than 200 victim-support officials trained', () => {
    expect(row('people-trained', { targetGroup: 'VICTIM_SUPPORT_OFFICIALS' })).toMatchObject({
      value: 200,
      lineage: ['BG24-PA-07'],
      notes: [expect.objectContaining({ code: 'approximate_counts', count: 1 })],
    });
    expect(rows.filter((r) => r.indicator === 'people-trained')).toHaveLength(1);
  });

  it('all participants: 5,000 + 10,000 + 200, every figure approximate, no sex breakdown', () => {
    expect(row('participants-by-sex', { sex: 'ALL' })).toMatchObject({
      value: 15200,
      lineage: ['BG24-PA-01', 'BG24-PA-06', 'BG24-PA-07'],
      notes: expect.arrayContaining([
        expect.objectContaining({ code: 'approximate_counts', count: 3 }),
        expect.objectContaining({ code: 'missing_participants', count: 6 }),
      ]),
    });
    expect(row('participants-by-sex', { sex: 'FEMALE' })).toMatchObject({ value: null });
  });
});
