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
