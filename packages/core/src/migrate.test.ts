import { describe, expect, it } from 'vitest';
import { type MigrationChange, migrate } from './migrate';
import { VntipError } from './vntip-error';

const dolisa = { type: 'DOLISA', name: 'Sở Lao động - Thương binh và Xã hội' };

function migrated(recordType: string, record: Record<string, unknown>) {
  const changes: MigrationChange[] = [];
  const out = migrate({ recordType, record }, '1.0', '1.1', {
    onChange: (change) => changes.push(change),
  });
  return { record: out.record as Record<string, unknown>, changes };
}

describe('migrate 1.0 → 1.1', () => {
  // Victim support moved to the Departments of Health on 1/3/2025 (Decree 42/2025/NĐ-CP); 1.0 kept
  // DOLISA until 30/6/2025, so 1.0 data may name it in between.
  it('names the Department of Health for victim support from 1 March 2025', () => {
    const { record, changes } = migrated('process_event', {
      id: 'PE1',
      personId: 'P1',
      type: 'RECEIPT',
      date: '2025-03-01',
      agency: dolisa,
    });
    expect(record.agency).toEqual({ ...dolisa, type: 'PROVINCIAL_HEALTH_DEPT' });
    expect(changes).toMatchObject([
      { path: ['agency', 'type'], from: 'DOLISA', to: 'PROVINCIAL_HEALTH_DEPT' },
    ]);
    expect(changes[0]?.source).toContain('42/2025');
  });

  it('keeps DOLISA before 1 March 2025, in documents dated before, and outside victim support', () => {
    const before = migrated('support_service', {
      id: 'S1',
      personId: 'P1',
      status: 'PROVIDED',
      date: '2025-02-28',
      provider: dolisa,
    });
    expect(before.changes).toEqual([]);
    const decision = migrated('status_decision', {
      id: 'SD1',
      personId: 'P1',
      status: 'IDENTIFIED_VICTIM',
      date: '2025-04-01',
      decidingAgency: dolisa,
      confirmationDocuments: [
        { type: 'VICTIM_CONFIRMATION', issuer: dolisa, number: '1/XN', date: '2025-01-10' },
      ],
    });
    expect(decision.changes.map((change) => change.path)).toEqual([['decidingAgency', 'type']]);
    const activity = migrated('prevention_activity', {
      id: 'PA1',
      startDate: '2025-04-01',
      organiser: dolisa,
    });
    expect(activity.changes).toEqual([]);
  });

  it('declares 1.1 in a package descriptor, its codelists and the schemas of its resources', () => {
    const { record, changes } = migrated('exchange_package', {
      standardVersion: '1.0.0',
      codelistVersions: { adminUnits: ['124/2004'], codelists: '1.0.0' },
      resources: [
        { path: 'data/person.json', jsonSchema: 'https://vntip.org/schema/1.0/person.schema.json' },
      ],
    });
    expect(record).toMatchObject({
      standardVersion: '1.1.0',
      codelistVersions: { codelists: '1.1.0' },
      resources: [{ jsonSchema: 'https://vntip.org/schema/1.1/person.schema.json' }],
    });
    expect(changes.map((change) => change.path)).toEqual([
      ['standardVersion'],
      ['codelistVersions', 'codelists'],
      ['resources', 0, 'jsonSchema'],
    ]);
  });

  it('never changes its input and accepts patch versions', () => {
    const input = {
      recordType: 'process_event',
      record: { id: 'PE1', date: '2025-05-01', agency: dolisa },
    };
    const snapshot = structuredClone(input);
    const out = migrate(input, '1.0.0', '1.1.0');
    expect(input).toEqual(snapshot);
    expect(out.record).not.toBe(input.record);
    expect(migrate(input, '1.1', '1.1')).toEqual(input);
  });

  it('leaves records of any other type and of inherited names alone', () => {
    for (const recordType of ['person', 'constructor', '__proto__', 'toString']) {
      expect(migrated(recordType, { id: 'X', date: '2025-05-01', agency: dolisa }).changes).toEqual(
        [],
      );
    }
  });

  it('refuses a migration it has no steps for', () => {
    const input = { recordType: 'person', record: {} };
    expect(() => migrate(input, '1.1', '1.0')).toThrow(VntipError);
    expect(() => migrate(input, '1.0', '2.0')).toThrow(/No migration from standard 1.0 to 2.0/);
  });
});
