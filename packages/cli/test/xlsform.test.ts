import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CliIo, run } from '../src/index';
import { ROOT } from './run-cli';

function memoryIo(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: { write: (chunk) => out.push(String(chunk)), isTTY: false },
    stderr: { write: (chunk) => err.push(String(chunk)), isTTY: false },
    env: {},
    cwd,
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

const SUBMISSIONS = join(ROOT, 'packages/exporters/test/fixtures/submissions/odk-central');

describe('vntip xlsform', () => {
  it('writes the victim-support form and refuses to overwrite it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vntip-xlsform-'));
    const first = memoryIo(dir);
    expect(
      await run(['xlsform', '--record-type', 'person,process_event,support_service'], first.io),
    ).toBe(0);
    const file = join(dir, 'vntip_person_process_event_support_service.xlsx');
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    expect(first.stderr()).toContain(
      'Đã ghi biểu mẫu vntip_person_process_event_support_service.xlsx',
    );
    const again = memoryIo(dir);
    expect(await run(['xlsform', '--lang', 'en'], again.io)).toBe(2);
    expect(again.stderr()).toContain('already exists');
  });

  it('prints the form as JSON and names an unknown record type with a suggestion', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vntip-xlsform-'));
    const json = memoryIo(dir);
    expect(
      await run(
        ['xlsform', '--record-type', 'process_event', '--out', 'f.xlsx', '--json'],
        json.io,
      ),
    ).toBe(0);
    expect(JSON.parse(json.stdout())).toMatchObject({
      path: 'f.xlsx',
      formId: 'vntip_process_event',
    });
    const bad = memoryIo(dir);
    expect(await run(['xlsform', '--record-type', 'persons', '--lang', 'en'], bad.io)).toBe(2);
    expect(bad.stderr()).toContain('There is no record type "persons"');
    expect(bad.stderr()).toContain('person');
  });

  it('imports the CSV files of an ODK Central download with convert --from odk-submissions', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vntip-xlsform-'));
    const io = memoryIo(dir);
    const code = await run(
      [
        'convert',
        SUBMISSIONS,
        '--from',
        'odk-submissions',
        '--to',
        'ndjson',
        '--out',
        'out',
        '--lang',
        'en',
      ],
      io.io,
    );
    expect(io.stderr()).not.toContain('error');
    expect(code).toBe(0);
    const people = readFileSync(join(dir, 'out/person.ndjson'), 'utf8').trim().split('\n');
    expect(people).toHaveLength(3);
    expect(
      readFileSync(join(dir, 'out/process_event.ndjson'), 'utf8').trim().split('\n'),
    ).toHaveLength(5);
  });
});
