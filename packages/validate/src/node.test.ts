import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as nodeApi from './node';
import { readPackageFolder, readPath } from './node';
import { collectEvents } from './readers/collect-events';
import { validate } from './validate';

const exampleDir = new URL('../../../examples/bac-giang-2024', import.meta.url).pathname;

describe('@vntip/validate/node', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(nodeApi).sort()).toEqual(['readPackageFolder', 'readPath']);
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
