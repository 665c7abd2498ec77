import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { collectEvents } from '../collect-events';
import { readPackageZip } from './read-package-zip';

const encoder = new TextEncoder();
const descriptor = JSON.stringify({
  profile: 'data-package',
  name: 'test-package',
  resources: [
    { name: 'people', path: 'data/people.ndjson', recordType: 'person', format: 'ndjson' },
  ],
});
const people = '{"id":"P-1","category":"VICTIM","sex":"FEMALE"}\n';
const zip = (files: Readonly<Record<string, string>>) =>
  zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, encoder.encode(v)])));
const read = (bytes: Uint8Array) =>
  collectEvents(readPackageZip({ name: 'package.zip', bytes }, { locale: 'en' }));

describe('readPackageZip: entry names', () => {
  it('reads the package alone (the control of the names below)', async () => {
    const { records, issues, incomplete } = await read(
      zip({ 'datapackage.json': descriptor, 'data/people.ndjson': people }),
    );
    expect(records).toHaveLength(1);
    expect(issues).toEqual([]);
    expect(incomplete).toBe(false);
  });

  it('refuses an entry that would unpack outside the folder, with a coded error', async () => {
    for (const name of ['../x.mjs', '/tmp/x.mjs', '..\\x.mjs']) {
      const { records, issues, incomplete } = await read(
        zip({ 'datapackage.json': descriptor, 'data/people.ndjson': people, [name]: 'x' }),
      );
      expect(records, name).toEqual([]);
      expect(incomplete).toBe(true);
      expect(issues.map((issue) => [issue.code, issue.severity, issue.params?.name])).toEqual([
        ['archive_unsafe_entry_name', 'error', name],
      ]);
      expect(issues[0]?.message).toBe(
        `The archive holds an entry named ${name}, which would be unpacked outside its folder (an absolute path, a ".." part or a backslash); the archive was not read.`,
      );
    }
  });

  it('refuses two resources whose names differ only in case, with a coded error', async () => {
    const { records, issues, incomplete } = await read(
      zip({
        'datapackage.json': descriptor,
        'data/people.ndjson': people,
        'data/People.ndjson': '{"id":"P-2","category":"VICTIM","sex":"MALE"}\n',
      }),
    );
    expect(records).toEqual([]);
    expect(incomplete).toBe(true);
    expect(issues.map((issue) => [issue.code, issue.severity])).toEqual([
      ['archive_name_collision', 'error'],
    ]);
  });
});
