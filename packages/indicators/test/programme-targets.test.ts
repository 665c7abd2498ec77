import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RecordEntry, ResultPeriod } from '@vntip/core';
import type { Target } from '@vntip/schema';
import { validateRecord } from '@vntip/validate';
import { describe, expect, it } from 'vitest';
import { BUILTIN_INDICATORS, computeIndicators } from '../src/index';

// Every 2021–2025 target (Decision 193/QĐ-TTg, and plan 525/QĐ-LĐTBXH as provinces restate it) must be evaluable
// from data the standard holds: each names a built-in indicator, and that indicator gives a value, compared with this
// very target, on a fixture made only of VN-TIP records. The figures below are invented for the test.
const targetsFile = join(
  import.meta.dirname,
  '../../../schemas/targets/programme-2021-2025.ndjson',
);
const targets: Target[] = readFileSync(targetsFile, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => (JSON.parse(line) as { record: Target }).record);

const YEARS = [2021, 2022, 2023, 2024, 2025];
const NATIONAL = { level: 'national', code: 'VN' } as const;
const BAC_NINH = { codeListVersion: '19/2025', level: 'province', code: '24' } as const;

function fixture(): RecordEntry[] {
  const records: { recordType: string; record: Record<string, unknown> }[] = [];
  for (const year of YEARS) {
    records.push({
      recordType: 'crime_statistic',
      record: {
        id: `CS-${year}`,
        period: { type: 'YEAR', start: `${year}-01-01`, end: `${year}-12-31` },
        unit: NATIONAL,
        offence: 'ALL',
        scope: 'ALL',
        reportsReceived: 200,
        reportsClassified: 200,
        reportsSettled: 185,
        casesInitiated: 100,
        casesSolved: 93,
        procuracyCasesAccepted: 120,
        procuracyCasesResolved: 115,
        casesProsecuted: 110,
        courtCasesAccepted: 110,
        courtCasesResolved: 100,
        casesTried: 99,
      },
    });
    records.push({
      recordType: 'staffing_statistic',
      record: {
        id: `ST-${year}`,
        period: { type: 'YEAR', start: `${year}-01-01`, end: `${year}-12-31` },
        unit: NATIONAL,
        officialsAssigned: 5000,
        officialsTrained: 4600,
      },
    });
    for (let month = 1; month <= 12; month++) {
      const day = `${year}-${String(month).padStart(2, '0')}-15`;
      records.push({
        recordType: 'prevention_activity',
        record: {
          id: `PRESS-${day}`,
          activityType: 'PRESS_ITEM',
          startDate: day,
          location: NATIONAL,
          organiser: { type: 'MEDIA_OUTLET' },
          activityCount: 1,
          mediaOutletId: 'MO-PRESS',
        },
      });
    }
  }
  records.push({
    recordType: 'media_outlet',
    record: { id: 'MO-PRESS', name: 'Báo trung ương (ví dụ)', level: 'CENTRAL' },
  });
  records.push(
    {
      recordType: 'status_decision',
      record: {
        id: 'SD-1',
        personId: 'P-1',
        status: 'IDENTIFIED_VICTIM',
        decidingAgency: { type: 'POLICE_PROVINCIAL' },
        date: '2024-02-01',
      },
    },
    {
      recordType: 'support_service',
      record: {
        id: 'SS-1',
        personId: 'P-1',
        status: 'PROVIDED',
        supportType: { lawVersion: '2011', code: 'MEDICAL' },
        date: '2024-02-10',
      },
    },
    {
      recordType: 'prevention_activity',
      record: {
        id: 'COMMUNE-SESSION',
        activityType: 'COMMUNICATION_SESSION',
        startDate: '2025-07-30',
        location: { ...BAC_NINH, level: 'commune', code: '07627', provinceCode: '24' },
        organiser: { type: 'COMMUNE_PC' },
        activityCount: 1,
      },
    },
  );
  return records.map(({ recordType, record }, index) => {
    const checked = validateRecord(recordType, record, { locale: 'en' });
    if (!checked.ok)
      throw new Error(`record ${index}: ${checked.issues.map((i) => i.message).join('; ')}`);
    return { recordType, record, index, basePath: [index] };
  });
}

/** The period a target is evaluated on: its year, or for a whole-programme target a year or half-year inside it. */
function evaluationPeriod(target: Target): ResultPeriod {
  if (target.period.type === 'YEAR') return { start: target.period.start, end: target.period.end };
  // Commune counts are held for the 19/2025 list only, so the communes target is evaluated after the reform.
  if (target.indicatorId === 'communes-reached-rate')
    return { start: '2025-07-01', end: '2025-12-31' };
  return { start: '2024-01-01', end: '2024-12-31' };
}

describe('the 2021–2025 targets can be evaluated from VN-TIP data', () => {
  const records = fixture();

  it('has the targets of the Decision 193/QĐ-TTg objectives and the three added indicators', () => {
    expect(new Set(targets.map((t) => t.indicatorId))).toEqual(
      new Set([
        'reports-received-rate',
        'reports-settled-rate',
        'detection-rate',
        'prosecution-rate',
        'trial-rate',
        'monthly-media-compliance',
        'victim-support-access-rate',
        'officials-trained-rate',
        'communes-reached-rate',
      ]),
    );
  });

  it.each(targets.map((t) => [t.id, t] as const))(
    '%s gets a value and a status',
    async (_, target) => {
      const indicator = BUILTIN_INDICATORS[target.indicatorId as keyof typeof BUILTIN_INDICATORS];
      expect(indicator, `no built-in indicator ${target.indicatorId}`).toBeDefined();
      const scopes = target.indicatorId === 'communes-reached-rate' ? [BAC_NINH] : [NATIONAL];
      const rows = await computeIndicators(records, {
        indicators: [indicator],
        period: evaluationPeriod(target),
        scopes,
        targets,
        today: '2026-11-28',
      });
      const total = rows.find((r) => Object.keys(r.disaggregation).length === 0);
      expect(total?.target?.id).toBe(target.id);
      expect(total?.value).not.toBeNull();
      expect(['met', 'not_met']).toContain(total?.status);
    },
  );

  // "hằng năm": computed over the programme by year, each annual target gives one status for its own year.
  it.each(['detection-rate', 'prosecution-rate', 'trial-rate', 'monthly-media-compliance'])(
    '%s gets one status per year, each against that year’s target',
    async (id) => {
      const rows = await computeIndicators(records, {
        indicators: [BUILTIN_INDICATORS[id as keyof typeof BUILTIN_INDICATORS]],
        period: { start: '2021-01-01', end: '2025-12-31' },
        grain: 'YEAR',
        targets,
        today: '2026-11-28',
      });
      const totals = rows.filter((r) => Object.keys(r.disaggregation).length === 0);
      expect(totals.map((r) => [r.period.start, r.target?.id, r.status])).toEqual(
        YEARS.map((year) => [`${year}-01-01`, `TGT-2021-2025-${id}-${year}`, 'met']),
      );
    },
  );

  it('gives a whole-programme result of an annual indicator no status, and says why', async () => {
    const rows = await computeIndicators(records, {
      indicators: [BUILTIN_INDICATORS['detection-rate']],
      period: { start: '2021-01-01', end: '2025-12-31' },
      targets,
      today: '2026-11-28',
    });
    expect(rows[0]?.target).toBeUndefined();
    expect(rows[0]?.notes.map((n) => n.code)).toContain('target_shorter_than_period');
  });
});
