// Outputs never overwrite inputs or other files, exports replace their folder whole, and what is written is private.
import {
  chmodSync,
  cpSync,
  linkSync,
  mkdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_DIR, exportExamplePackage, filesUnder, tempDir, vntip } from './run-cli';

/** A copy of the example package, so a test that fails cannot destroy the repository's own. */
function examplePackage(): string {
  const dir = join(tempDir(), 'pkg');
  cpSync(EXAMPLE_DIR, dir, { recursive: true });
  return dir;
}

describe.concurrent('outputs and inputs', () => {
  it('refuses to write a report over or into its input, even with --overwrite', async () => {
    const pkg = examplePackage();
    const descriptor = readFileSync(join(pkg, 'datapackage.json'));
    const link = join(pkg, '..', 'link.json');
    linkSync(join(pkg, 'datapackage.json'), link);
    const runs = await Promise.all([
      vntip(['report', pkg, '--format', 'json', '--out', join(pkg, 'datapackage.json')]),
      vntip([
        'report',
        pkg,
        '--format',
        'json',
        '--out',
        join(pkg, 'datapackage.json'),
        '--overwrite',
      ]),
      vntip(['report', pkg, '--out', join(pkg, 'data/new-report.txt'), '--lang', 'en']),
      vntip(['report', join(pkg, 'datapackage.json'), '--out', link, '--overwrite']),
    ]);
    for (const run of runs) {
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/Không ghi vào|Not writing to/);
    }
    expect(runs[2]?.stderr).toContain('it is, or lies inside, or holds the input');
    expect(readFileSync(join(pkg, 'datapackage.json'))).toEqual(descriptor);
    expect(filesUnder(join(pkg, 'data'))).not.toContain('new-report.txt');
  });

  it('refuses an existing report file unless --overwrite', async () => {
    const dir = tempDir();
    const report = join(dir, 'report.json');
    writeFileSync(report, 'old');
    const refused = await vntip(['report', EXAMPLE_DIR, '--format', 'json', '--out', report]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('thêm --overwrite');
    expect(readFileSync(report, 'utf8')).toBe('old');
    const replaced = await vntip([
      'report',
      EXAMPLE_DIR,
      '--format',
      'json',
      '--out',
      report,
      '--overwrite',
    ]);
    expect(replaced.code).toBe(0);
    expect(JSON.parse(readFileSync(report, 'utf8'))).toMatchObject({ profile: 'statistical' });
  });

  it('refuses an export folder that is, holds or lies inside an input', async () => {
    const pkg = examplePackage();
    const args = ['export', pkg, '--to', 'csv', '--profile', 'internal'];
    const runs = await Promise.all([
      vntip([...args, '--out', pkg, '--overwrite']),
      vntip([...args, '--out', join(pkg, 'out')]),
      vntip([...args, '--out', join(pkg, '..'), '--overwrite']),
      vntip(['convert', pkg, '--to', 'json', '--out', join(pkg, 'data'), '--overwrite']),
    ]);
    for (const run of runs) {
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('Không ghi vào');
    }
    expect(filesUnder(pkg)).toEqual(filesUnder(EXAMPLE_DIR));
  });

  it('replaces the whole export folder with --overwrite, leaving no stale file, all of it 0600', async () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'stale-internal.csv'), 'id\nBG24-V1\n');
    writeFileSync(join(out, 'person.csv'), 'old\n');
    const args = [
      'export',
      EXAMPLE_DIR,
      '--to',
      'csv',
      '--profile',
      'internal',
      '--out',
      out,
      '--quiet',
    ];
    const refused = await vntip(args);
    expect(refused.code).toBe(2);
    const replaced = await vntip([...args, '--overwrite']);
    expect(replaced.code).toBe(0);
    const files = filesUnder(out);
    expect(files).not.toContain('stale-internal.csv');
    expect(files).toContain('risk-report.json');
    expect(readFileSync(join(out, 'person.csv'), 'utf8')).not.toBe('old\n');
    for (const file of files) {
      expect({ file, mode: statSync(join(out, file)).mode & 0o777 }).toEqual({ file, mode: 0o600 });
    }
    expect(statSync(out).mode & 0o777).toBe(0o700);
    // Nothing is left beside it: no staging folder, no partial file.
    expect(filesUnder(dir).filter((file) => !file.startsWith('out/'))).toEqual([]);
  });

  it('signs in place keeping the zip’s mode, and refuses to write over the key or another file', async () => {
    const dir = tempDir();
    const made = await exportExamplePackage(join(dir, 'p'));
    expect(made.code).toBe(0);
    expect((await vntip(['keygen', '--out', join(dir, 'k')])).code).toBe(0);
    const zip = join(dir, 'p/bac-giang-2024.zip');
    chmodSync(zip, 0o600);
    expect((await vntip(['sign', zip, '--key', join(dir, 'k.key')])).code).toBe(0);
    expect(statSync(zip).mode & 0o777).toBe(0o600);
    writeFileSync(join(dir, 'other.zip'), 'x');
    const [overKey, overOther, overOtherForced] = await Promise.all([
      vntip(['sign', zip, '--key', join(dir, 'k.key'), '--out', join(dir, 'k.key'), '--overwrite']),
      vntip(['sign', zip, '--key', join(dir, 'k.key'), '--out', join(dir, 'other.zip')]),
      vntip(['sign', zip, '--key', join(dir, 'k.key'), '--out', join(dir, 'copy.zip')]),
    ]);
    expect(overKey.code).toBe(2);
    expect(readFileSync(join(dir, 'k.key'), 'utf8')).toContain('PRIVATE KEY');
    expect(overOther.code).toBe(2);
    expect(readFileSync(join(dir, 'other.zip'), 'utf8')).toBe('x');
    expect(overOtherForced.code).toBe(0);
    expect(statSync(join(dir, 'copy.zip')).mode & 0o777).toBe(0o600);
  });

  it('refuses to sign again over an existing signature, zip or folder, unless --overwrite', async () => {
    const dir = tempDir();
    expect((await exportExamplePackage(join(dir, 'p'))).code).toBe(0);
    expect((await vntip(['keygen', '--out', join(dir, 'a')])).code).toBe(0);
    expect((await vntip(['keygen', '--out', join(dir, 'b')])).code).toBe(0);
    const zip = join(dir, 'p/bac-giang-2024.zip');
    const folder = join(dir, 'folder');
    cpSync(EXAMPLE_DIR, folder, { recursive: true });
    for (const input of [zip, folder]) {
      expect((await vntip(['sign', input, '--key', join(dir, 'a.key')])).code).toBe(0);
    }
    const sigOf = () => readFileSync(join(folder, 'datapackage.json.sig'));
    const [zipBefore, folderBefore] = [readFileSync(zip), sigOf()];
    const [zipAgain, folderAgain, zipSameOut, zipEn] = await Promise.all([
      vntip(['sign', zip, '--key', join(dir, 'b.key')]),
      vntip(['sign', folder, '--key', join(dir, 'b.key')]),
      vntip(['sign', zip, '--key', join(dir, 'b.key'), '--out', zip]),
      vntip(['sign', zip, '--key', join(dir, 'b.key'), '--lang', 'en']),
    ]);
    for (const run of [zipAgain, folderAgain, zipSameOut, zipEn]) {
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('--overwrite');
    }
    expect(zipAgain.stderr).toContain('đã có chữ ký datapackage.json.sig');
    expect(zipEn.stderr).toContain('already carries a signature (datapackage.json.sig)');
    expect(readFileSync(zip)).toEqual(zipBefore);
    expect(sigOf()).toEqual(folderBefore);
    // With --overwrite the old signature is replaced by the new key's.
    for (const input of [zip, folder]) {
      const forced = await vntip(['sign', input, '--key', join(dir, 'b.key'), '--overwrite']);
      expect(forced.code).toBe(0);
      const verify = await vntip(['verify', input, '--public-key', join(dir, 'b.pub')]);
      expect(verify.code).toBe(0);
    }
    expect(sigOf()).not.toEqual(folderBefore);
  });
});
