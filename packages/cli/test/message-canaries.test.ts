// An officer's file holds names and phone numbers where they do not belong. Issue messages reach terminals, logs and
// `--json` output, so they quote at most 20 characters of a value, and nothing of a field the schema classes
// direct_identifier or sensitive. The attack plants canaries in such cells and scans everything the CLI printed; the
// control plants them in quasi-identifier cells, where the message does quote them, to show the scan finds a leak.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_QUOTED_CHARS } from '@vntip/core';
import { describe, expect, it } from 'vitest';
import { tempDir, vntip } from './run-cli';

const canary = (tag: string): string => `CANARY${tag}-7f3a9c-0900000000-Người Mẫu Thử`;

describe('values quoted in messages', () => {
  it('never shows a sensitive value, and at most 20 characters of any other', async () => {
    const dir = tempDir();
    const csv = join(dir, 'person.csv');
    const hidden = [canary('A'), canary('B')];
    const shortened = canary('C');
    const quoted = 'CANARYD';
    writeFileSync(
      csv,
      [
        'id,category,sex,birthYear,householdPoverty',
        `P-1,VICTIM,FEMALE,1990,${hidden[0]}`,
        `P-2,${hidden[1]},FEMALE,1990,`,
        `P-3,VICTIM,FEMALE,${shortened},`,
        `P-4,VICTIM,${quoted},1990,`,
        '',
      ].join('\n'),
    );
    const runs = await Promise.all([
      vntip(['validate', csv]),
      vntip(['validate', csv, '--lang', 'en']),
      vntip(['validate', csv, '--json']),
    ]);
    for (const run of runs) {
      expect(run.code).toBe(1);
      const printed = run.stdout + run.stderr;
      // The attack: no sensitive canary, not even its first characters.
      for (const value of hidden) expect(printed).not.toContain(value.slice(0, 10));
      // The long value is cut: its first 20 characters show, nothing after them.
      expect(printed).toContain(shortened.slice(0, MAX_QUOTED_CHARS));
      expect(printed).not.toContain(shortened.slice(0, MAX_QUOTED_CHARS + 1));
      // The control: a quasi-identifier's short value is quoted, so the scan above would have seen a leak.
      expect(printed).toContain(quoted);
    }
    expect(runs[0]?.stdout).toContain('(giá trị được ẩn)');
    expect(runs[1]?.stdout).toContain('(value withheld)');
    const [file] = (
      JSON.parse(runs[2]?.stdout ?? '') as { files: { issues: { params?: unknown }[] }[] }
    ).files;
    expect(JSON.stringify(file?.issues.map((issue) => issue.params))).toContain(
      '(giá trị được ẩn)',
    );
  });

  it('never shows a person id in the rules messages: duplicates and references', async () => {
    const dir = tempDir();
    const csv = join(dir, 'person.csv');
    // Ids of the standard's form, so the records pass their structure check and reach the rules.
    const repeated = 'CANARYE-7f3a9c-0900000000';
    const referred = 'CANARYF-7f3a9c-0911111111';
    writeFileSync(
      csv,
      [
        'id,category,sex,accompaniesPersonId',
        `${repeated},VICTIM,FEMALE,`,
        `${repeated},VICTIM,FEMALE,`,
        `P-3,ACCOMPANYING_CHILD,MALE,${referred}`,
        '',
      ].join('\n'),
    );
    const runs = await Promise.all([
      vntip(['validate', csv]),
      vntip(['validate', csv, '--json', '--lang', 'en']),
    ]);
    for (const run of runs) {
      const printed = run.stdout + run.stderr;
      // The rules did run (the control): their codes are there, with the ids withheld.
      expect(printed).toContain('duplicate_record_id');
      expect(printed).toContain('unknown_person_reference');
      for (const value of [repeated, referred]) expect(printed).not.toContain(value.slice(0, 10));
    }
  });

  it('quotes at most 20 characters of a header that names no field, as a file with no header row has', async () => {
    const dir = tempDir();
    const csv = join(dir, 'person.csv');
    const first = canary('G');
    writeFileSync(csv, `${first},VICTIM,FEMALE\nP-2,VICTIM,FEMALE\n`);
    for (const run of await Promise.all([
      vntip(['validate', csv]),
      vntip(['validate', csv, '--json']),
    ])) {
      const printed = run.stdout + run.stderr;
      expect(printed).toContain('unknown_column');
      expect(printed).toContain(first.slice(0, MAX_QUOTED_CHARS));
      expect(printed).not.toContain(first.slice(0, MAX_QUOTED_CHARS + 1));
    }
  });
});
