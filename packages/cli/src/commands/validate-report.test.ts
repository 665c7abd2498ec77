import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { type CliIo, run } from '../index';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function vntip(
  args: string[],
  cwd: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const err: string[] = [];
  const std: string[] = [];
  const io: CliIo = {
    stdout: { write: (chunk) => std.push(String(chunk)) > 0, isTTY: false },
    stderr: { write: (chunk) => err.push(String(chunk)), isTTY: false },
    env: {},
    cwd,
  };
  const code = await run(args, io);
  return { code, stdout: std.join(''), stderr: err.join('') };
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

  it('copies a CSV as the reader split it: sep= line, ";" cells, a multi-line cell, Vietnamese text', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vntip-annotate-'));
    dirs.push(dir);
    const csv = [
      'sep=;',
      'BÁO CÁO NẠN NHÂN (VÍ DỤ)',
      'id;category;sex;notes',
      'P-1;VICTIM;FEMALE;"hai',
      'dòng"',
      'P-2;VICTIM;F;x',
    ].join('\r\n');
    await writeFile(join(dir, 'person.csv'), csv);
    const result = await vntip(['validate', 'person.csv', '--annotate', 'out.xlsx'], dir);
    expect(result.code).toBe(1);
    // The terminal says where as the officer sees it: the cell, its header, and the field by its Vietnamese title.
    expect(result.stdout).toContain(
      'dòng 6, ô C6 ("sex"): [lỗi] unknown_code  Mã "F" tại Người › Giới tính không có trong danh mục.',
    );
    const files = unzipSync(new Uint8Array(await readFile(join(dir, 'out.xlsx'))));
    const text = (name: string) => strFromU8(files[name] ?? new Uint8Array());
    const shared = [...text('xl/sharedStrings.xml').matchAll(/<si>(.*?)<\/si>/gs)].map((m) =>
      (m[1] ?? '').replace(/<[^>]+>/g, ''),
    );
    // One sheet lists the issues (with links to the cells); the other is the officer's table, each row at the line
    // the reader gave it.
    const sheets = Object.keys(files).filter((name) => name.startsWith('xl/worksheets/sheet'));
    expect(sheets).toHaveLength(2);
    const issuesSheet = sheets.find((name) => text(name).includes('<hyperlink')) ?? '';
    const tableSheet = sheets.find((name) => name !== issuesSheet) ?? '';
    const cell = (ref: string) => {
      const m = new RegExp(`<c r="${ref}"([^>]*)><v>([^<]*)</v>`).exec(text(tableSheet));
      return m === null ? undefined : /t="s"/.test(m[1] ?? '') ? shared[Number(m[2])] : m[2];
    };
    expect(cell('A2')).toBe('BÁO CÁO NẠN NHÂN (VÍ DỤ)');
    expect([cell('A6'), cell('B6'), cell('C6'), cell('D6')]).toEqual(['P-2', 'VICTIM', 'F', 'x']);
    // The unknown "notes" column's header, D3, is a cell the issue sheet links to.
    expect(text(issuesSheet)).toMatch(/location="#?(?:'|&apos;)person\.csv(?:'|&apos;)!D3"/);
  });
});
