import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Issue, type MigrationChange, migrate } from '@vntip/core';
import { readPackageFolder } from '@vntip/read/node';
import { describe, expect, it } from 'vitest';
import { builtinRules, type RecordEvent, validate, validateDescriptor } from '../src/index';

// Standard 1.1 is a superset of 1.0 (ADR 014): every 1.0 example still validates, where 1.1 changed
// something with a warning and never an error, and migrate(record, '1.0', '1.1') makes it a 1.1
// record that raises none of those warnings. The examples are copies of 1.0's, untouched.
const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures/standard-1.0');
const inputDir = join(fixtures, 'input');
const expectedDir = join(fixtures, 'expected');
const write = process.env.VNTIP_WRITE_EXPECTED === '1';
const TODAY = '2026-06-30';

// The warnings 1.0 data may raise because 1.1 changed a field, a code or its dates.
const VERSION_WARNINGS = new Set([
  'earlier_standard_version',
  'deprecated_field',
  'deprecated_code',
  'code_not_in_force',
]);

// A single example stands alone: the persons and activities it points at are in other examples.
const rules = builtinRules.filter((rule) => rule.meta.id !== 'referential-integrity');

interface Example {
  readonly recordType: string;
  readonly record: Record<string, unknown>;
}

const examples = readdirSync(inputDir)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => ({
    file,
    example: JSON.parse(readFileSync(join(inputDir, file), 'utf8')) as Example,
  }));

async function issuesOf(example: Example): Promise<readonly Issue[]> {
  if (example.recordType === 'exchange_package') {
    return validateDescriptor(example.record, { locale: 'en' }).issues;
  }
  const event: RecordEvent = {
    kind: 'record',
    recordType: example.recordType,
    value: example.record,
    basePath: [],
  };
  return (await validate([event], { rules, today: TODAY, locale: 'en' })).issues;
}

const codes = (issues: readonly Issue[]) =>
  issues.map((issue) => `${issue.severity} ${issue.code}`);

function checkExpected(file: string, value: unknown): void {
  const path = join(expectedDir, file);
  const text = `${JSON.stringify(value, null, 2)}\n`;
  if (write) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  expect(existsSync(path), `${path} is missing: run with VNTIP_WRITE_EXPECTED=1`).toBe(true);
  expect(text).toBe(readFileSync(path, 'utf8'));
}

describe('standard 1.0 examples under 1.1', () => {
  it('has the 1.0 examples to check', () => {
    expect(examples.length).toBe(27);
  });

  for (const { file, example } of examples) {
    it(`${file}: validates with warnings only where 1.1 changed, and migrates to a 1.1 record without them`, async () => {
      const before = await issuesOf(example);
      expect(codes(before.filter((issue) => issue.severity === 'error'))).toEqual([]);
      const changes: MigrationChange[] = [];
      const migrated = migrate(example, '1.0', '1.1', { onChange: (c) => changes.push(c) });
      const after = await issuesOf(migrated);
      expect(codes(after.filter((issue) => issue.severity === 'error'))).toEqual([]);
      expect(codes(after.filter((issue) => VERSION_WARNINGS.has(issue.code)))).toEqual([]);
      // Whatever 1.0 data raised beyond the version warnings, 1.1 data raises too: migration hides nothing.
      expect(codes(after)).toEqual(
        codes(before.filter((issue) => !VERSION_WARNINGS.has(issue.code))),
      );
      if (example.recordType === 'exchange_package') {
        expect(codes(before)).toContain('warning earlier_standard_version');
        expect(changes.length).toBeGreaterThan(0);
      }
      // Only what changed is kept in expected/; any other example migrates to itself.
      if (changes.length > 0) checkExpected(file, migrated);
      else expect(migrated).toEqual(example);
    });
  }

  it('warns about what 1.0 allowed and 1.1 dates otherwise, and migration removes the warning', async () => {
    // 1.0 kept DOLISA to 30/6/2025; victim support passed to the Departments of Health on 1/3/2025.
    const example: Example = {
      recordType: 'process_event',
      record: {
        id: 'PE-1',
        personId: 'P-1',
        type: 'RECEIPT',
        date: '2025-04-10',
        agency: { type: 'DOLISA', name: 'Sở Lao động - Thương binh và Xã hội' },
      },
    };
    expect(codes(await issuesOf(example))).toEqual(['warning code_not_in_force']);
    const migrated = migrate(example, '1.0', '1.1');
    expect(migrated.record.agency).toMatchObject({ type: 'PROVINCIAL_HEALTH_DEPT' });
    expect(codes(await issuesOf(migrated))).toEqual([]);
  });

  it('reads the 1.0 example package with the one warning of its version, and migrates its records', async () => {
    const dir = join(inputDir, 'bac-giang-2024');
    const result = await validate(readPackageFolder(dir, { locale: 'en' }), {
      rules: builtinRules,
      today: TODAY,
      keepRecords: true,
      locale: 'en',
    });
    expect(codes(result.issues)).toEqual(['warning earlier_standard_version']);
    expect(result.records.length).toBe(20);
    const descriptor = migrate(
      { recordType: 'exchange_package', record: result.descriptor as Record<string, unknown> },
      '1.0',
      '1.1',
    );
    expect(validateDescriptor(descriptor.record).issues).toEqual([]);
    const records = result.records.map((entry) =>
      migrate({ recordType: entry.recordType, record: entry.record }, '1.0', '1.1'),
    );
    const events: RecordEvent[] = records.map((entry, index) => ({
      kind: 'record',
      recordType: entry.recordType,
      value: entry.record,
      basePath: [index],
    }));
    const migrated = await validate(events, {
      rules: builtinRules,
      today: TODAY,
      period: { start: '2024-01-01', end: '2024-12-31' },
      locale: 'en',
    });
    expect(codes(migrated.issues)).toEqual([]);
    checkExpected('bac-giang-2024/datapackage.json', descriptor.record);
  });
});
