// The files given together are one dataset (issue 14): the CLI's own per-type exports validate back as a set with 0
// errors, for every exporter that has an importer, and a reference into another file given beside it resolves.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_DIR, tempDir, vntip } from './run-cli';

/** Records of the Bắc Giang example, by record type. */
const EXAMPLE_COUNTS = {
  media_outlet: 1,
  person: 2,
  prevention_activity: 9,
  process_event: 4,
  status_decision: 2,
  support_service: 2,
};

interface FileReport {
  readonly file: string;
  readonly ok: boolean;
  readonly counts: Record<string, number>;
  readonly issueCounts: { error: number; warning: number; info: number };
  readonly issues: readonly { code: string; location?: { file?: string } }[];
}

async function validateJson(files: readonly string[]) {
  const run = await vntip(['validate', ...files, '--json', '--today', '2025-01-10']);
  return {
    code: run.code,
    stderr: run.stderr,
    report: JSON.parse(run.stdout) as { ok: boolean; files: FileReport[] },
  };
}

/** The counts of all files added up, by record type. */
function totalCounts(files: readonly FileReport[]): Record<string, number> {
  const total: Record<string, number> = {};
  for (const file of files) {
    for (const [type, count] of Object.entries(file.counts))
      total[type] = (total[type] ?? 0) + count;
  }
  return total;
}

describe('per-type exports validate back as one dataset', () => {
  // Every exporter with an importer or reader: the per-type tables and documents, and the exchange package.
  const cases: readonly { to: string; options?: string; ext: string }[] = [
    { to: 'csv', ext: '.csv' },
    { to: 'csv', options: '{"bom":true,"labels":"vi","delimiter":";"}', ext: '.csv' },
    { to: 'json', ext: '.json' },
    { to: 'ndjson', ext: '.ndjson' },
    { to: 'xlsx', ext: '.xlsx' },
    { to: 'package', ext: '.zip' },
  ];
  for (const { to, options, ext } of cases) {
    it(`--to ${to}${options ? ` --options ${options}` : ''}: the files validate together with 0 errors`, async () => {
      const out = join(tempDir(), to);
      const exported = await vntip([
        'export',
        EXAMPLE_DIR,
        '--to',
        to,
        '--profile',
        'internal',
        '--out',
        out,
        ...(options ? ['--options', options] : []),
      ]);
      expect(exported.code, exported.stderr).toBe(0);
      const files = readdirSync(out)
        .filter((name) => name.endsWith(ext) && name !== 'risk-report.json')
        .sort()
        // Referring files first: the references must resolve to files read after them too.
        .reverse()
        .map((name) => join(out, name));
      expect(files.length).toBeGreaterThan(0);
      const { code, report } = await validateJson(files);
      const errors = report.files.flatMap((file) =>
        file.issues.filter((issue) => (issue as { severity?: string }).severity === 'error'),
      );
      expect(errors).toEqual([]);
      expect(report.ok).toBe(true);
      expect(code).toBe(0);
      expect(totalCounts(report.files)).toEqual(EXAMPLE_COUNTS);
    });
  }

  it('reads an export folder with no exchange descriptor as its files', async () => {
    for (const to of ['csv', 'xlsx', 'json']) {
      const out = join(tempDir(), to);
      const exported = await vntip([
        'export',
        EXAMPLE_DIR,
        '--to',
        to,
        '--profile',
        'internal',
        '--out',
        out,
      ]);
      expect(exported.code, exported.stderr).toBe(0);
      const { code, report } = await validateJson([out]);
      expect(report.files[0]?.issueCounts.error, to).toBe(0);
      expect(code, to).toBe(0);
      expect(report.files[0]?.counts, to).toEqual(EXAMPLE_COUNTS);
    }
  });

  it('resolves a reference into a file given beside it, and names the file of each issue', async () => {
    const out = join(tempDir(), 'csv');
    const exported = await vntip([
      'export',
      EXAMPLE_DIR,
      '--to',
      'csv',
      '--profile',
      'internal',
      '--out',
      out,
    ]);
    expect(exported.code).toBe(0);
    const support = join(out, 'support_service.csv');
    const person = join(out, 'person.csv');

    const alone = await validateJson([support]);
    expect(alone.code).toBe(1);
    expect(
      alone.report.files[0]?.issues.map((issue) => [issue.code, issue.location?.file]),
    ).toEqual([
      ['unknown_person_reference', 'support_service.csv'],
      ['unknown_person_reference', 'support_service.csv'],
    ]);

    const together = await validateJson([support, person]);
    expect(together.code).toBe(0);
    expect(together.report.files.map((file) => [file.file, file.ok, file.counts])).toEqual([
      [support, true, { support_service: 2 }],
      [person, true, { person: 2 }],
    ]);
  });

  it('takes --record-type as a Vietnamese title, diacritics and case aside', async () => {
    const out = join(tempDir(), 'csv');
    await vntip(['export', EXAMPLE_DIR, '--to', 'csv', '--profile', 'internal', '--out', out]);
    for (const name of ['Hoạt động phòng ngừa', 'hoat dong phong ngua', 'prevention_activity']) {
      const run = await vntip([
        'validate',
        join(out, 'prevention_activity.csv'),
        '--record-type',
        name,
        '--json',
      ]);
      const report = JSON.parse(run.stdout) as { files: FileReport[] };
      expect(report.files[0]?.counts, name).toEqual({ prevention_activity: 9 });
    }
  });
});
