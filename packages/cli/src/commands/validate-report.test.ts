import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type CliIo, run } from '../index';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function vntip(args: string[], cwd: string): Promise<{ code: number; stderr: string }> {
  const err: string[] = [];
  const io: CliIo = {
    stdout: { write: () => true, isTTY: false },
    stderr: { write: (chunk) => err.push(String(chunk)), isTTY: false },
    env: {},
    cwd,
  };
  return { code: await run(args, io), stderr: err.join('') };
}

describe('vntip validate --report', () => {
  it('writes every issue of a CSV input as CSV with a BOM', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vntip-report-'));
    dirs.push(dir);
    await writeFile(join(dir, 'person.csv'), 'id,sex\nP-1,F\n');
    const result = await vntip(
      ['validate', 'person.csv', '--report', 'issues.csv', '--lang', 'en'],
      dir,
    );
    expect(result.code).toBe(1);
    const text = await readFile(join(dir, 'issues.csv'), 'utf8');
    expect(text.startsWith('\uFEFF"Severity"')).toBe(true);
    expect(text).toContain('person.csv');
  });

  it('refuses an unknown report extension', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vntip-report-'));
    dirs.push(dir);
    await writeFile(join(dir, 'person.csv'), 'id,sex\nP-1,F\n');
    const result = await vntip(
      ['validate', 'person.csv', '--report', 'issues.txt', '--lang', 'en'],
      dir,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('only .xlsx, .csv or .html');
  });
});

describe('vntip validate --annotate', () => {
  it('writes an XLSX for a CSV input, and never over the input', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vntip-annotate-'));
    dirs.push(dir);
    await writeFile(join(dir, 'person.csv'), 'id,sex\nP-1,F\n');
    const csv = await vntip(
      ['validate', 'person.csv', '--annotate', 'out.xlsx', '--lang', 'en'],
      dir,
    );
    expect(csv.code).toBe(1);
    // Opened and checked cell by cell in @vntip/exporters' annotate-workbook tests; here: an XLSX (zip) was written.
    const bytes = await readFile(join(dir, 'out.xlsx'));
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const refused = await vntip(['validate', 'person.csv', '--annotate', 'person.csv'], dir);
    expect(refused.code).toBe(2);
  });
});
