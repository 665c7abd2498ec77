import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type CliIo, run } from '../src/index';
import { DEFAULT_CHROMIUM } from '../src/io/html-to-pdf';

// `vntip report --format pdf` on the example, printed by Debian's headless Chromium, its pages turned into PNGs by
// pdftoppm (poppler-utils) and kept as test artefacts for a person to look at.
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const ARTIFACTS = fileURLToPath(new URL('../test-artifacts', import.meta.url));
const EXAMPLE = 'examples/bac-giang-2024';

function has(command: string): boolean {
  try {
    execFileSync('which', [command], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const tools = existsSync(DEFAULT_CHROMIUM) && has('pdftoppm') && has('pdfinfo') && has('pdftotext');
const inCi = Boolean(process.env.CI);
if (!tools && !inCi)
  console.warn(
    `report-pdf.test.ts skipped: needs ${DEFAULT_CHROMIUM} and poppler-utils (apt-get install --no-install-recommends chromium poppler-utils).`,
  );

it.runIf(!tools && inCi)('has Chromium and poppler-utils in CI', () => {
  expect.fail(
    `${DEFAULT_CHROMIUM}, pdftoppm, pdfinfo or pdftotext is missing: CI must install chromium and poppler-utils.`,
  );
});

async function vntip(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: { write: (chunk) => out.push(String(chunk)), isTTY: false },
    stderr: { write: (chunk) => err.push(String(chunk)), isTTY: false },
    env,
    cwd: ROOT,
  };
  const code = await run(args, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('vntip report --format pdf without what it needs', () => {
  it('says how to install Chromium, in Vietnamese and English, and exits 2', async () => {
    const missing = '/nonexistent/chromium-for-vntip-test';
    const vi = await vntip(
      ['report', EXAMPLE, '--format', 'pdf', '--out', '/tmp/never-written.pdf'],
      { VNTIP_CHROMIUM: missing },
    );
    expect(vi.code).toBe(2);
    expect(vi.stderr).toContain(`Không tìm thấy Chromium ở ${missing}`);
    expect(vi.stderr).toContain('apt-get install --no-install-recommends chromium');
    const en = await vntip(
      ['report', EXAMPLE, '--format', 'pdf', '--out', '/tmp/never-written.pdf', '--lang', 'en'],
      { VNTIP_CHROMIUM: missing },
    );
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(`Chromium was not found at ${missing}`);
    expect(existsSync('/tmp/never-written.pdf')).toBe(false);
  });

  it('refuses a PDF on stdout', async () => {
    const { code, stderr } = await vntip(['report', EXAMPLE, '--format', 'pdf', '--lang', 'en']);
    expect(code).toBe(2);
    expect(stderr).toContain('A PDF report must be written to a file: add --out <file.pdf>.');
  });
});

describe.skipIf(!tools)('vntip report --format pdf on the example', { timeout: 180_000 }, () => {
  for (const lang of ['vi', 'en'] as const) {
    it(`prints A4 pages with the area, period and privacy profile on each (${lang})`, async () => {
      mkdirSync(ARTIFACTS, { recursive: true });
      const pdf = join(ARTIFACTS, `report-${lang}.pdf`);
      rmSync(pdf, { force: true });
      for (const name of readdirSync(ARTIFACTS))
        if (name.startsWith(`report-${lang}-page-`)) rmSync(join(ARTIFACTS, name));
      const { code, stderr } = await vntip([
        'report',
        EXAMPLE,
        '--format',
        'pdf',
        '--out',
        pdf,
        '--lang',
        lang,
      ]);
      expect(code, stderr).toBe(0);
      expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
      expect(pages).toBeGreaterThan(1);
      // Every page, not only the first: pdfinfo -l gives each page's size.
      const sizes = [
        ...execFileSync('pdfinfo', ['-f', '1', '-l', String(pages), pdf], {
          encoding: 'utf8',
        }).matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g),
      ].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
      expect(sizes).toHaveLength(pages);
      for (const size of sizes) expect(size).toEqual([595, 842]);
      const words =
        lang === 'vi'
          ? { profile: 'Hồ sơ bảo mật: thống kê (đã bảo vệ)', period: 'Năm 2024', page: 'Trang' }
          : { profile: 'Privacy profile: statistical (protected)', period: '2024', page: 'Page' };
      for (let i = 1; i <= pages; i++) {
        const text = execFileSync('pdftotext', ['-f', String(i), '-l', String(i), pdf, '-'], {
          encoding: 'utf8',
        });
        expect(text, `page ${i}`).toContain(words.profile);
        expect(text, `page ${i}`).toContain(words.period);
        expect(text, `page ${i}`).toContain(`${words.page} ${i}/${pages}`);
      }
      execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(ARTIFACTS, `report-${lang}-page`)]);
      const pngs = readdirSync(ARTIFACTS).filter(
        (name) => name.startsWith(`report-${lang}-page-`) && name.endsWith('.png'),
      );
      expect(pngs).toHaveLength(pages);
    });
  }

  it('prints the comparisons of the two-province, two-year fixture, provinces in every header', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const pdf = join(ARTIFACTS, 'report-comparisons.pdf');
    rmSync(pdf, { force: true });
    for (const name of readdirSync(ARTIFACTS))
      if (name.startsWith('report-comparisons-page-')) rmSync(join(ARTIFACTS, name));
    const { code, stderr } = await vntip([
      'report',
      'packages/cli/test/fixtures/two-provinces-2023-2024',
      '--grain',
      'YEAR',
      '--scope',
      '24@124/2004',
      '--scope',
      '25@124/2004',
      '--format',
      'pdf',
      '--out',
      pdf,
    ]);
    expect(code, stderr).toBe(0);
    const pages = Number(
      /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1],
    );
    const texts = Array.from({ length: pages }, (_, i) =>
      execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), pdf, '-'], {
        encoding: 'utf8',
      }),
    );
    for (const text of texts) {
      expect(text).toContain('Tỉnh Bắc Giang (124/2004); Tỉnh Phú Thọ (124/2004)');
      expect(text).toContain('01/01/2023 – 31/12/2024');
    }
    const first = texts.findIndex((text) => text.includes('So sánh giữa các năm và địa bàn'));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(texts[first]).toContain('▲ tăng 2 (+20 %)');
    expect(texts.join('\n')).toContain('▼ thấp hơn 60 (−40 %)');
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      String(first + 1),
      '-l',
      String(first + 2),
      pdf,
      join(ARTIFACTS, 'report-comparisons-page'),
    ]);
  });
});
