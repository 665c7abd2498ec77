import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CliIo, run } from '../index';

const ROOT = join(import.meta.dirname, '../../../..');
const EXAMPLE = 'examples/bac-giang-2024';

async function vntip(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: { write: (chunk) => out.push(String(chunk)), isTTY: false },
    stderr: { write: (chunk) => err.push(String(chunk)), isTTY: false },
    env: {},
    cwd: ROOT,
  };
  const code = await run(args, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('vntip report (table)', () => {
  it('says how many rows it hid, and shows every one with --all', async () => {
    const short = await vntip(['report', EXAMPLE, '--lang', 'en']);
    expect(short.code).toBe(0);
    const hidden =
      /(\d+) multi-way breakdown rows are not shown in the table; see them all with --all/.exec(
        short.stdout,
      );
    expect(hidden).not.toBeNull();
    const all = await vntip(['report', EXAMPLE, '--lang', 'en', '--all']);
    expect(all.code).toBe(0);
    expect(all.stdout).not.toContain('are not shown');
    const lines = (text: string) => text.trimEnd().split('\n').length;
    // The hidden rows come back, less the line that counted them.
    expect(lines(all.stdout)).toBe(lines(short.stdout) + Number(hidden?.[1]) - 1);
    expect(all.stdout).toContain('unit: Copies, activityType: Leaflets');
  });
});

describe('vntip report --format html on the example', () => {
  it('leads with the seed report’s figures and their qualifiers, outlets by name, the statistical profile in words', async () => {
    const { code, stdout } = await vntip(['report', EXAMPLE, '--format', 'html']);
    expect(code).toBe(0);
    const page = stdout.replace(/<script[\s\S]*?<\/script>/g, '');
    expect(page).toContain('<span lang="vi">khoảng 5.000</span><span lang="en">about 5,000</span>');
    expect(page).toContain(
      '<span lang="vi">hơn 10.000</span><span lang="en">more than 10,000</span>',
    );
    expect(page).toContain('Không có nạn nhân nào đề nghị hỗ trợ nên tỷ lệ không tính được.');
    expect(page).toContain('(UTC+07:00)');
    expect(page).toContain('<section id="withheld"');
    expect(page).toContain('Ẩn 2 ô: Bước: Giải cứu; Bước: Bàn giao về gia đình.');
    expect(page).not.toContain('NỘI BỘ');
  });
});
