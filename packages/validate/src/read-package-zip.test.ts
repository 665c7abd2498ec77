import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { collectEvents, readPackageZip } from '@vntip/read';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { validate } from './validate';

const encoder = new TextEncoder();
const exampleDir = new URL('../../../examples/bac-giang-2024/', import.meta.url).pathname;
const fixtures = new URL('../../read/test/fixtures/', import.meta.url);

const descriptor = {
  profile: 'data-package',
  name: 'test-package',
  created: '2025-01-15T08:00:00+07:00',
  publisher: {
    unit: { codeListVersion: '124/2004', level: 'province', code: '24' },
    agency: { type: 'DOLISA' },
  },
  period: { type: 'YEAR', start: '2024-01-01', end: '2024-12-31' },
  standardVersion: '1.1.0',
  lawVersion: '2011',
  codelistVersions: { adminUnits: ['124/2004'], codelists: '1.1.0' },
  resources: [
    { name: 'people', path: 'data/people.ndjson', recordType: 'person', format: 'ndjson' },
  ],
};
const person = (id: string, sex = 'FEMALE') => JSON.stringify({ id, category: 'VICTIM', sex });

function packageZip(files: Readonly<Record<string, string | Uint8Array>>, root = ''): Uint8Array {
  return zipSync(
    Object.fromEntries(
      Object.entries(files).map(([path, content]) => [
        root + path,
        typeof content === 'string' ? encoder.encode(content) : content,
      ]),
    ),
  );
}

const withDescriptor = (resources: string, extra: Record<string, unknown> = {}) =>
  packageZip({
    'datapackage.json': JSON.stringify({ ...descriptor, ...extra }),
    'data/people.ndjson': resources,
  });
const read = (bytes: Uint8Array, options = {}) =>
  collectEvents(readPackageZip({ name: 'package.zip', bytes }, { locale: 'en', ...options }));

function exampleFiles(): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files[relative(exampleDir, full)] = readFileSync(full);
    }
  };
  walk(exampleDir);
  return files;
}

