import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMemorySink, type ExportRecord, exportRecords } from '@vntip/core';
import { exporterConformance } from '@vntip/core/testing';
import { describe, expect, it } from 'vitest';
import { HTCDS_UNMAPPED_FILE, type HtcdsUnmappedReport, htcdsExporter } from './htcds';

const FIXTURES = join(import.meta.dirname, '../test/fixtures/htcds');

async function exportHtcds(records: readonly ExportRecord[], options?: unknown) {
  const sink = createMemorySink();
  const result = await exportRecords(records, {
    exporter: htcdsExporter,
    options,
    sink,
    profile: 'internal',
    locale: 'en',
  });
  const files = new Map(
    [...sink.files].map(([name, file]) => [name, new TextDecoder().decode(file.bytes)]),
  );
  // Only this exporter's issues: not the host's notice that an export is internal.
  const issues = result.issues.filter((issue) => issue.code !== 'internal_profile_export');
  return { result: { ...result, issues }, files };
}

const readInput = (name: string): ExportRecord[] =>
  JSON.parse(readFileSync(join(FIXTURES, name, 'input.json'), 'utf8'));

describe('htcdsExporter fixtures', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    it(`writes the expected files for ${name}`, async () => {
      const { files } = await exportHtcds(readInput(name));
      // Only the format's own files: the host may add its own (a risk report) beside them.
      for (const [path, text] of files) {
        if (!path.startsWith('htcds/')) continue;
        await expect(text).toMatchFileSnapshot(join(FIXTURES, name, 'expected', path));
      }
      const expected = readdirSync(join(FIXTURES, name, 'expected'), { recursive: true })
        .map(String)
        .filter((path) => path.includes('.'))
        .map((path) => path.split('\\').join('/'))
        .sort();
      expect([...files.keys()].filter((path) => path.startsWith('htcds/')).sort()).toEqual(
        expected,
      );
    });
  }
});

describe('htcdsExporter', () => {
  it('lists every field and code it could not carry, once each with a count, and reports them aggregated', async () => {
    const { result, files } = await exportHtcds(readInput('victim-case'));
    const report = JSON.parse(files.get(HTCDS_UNMAPPED_FILE) ?? '{}') as HtcdsUnmappedReport;
    const fields = report.fields.map((f) => `${f.recordType}.${f.field}=${f.count}`);
    expect(fields).toContain('person.birthYear=1');
    expect(fields).toContain('status_decision.date=2');
    expect(fields).toContain('trafficking_event.monthsAway=1');
    expect(fields).toContain('process_event.type=1');
    expect(fields).toContain('support_service.amountVnd=1');
    expect(report.fields.every((f) => f.reason.vi !== '' && f.reason.en !== '')).toBe(true);
    const codes = report.codes.map((c) => `${c.recordType}.${c.field}:${c.code}=${c.count}`);
    expect(codes).toContain('trafficking_event.meansOfControl:RESTRICTS_MOVEMENT=1');
    expect(codes).toContain('trafficking_event.recruitmentMethod:EASY_JOB_HIGH_PAY=1');
    const dropped = result.issues.filter((issue) => issue.code === 'export_field_dropped');
    expect(dropped).toHaveLength(report.fields.length);
    expect(dropped.every((issue) => issue.path.length === 0)).toBe(true);
    const changed = result.issues.filter((issue) => issue.code === 'export_value_changed');
    expect(changed).toHaveLength(report.codes.length);
  });

  it('maps codes through the htcds crosswalk columns and escapes text that spreadsheets read as formulas', async () => {
    const { result, files } = await exportHtcds(readInput('minimal-referral'));
    expect(result.issues.map((issue) => issue.params?.field)).toEqual(['person.category']);
    expect(files.get('htcds/person.csv')).toContain(',Masculine,');
    const organisations = files.get('htcds/organisation.csv') ?? '';
    expect(organisations).toContain("ORG-1,'=Công an tỉnh,");
    expect(organisations).toContain(',VN,Tỉnh Bắc Ninh,,,,LawEnforcement\r\n');
    expect(organisations).toContain('ORG-2,Tổ chức A,,,,,,,,,NGO\r\n');
    expect(files.get('htcds/referral.csv')).toContain(
      'P-0100,PE-0100,ORG-1,,,,,ORG-2,,,2025-08-13,',
    );
  });

  it('writes the same organisation once', async () => {
    const [person, referral] = readInput('minimal-referral') as [ExportRecord, ExportRecord];
    const again = { ...referral, record: { ...referral.record, id: 'PE-0101' } };
    const { files } = await exportHtcds([person, referral, again]);
    expect(files.get('htcds/organisation.csv')?.trimEnd().split('\r\n')).toHaveLength(3);
  });
});

