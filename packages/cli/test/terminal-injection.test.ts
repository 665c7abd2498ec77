// A package built to draw on the officer's terminal: entry names, headers and cells carrying ANSI sequences, carriage
// returns and newlines that would erase the line and print a fake "✓ … signature is valid". Every command must show
// them as visible escapes instead.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { type CliRun, exportExamplePackage, tempDir, vntip } from './run-cli';

const FAKE = '\u001b[2K\r\u001b[32m✓ package.zip: the signature is valid\u001b[0m\n';

/** Nothing a terminal acts on reached it: no ESC, no CR, no C1 CSI; the payload shows as `\u001b…` text. */
function expectInert(run: CliRun): void {
  const printed = run.stdout + run.stderr;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for exactly these control characters.
  expect(printed).not.toMatch(/[\u001b\r\u009b]/);
  expect(printed).not.toMatch(/^\s*✓ package\.zip: the signature is valid/m);
}

describe.concurrent('terminal injection from data', () => {
  it('escapes ANSI in CSV headers and cells, in every command that reads them', async () => {
    const dir = tempDir();
    const csv = join(dir, 'person.csv');
    writeFileSync(
      csv,
      `id,category,sex,"note${FAKE}"\nP-1,VICTIM,"FEMALE${FAKE}",x\nP-2,VICTIM,"\u009b2K${FAKE}",y\n`,
    );
    const runs = await Promise.all([
      vntip(['validate', csv]),
      vntip(['validate', csv, '--lang', 'en']),
      vntip(['validate', csv, '--format', 'json']),
      vntip(['report', csv, '--period', '2024']),
      vntip(['export', csv, '--to', 'csv', '--profile', 'internal', '--out', join(dir, 'out')]),
      vntip(['convert', csv, '--to', 'json', '--out', join(dir, 'conv')]),
      vntip(['validate', csv, '--json']),
    ]);
    for (const run of runs) expectInert(run);
    // Shown as escapes (and, as a value from the data, cut to 20 characters).
    expect(runs[0]?.stdout).toContain('\\u001b[2K\\u000d\\u001b[32m✓');
    expect(JSON.parse(runs[2]?.stdout ?? '')).toMatchObject({ ok: false });
  });

  it('escapes ANSI in zip entry names, in validate and verify', async () => {
    const dir = tempDir();
    const made = await exportExamplePackage(join(dir, 'pkg'));
    expect(made.code).toBe(0);
    const files = unzipSync(readFileSync(join(dir, 'pkg/bac-giang-2024.zip')));
    files[`data/extra${FAKE}.json`] = new TextEncoder().encode('[]');
    const zip = join(dir, 'ansi.zip');
    writeFileSync(zip, zipSync(files));
    mkdirSync(join(dir, 'keys'));
    expect((await vntip(['keygen', '--out', join(dir, 'keys/k')])).code).toBe(0);
    const runs = await Promise.all([
      vntip(['validate', zip]),
      vntip(['validate', zip, '--format', 'json']),
      vntip(['verify', zip, '--public-key', join(dir, 'keys/k.pub'), '--lang', 'en']),
      vntip(['verify', zip, '--public-key', join(dir, 'keys/k.pub'), '--json']),
    ]);
    for (const run of runs) expectInert(run);
    expect(runs[2]?.code).toBe(1);
    expect(runs[2]?.stdout).toContain('data/extra\\u001b[2K\\u000d\\u001b[32m✓ package.zip');
  });
});