describe('readPackageZip', () => {
  it('reads the example package clean, descriptor first', async () => {
    const events = await collectEvents(
      readPackageZip({ name: 'bac-giang-2024.zip', bytes: packageZip(exampleFiles()) }),
    );
    expect(events.issues).toEqual([]);
    expect(events.events[0]?.kind).toBe('descriptor');
    const result = await validate(
      readPackageZip({ name: 'bac-giang-2024.zip', bytes: packageZip(exampleFiles()) }),
    );
    expect(result.ok).toBe(true);
    expect(result.complete).toBe(true);
    expect(result.issues).toEqual([]);
    expect(result.counts).toMatchObject({ prevention_activity: 9, person: 2 });
  });

  it('reads a zip made by another tool, with the package inside one folder', async () => {
    const bytes = readFileSync(new URL('bac-giang-2024.zip', fixtures));
    const { issues, records } = await read(bytes);
    expect(issues).toEqual([]);
    expect(records.length).toBeGreaterThan(10);
    expect(records[0]?.location?.file).toBe('data/prevention_activity.json');
  });

  it('reads every record of every resource', async () => {
    const { records, issues } = await read(withDescriptor(`${person('P-1')}\n${person('P-2')}\n`));
    expect(issues).toEqual([]);
    expect(records.map((r) => [r.recordType, r.basePath, r.location])).toEqual([
      ['person', [0], { file: 'data/people.ndjson', row: 1 }],
      ['person', [1], { file: 'data/people.ndjson', row: 2 }],
    ]);
  });

  it('locates a bad record by file and line', async () => {
    const result = await validate(
      readPackageZip({
        name: 'p.zip',
        bytes: withDescriptor(`${person('P-1')}\n${person('P-2', 'F')}\n`),
      }),
    );
    expect(result.ok).toBe(false);
    expect(result.issues).toMatchObject([
      { code: 'unknown_code', path: [1, 'sex'], location: { file: 'data/people.ndjson', row: 2 } },
    ]);
  });

  it('reports a listed file that is missing, and an unlisted one (not a readme, signature or risk report)', async () => {
    const bytes = packageZip({
      'datapackage.json': JSON.stringify(descriptor),
      'data/other.ndjson': '',
      'README.md': '# hi',
      'datapackage.json.sig': '{}',
      'risk-report.json': '{}',
    });
    const { issues } = await read(bytes);
    expect(issues.map((i) => [i.code, i.severity, i.location])).toEqual([
      ['missing_resource', 'error', { file: 'datapackage.json' }],
      ['unlisted_file', 'warning', { file: 'datapackage.json' }],
    ]);
    expect(issues[0]?.message).toBe(
      'The package lists the file data/people.ndjson, which is missing.',
    );
  });

  it('reports broken JSON with its line', async () => {
    const { issues } = await read(withDescriptor(`${person('P-1')}\n{"id": \n`));
    expect(issues).toMatchObject([
      { code: 'invalid_json', location: { file: 'data/people.ndjson', row: 2 } },
    ]);
  });

  it('reports descriptor problems against datapackage.json', async () => {
    const result = await validate(
      readPackageZip({
        name: 'p.zip',
        bytes: withDescriptor(person('P-1'), { standardVersion: 'one' }),
      }),
    );
    expect(result.issues).toMatchObject([
      { code: 'invalid_format', path: ['standardVersion'], location: { file: 'datapackage.json' } },
    ]);
  });

  it('checks the declared size and SHA-256 hash of each resource', async () => {
    const content = `${person('P-1')}\n`;
    const good = await read(
      withDescriptor(content, {
        resources: [
          {
            ...descriptor.resources[0],
            bytes: content.length,
            hash: `sha256:${await sha256(content)}`,
          },
        ],
      }),
    );
    expect(good.issues).toEqual([]);
    const bad = await read(
      withDescriptor(content, {
        resources: [{ ...descriptor.resources[0], bytes: 3, hash: `sha256:${'0'.repeat(64)}` }],
      }),
    );
    expect(bad.issues.map((i) => [i.code, i.location?.file])).toEqual([
      ['bytes_mismatch', 'data/people.ndjson'],
      ['hash_mismatch', 'data/people.ndjson'],
    ]);
  });

  it('refuses an unsafe resource path and an unknown format', async () => {
    const resources = [
      { name: 'a', path: '../etc/passwd', recordType: 'person', format: 'ndjson' },
      { name: 'b', path: 'data/people.ndjson', recordType: 'person', format: 'csv' },
    ];
    const { issues, incomplete } = await read(withDescriptor(person('P-1'), { resources }));
    expect(issues.map((i) => i.code)).toEqual(['invalid_resource_path', 'unsupported_format']);
    expect(incomplete).toBe(true);
  });

  it('needs a descriptor, and reports a truncated or bomb archive as incomplete', async () => {
    expect(
      (await read(packageZip({ 'data/people.ndjson': person('P-1') }))).issues.map((i) => i.code),
    ).toEqual(['missing_descriptor']);
    const bytes = withDescriptor(person('P-1'));
    const truncated = await read(bytes.subarray(0, bytes.length - 30));
    expect(truncated.issues.map((i) => i.code)).toEqual(['invalid_archive']);
    expect(truncated.incomplete).toBe(true);
    const bomb = packageZip({
      'datapackage.json': JSON.stringify(descriptor),
      'data/people.ndjson': new Uint8Array(4 * 1024 * 1024),
    });
    const refused = await read(bomb, { limits: { maxCompressionRatio: 50 } });
    expect(refused.issues.map((i) => i.code)).toEqual(['archive_ratio_exceeded']);
    expect(refused.records).toEqual([]);
  });

  it('reports a resource damaged inside the archive as incomplete', async () => {
    const bytes = packageZip({
      'datapackage.json': JSON.stringify(descriptor),
      'data/people.ndjson': [person('P-1'), person('P-2')].join('\n'),
    });
    const damaged = bytes.slice();
    const at = Buffer.from(damaged).indexOf('data/people.ndjson') + 'data/people.ndjson'.length + 4;
    damaged[at] = (damaged[at] ?? 0) ^ 0xff;
    const { issues, incomplete } = await read(damaged);
    expect(incomplete).toBe(true);
    expect(issues.map((i) => i.code)).toContain('invalid_archive');
  });
});

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(text));
  return Buffer.from(digest).toString('hex');
}
