import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CliIo, run } from '../index';

const ROOT = join(import.meta.dirname, '../../../..');

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

describe('vntip explain', () => {
  it('prints the message, hint, an example and the fix of an issue code, in both languages', async () => {
    const { code, stdout } = await vntip(['explain', 'unknown_code', '--lang', 'en']);
    expect(code).toBe(0);
    expect(stdout).toContain('Severity: error');
    expect(stdout).toContain('Message: The code "{received}" at {field} is not in the codelist.');
    expect(stdout).toContain('Hint: Use a code from the codelist');
    expect(stdout).toContain('Example that raises it: "sex": "NU".');
    expect(stdout).toContain('Fix: Use a code of the codelist: "sex": "FEMALE"');
    expect(stdout).toContain('(vi) Dùng mã trong danh mục: "sex": "FEMALE"');
  });

  it('knows the notes of indicator results, such as those in the report', async () => {
    const { code, stdout } = await vntip(['explain', 'support-not-requested']);
    expect(code).toBe(0);
    expect(stdout).toContain('Mức độ: ghi chú của chỉ số');
    expect(stdout).toContain('Ví dụ gây ra: support_service "status": "NOT_REQUESTED"');
    expect(stdout).toContain('Nguồn: @vntip/indicators');
  });

  it('gives the four parts as JSON, and the rule codes too', async () => {
    const { stdout } = await vntip(['explain', 'date_in_future', '--json']);
    const entry = JSON.parse(stdout) as Record<string, { vi: string; en: string }>;
    for (const part of ['message', 'hint', 'example', 'fix'])
      expect(entry[part]?.vi && entry[part]?.en, part).toBeTruthy();
  });
});
