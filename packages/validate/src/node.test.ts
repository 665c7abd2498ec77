import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectEvents } from '@vntip/read';
import { readPackageFolder, readPath } from '@vntip/read/node';
import { describe, expect, it } from 'vitest';
import { builtinRules } from './builtin-rules';
import * as nodeApi from './node';
import { validate } from './validate';

const exampleDir = new URL('../../../examples/bac-giang-2024', import.meta.url).pathname;

describe('@vntip/validate/node', () => {
  it('still exports the folder readers, now those of @vntip/read/node', () => {
    expect(Object.keys(nodeApi).sort()).toEqual(['readPackageFolder', 'readPath']);
    expect(nodeApi.readPackageFolder).toBe(readPackageFolder);
    expect(nodeApi.readPath).toBe(readPath);
  });
});

describe('readPackageFolder', () => {
  it('reads the example package clean', async () => {
    const events = await collectEvents(readPackageFolder(exampleDir));
    expect(events.issues).toEqual([]);
    expect(events.events[0]).toMatchObject({
      kind: 'descriptor',
      location: { file: 'datapackage.json' },
    });
    const result = await validate(readPackageFolder(exampleDir));
    expect(result).toMatchObject({ ok: true, complete: true, issues: [] });
    expect(Object.values(result.counts).reduce((a, b) => a + b, 0)).toBe(events.records.length);
  });

  it('does not follow a link out of the folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vntip-package-'));
    const outside = mkdtempSync(join(tmpdir(), 'vntip-outside-'));
    writeFileSync(
      join(outside, 'people.ndjson'),
      '{"id":"P-1","category":"VICTIM","sex":"FEMALE"}\n',
    );
    mkdirSync(join(dir, 'data'));
    symlinkSync(join(outside, 'people.ndjson'), join(dir, 'data', 'people.ndjson'));
    writeFileSync(
      join(dir, 'datapackage.json'),
      JSON.stringify({
        resources: [
          { name: 'p', path: 'data/people.ndjson', recordType: 'person', format: 'ndjson' },
        ],
      }),
    );
    const { records, issues } = await collectEvents(readPackageFolder(dir, { locale: 'en' }));
    expect(records).toEqual([]);
    expect(issues.map((i) => i.code)).toEqual(['missing_resource']);
  });

  it('reports a folder without a descriptor', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vntip-empty-'));
    const { issues, incomplete } = await collectEvents(readPackageFolder(dir));
    expect(issues.map((i) => i.code)).toEqual(['missing_descriptor']);
    expect(incomplete).toBe(true);
  });
});

describe('readPath', () => {
  it('reads a folder as a package and a file by its extension, streamed from disk', async () => {
    expect((await collectEvents(readPath(exampleDir))).records.length).toBeGreaterThan(10);
    const { records } = await collectEvents(readPath(join(exampleDir, 'data', 'person.json')));
    expect(records.map((r) => r.recordType)).toEqual(['person', 'person']);
  });

  it('turns a missing path into an issue', async () => {
    const { issues, incomplete } = await collectEvents(
      readPath(join(tmpdir(), 'no-such-file.csv')),
    );
    expect(issues.map((i) => i.code)).toEqual(['read_failed']);
    expect(incomplete).toBe(true);
  });
});

describe('readPackageFolder on a folder of per-type files', () => {
  const fixtures = new URL('./dataset-fixtures/', import.meta.url).pathname;

  it('reads a folder of tables with no exchange descriptor as one dataset of its files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vntip-tables-'));
    const valid = join(fixtures, 'valid-split-files');
    for (const name of ['Người.csv', 'ho-tro-2024.csv', 'quyet-dinh-tinh-trang.csv']) {
      writeFileSync(join(dir, name), readFileSync(join(valid, name)));
    }
    // What the CSV exporter writes beside its tables: a Frictionless descriptor, and every export's risk report.
    writeFileSync(
      join(dir, 'datapackage.json'),
      JSON.stringify({ profile: 'tabular-data-package', name: 'vntip-csv-export', resources: [] }),
    );
    writeFileSync(join(dir, 'risk-report.json'), '{"profile":"internal"}');
    writeFileSync(join(dir, 'README.md'), '# Bảng dữ liệu\n');
    const result = await validate(readPackageFolder(dir), {
      rules: builtinRules,
      today: '2025-01-10',
    });
    expect(result.issues.filter((issue) => issue.severity !== 'info')).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.counts).toEqual({ person: 4, support_service: 4, status_decision: 4 });
    expect(result.tallies.map((tally) => tally.file).sort()).toEqual([
      'Người.csv',
      'ho-tro-2024.csv',
      'quyet-dinh-tinh-trang.csv',
    ]);
  });

  it('reads a folder with an exchange descriptor as a package still', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vntip-pkg-'));
    writeFileSync(join(dir, 'person.csv'), 'id,category,sex\nP-1,VICTIM,FEMALE\n');
    writeFileSync(join(dir, 'datapackage.json'), JSON.stringify({ name: 'x', resources: [] }));
    const { issues } = await collectEvents(readPackageFolder(dir, { locale: 'en' }));
    expect(issues.map((issue) => issue.code)).toContain('unlisted_file');
  });
});
