import type { RecordEntry } from '@vntip/core';
import { computeIndicators, type IndicatorResult } from '@vntip/indicators';
import { describe, expect, it } from 'vitest';
import {
  combineSourceQualifiers,
  participantsByActivityType,
} from './participants-by-activity-type';

const place = { codeListVersion: '124/2004', level: 'province', code: '24' };

function activity(id: string, record: Record<string, unknown>, index = 0): RecordEntry {
  return {
    recordType: 'prevention_activity',
    record: { id, startDate: '2024-01-01', endDate: '2024-12-31', location: place, ...record },
    index,
    basePath: [index],
  };
}

const records = [
  activity('A', {
    activityType: 'CONTEST',
    participants: { total: 5000, qualifier: 'APPROXIMATE' },
  }),
  activity('B', {
    activityType: 'CONFERENCE',
    participants: { total: 10000, qualifier: 'MORE_THAN' },
  }),
  activity('C', { activityType: 'TRAINING', participants: { total: 200, qualifier: 'AT_LEAST' } }),
  activity('D', { activityType: 'LEAFLET' }),
  activity('E', {
    activityType: 'CONTEST',
    startDate: '2023-05-01',
    endDate: '2023-05-01',
    participants: { total: 70 },
  }),
  activity('F', { activityType: 'INSPECTION', participants: { total: 12, qualifier: 'EXACT' } }),
];

describe('participantsByActivityType', () => {
  it('sums participants per activity type in the period, keeping how the data qualify them', async () => {
    const rows = await computeIndicators(records, {
      indicators: [participantsByActivityType],
      period: { start: '2024-01-01', end: '2024-12-31' },
    });
    const byType: Record<string, IndicatorResult> = Object.fromEntries(
      rows.map((row) => [row.disaggregation.activityType, row]),
    );
    expect(Object.keys(byType).sort()).toEqual(['CONFERENCE', 'CONTEST', 'INSPECTION', 'TRAINING']);
    expect(byType.CONTEST).toMatchObject({ value: 5000, qualifier: 'APPROXIMATE' });
    expect(byType.CONFERENCE).toMatchObject({ value: 10000, qualifier: 'AT_LEAST' });
    expect(byType.CONFERENCE?.notes.map((note) => note.code)).toEqual(['value_more_than']);
    expect(byType.TRAINING?.notes.map((note) => note.code)).toEqual(['value_at_least']);
    expect(byType.INSPECTION?.value).toBe(12);
    expect(byType.INSPECTION?.qualifier).toBeUndefined();
  });

  it('combines qualifiers: about wins, then more than, then at least', () => {
    expect(combineSourceQualifiers('EXACT', 'MORE_THAN')).toBe('MORE_THAN');
    expect(combineSourceQualifiers('AT_LEAST', 'MORE_THAN')).toBe('MORE_THAN');
    expect(combineSourceQualifiers('MORE_THAN', 'APPROXIMATE')).toBe('APPROXIMATE');
    expect(combineSourceQualifiers('AT_LEAST', 'EXACT')).toBe('AT_LEAST');
    expect(combineSourceQualifiers('EXACT', 'EXACT')).toBe('EXACT');
  });
});