describe('htcdsExporter victim context and places', () => {
  const decision = (id: string, date: string, status: string, type: string): ExportRecord => ({
    recordType: 'status_decision',
    record: { id, personId: 'P-1', status, decidingAgency: { type }, date },
  });
  const event = (id: string, startDate: string, extra: object): ExportRecord => ({
    recordType: 'trafficking_event',
    record: { id, personId: 'P-1', domestic: false, startDate, ...extra },
  });

  it('writes one victim-context row per person: the latest decision, the union of events, the latest sector', async () => {
    const { files } = await exportHtcds([
      decision('D-2', '2024-05-02', 'IDENTIFIED_VICTIM', 'POLICE_PROVINCIAL'),
      decision('D-1', '2024-03-01', 'UNDER_IDENTIFICATION', 'DOLISA'),
      event('E-1', '2021-01-01', {
        purposes: ['FORCED_LABOUR'],
        meansOfControl: ['DEBT_BONDAGE'],
        labourSectors: ['CONSTRUCTION'],
      }),
      event('E-2', '2023-06-01', {
        purposes: ['FORCED_LABOUR', 'SEXUAL_EXPLOITATION'],
        meansOfControl: ['DEBT_BONDAGE', 'THREATS'],
        labourSectors: ['HOSPITALITY'],
        sexualExploitationForms: ['PROSTITUTION'],
      }),
    ]);
    const [header, ...rows] = (files.get('htcds/victim_context.csv') ?? '').trimEnd().split('\r\n');
    expect(rows).toHaveLength(1);
    const row = Object.fromEntries(
      (header ?? '').split(',').map((column, i) => [column, rows[0]?.split(',')[i]]),
    );
    expect(row).toMatchObject({
      vntip_PersonId: 'P-1',
      vic_TraffickingStatus: 'ActualVictimOfTrafficking',
      vic_TraffickingStatusDecisionMakingOrg: 'Police',
      vic_TypeOfExploitation: 'ForcedLabour;SexualExploitation',
      vic_ForcedLabourIndustry: 'I_AccommodationAndFoodServiceActivities',
      vic_TypeOfSexExploitation: 'Prostitution',
    });
    expect(row.vic_MethodsOfControl?.split(';')).toHaveLength(2);
  });

  it('writes provinces as ISO 3166-2 codes, and a province formed in 2025 (not yet coded by ISO) by its name', async () => {
    const person = (id: string, residence: object): ExportRecord => ({
      recordType: 'person',
      record: { id, category: 'VICTIM', sex: 'FEMALE', residence },
    });
    const { files } = await exportHtcds([
      person('P-1', { codeListVersion: '124/2004', level: 'province', code: '24' }),
      person('P-2', { codeListVersion: '19/2025', level: 'province', code: '20' }),
      person('P-3', { codeListVersion: '19/2025', level: 'province', code: '24' }),
    ]);
    const states = (files.get('htcds/person.csv') ?? '')
      .trimEnd()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(',')[21]);
    expect(states).toEqual(['VN-54', 'VN-09', 'Tỉnh Bắc Ninh']);
  });

  it('lists in unmapped-fields.json every HTCDS field no row filled, with a reason, and no field a row filled', async () => {
    const { files } = await exportHtcds(readInput('victim-case'));
    const report = JSON.parse(files.get(HTCDS_UNMAPPED_FILE) ?? '{}') as HtcdsUnmappedReport;
    for (const [path, text] of files) {
      if (!path.endsWith('.csv')) continue;
      const [header, ...rows] = text.trimEnd().split('\r\n');
      const columns = (header ?? '').split(',');
      columns.forEach((column, i) => {
        if (column.startsWith('vntip_')) return;
        const filled = rows.some((row) => (row.split(',')[i] ?? '') !== '');
        const listed = report.htcdsFieldsNotFilled.some(
          (entry) => entry.table === path && entry.field === column,
        );
        expect(listed, `${path} ${column}`).toBe(!filled);
      });
    }
    const names = report.htcdsFieldsNotFilled.find((entry) => entry.field === 'prs_FirstName');
    expect(names?.reason.en).toMatch(/never records/);
  });
});

describe('htcds conformance', () => {
  // Only records HTCDS carries whole: a person always has a category, which HTCDS has no field for.
  const sample = readInput('minimal-referral').filter((entry) => entry.recordType !== 'person');
  for (const c of exporterConformance({ exporter: htcdsExporter, sample }))
    it(c.name, c.run, c.timeout);
});
