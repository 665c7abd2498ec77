import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RecordEntry } from '@vntip/core';
import { describe, expect, it } from 'vitest';
import { computeIndicators, supportRecipients, victimsSupported } from '../src/index';

// The adversary here is an honest province: it reports its total (5 persons) and, for a referral, two of the same
// persons one by one. Adding the two sources counts those two twice. The control run shows the unprotected path: the
// person-level indicator plus the aggregate total gives 8; support-recipients gives the 6 persons there are.
const input = JSON.parse(
  readFileSync(
    join(
      import.meta.dirname,
      'fixtures/support-recipients/province-reports-persons-and-aggregates.input.json',
    ),
    'utf8',
  ),
) as { records: Pick<RecordEntry, 'recordType' | 'record'>[] };
const records: RecordEntry[] = input.records.map((entry, index) => ({
  ...entry,
  index,
  basePath: [index],
}));
const period = { start: '2024-01-01', end: '2024-12-31' };
const total = (rows: { disaggregation: object; value: number | null }[]) =>
  rows.find((r) => Object.keys(r.disaggregation).length === 0)?.value;

describe('persons and aggregates for the same province and year', () => {
  it('control: adding the person-level count to the aggregate total counts two persons twice', async () => {
    // victims-supported puts its total under sex ALL.
    const persons = (
      await computeIndicators(records, { indicators: [victimsSupported], period })
    ).find((r) => r.disaggregation.sex === 'ALL')?.value;
    const aggregate = input.records
      .filter((e) => e.recordType === 'victim_support_aggregate')
      .filter((e) => e.record.sex === undefined && e.record.supportType === undefined)
      .reduce((n, e) => n + Number(e.record.persons), 0);
    expect([persons, aggregate]).toEqual([3, 5]);
    expect((persons ?? 0) + aggregate).toBe(8);
  });

  it('support-recipients counts each person once: the total of 5 plus the one person outside it', async () => {
    const rows = await computeIndicators(records, { indicators: [supportRecipients], period });
    expect(total(rows)).toBe(6);
    expect(rows[0]?.notes).toContainEqual(
      expect.objectContaining({ code: 'persons_in_aggregates', count: 2 }),
    );
    const bySex = rows.filter((r) => 'sex' in r.disaggregation);
    expect(bySex.reduce((n, r) => n + (r.value ?? 0), 0)).toBe(6);
  });
});
