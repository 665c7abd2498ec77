import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { zipSync } from 'fflate';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';

// The validator page from disk (file://), with no network, against the built CLI: same files, same issue lists.
const SITE = fileURLToPath(new URL('..', import.meta.url));
const ROOT = join(SITE, '..');
const PAGE = join(SITE, 'build/vntip-validator.html');
const CLI = join(ROOT, 'packages/cli/dist/cli.js');
const EXAMPLE = join(ROOT, 'examples/bac-giang-2024');
const ARTIFACTS = join(SITE, 'test-artifacts');

interface Compared {
  file: string;
  ok: boolean;
  counts: unknown;
  issueCounts: unknown;
  issues: unknown;
}

const pick = (r: Compared): Compared => ({
  file: r.file,
  ok: r.ok,
  counts: r.counts,
  issueCounts: r.issueCounts,
  issues: r.issues,
});

describe.runIf(existsSync(CHROMIUM) || process.env.CI)(
  'the validator page, opened from disk with no network',
  () => {
    let browser: Browser;
    let dir: string;
    let files: string[];

    beforeAll(async () => {
      expect(existsSync(PAGE), 'site/build/vntip-validator.html is missing: run `pnpm site`').toBe(
        true,
      );
      expect(existsSync(CLI), 'packages/cli/dist is missing: run `pnpm build`').toBe(true);
      mkdirSync(ARTIFACTS, { recursive: true });
      dir = mkdtempSync(join(tmpdir(), 'vntip-validator-'));
      // The example exchange package, zipped as a province would send it.
      const entries: Record<string, Uint8Array> = {
        'datapackage.json': readFileSync(join(EXAMPLE, 'datapackage.json')),
      };
      for (const name of readdirSync(join(EXAMPLE, 'data')))
        entries[`data/${name}`] = readFileSync(join(EXAMPLE, 'data', name));
      writeFileSync(join(dir, 'bac-giang-2024.zip'), zipSync(entries));
      writeFileSync(join(dir, 'person.json'), readFileSync(join(EXAMPLE, 'data/person.json')));
      // Officers' CSVs with mistakes (fictional people): a birth year out of range; an
      // unclosed quote.
      writeFileSync(
        join(dir, 'person.csv'),
        'id,category,sex,birthYear\nTEST-1,VICTIM,FEMALE,1999\nTEST-2,VICTIM,MALE,2001\nTEST-3,VICTIM,FEMALE,1850\n',
      );
      // The file name says the record type, so the second CSV is person.csv in a folder of its own.
      mkdirSync(join(dir, 'quote'));
      writeFileSync(
        join(dir, 'quote/person.csv'),
        'id,category,sex\nTEST-4,VICTIM,"FEMALE\nTEST-5,VICTIM,MALE\n',
      );
      files = ['bac-giang-2024.zip', 'person.json', 'person.csv', 'quote/person.csv'];
      browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    });
    afterAll(async () => {
      await browser?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    function cli(file: string, lang: 'vi' | 'en'): Compared {
      let stdout: string;
      try {
        stdout = execFileSync('node', [CLI, 'validate', basename(file), '--json', '--lang', lang], {
          cwd: dirname(join(dir, file)),
          encoding: 'utf8',
        });
      } catch (error) {
        // Exit code 1: the data has errors; the JSON is on stdout all the same.
        stdout = (error as { stdout: string }).stdout;
      }
      const [result] = (JSON.parse(stdout) as { files: Compared[] }).files;
      if (!result) throw new Error(`no result for ${file}`);
      return pick(result);
    }

    async function open() {
      const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
      const outside: string[] = [];
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith('file:') || url.startsWith('blob:') || url.startsWith('data:'))
          return route.continue();
        outside.push(url);
        return route.abort();
      });
      // Counted from outside the page, so the page's own CSP cannot hide a violation.
      await context.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { cspViolations: string[] }).cspViolations = seen;
        document.addEventListener('securitypolicyviolation', (event) =>
          seen.push(`${event.violatedDirective} ${event.blockedURI}`),
        );
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(pathToFileURL(PAGE).href);
      return { context, page, errors, outside };
    }

    async function results(page: Page): Promise<Compared[]> {
      await page.waitForFunction(() => document.body.dataset.state === 'done', undefined, {
        timeout: 120_000,
      });
      return (
        await page.evaluate(() => (window as unknown as { vntipResults: Compared[] }).vntipResults)
      ).map(pick);
    }

    it('gives the CLI’s issue lists for a zipped package, a JSON file and a broken CSV, in Vietnamese and English', async () => {
      const { context, page, errors, outside } = await open();
      await expect(page.locator('#title').textContent()).resolves.toBe(
        'Kiểm tra tệp dữ liệu VN-TIP',
      );
      await page.setInputFiles(
        '#files',
        files.map((file) => join(dir, file)),
      );
      const vi = await results(page);
      const expected = files.map((file) => cli(file, 'vi'));
      expect(vi).toEqual(expected);
      // The CSV's mistakes are there (so the comparison is not of two empty lists), each located.
      const csv = vi[2] as Compared;
      expect(csv.ok).toBe(false);
      expect((csv.issues as { code: string }[]).map((i) => i.code)).toContain('out_of_range');
      expect(((vi[3] as Compared).issues as { code: string }[]).map((i) => i.code)).toContain(
        'invalid_csv',
      );
      await expect(page.locator('#issues').textContent()).resolves.toContain('person.csv');
      await page.screenshot({ path: join(ARTIFACTS, 'validator-vi.png'), fullPage: true });

      await page.locator('#language').click();
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      const en = await results(page);
      expect(en).toEqual(files.map((file) => cli(file, 'en')));
      await page.screenshot({ path: join(ARTIFACTS, 'validator-en.png'), fullPage: true });

      expect(
        await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
      ).toEqual([]);
      await context.close();
      expect(errors).toEqual([]);
      expect(outside).toEqual([]);
    });

    it('states the standard, codelist and rule-set versions with their hash', async () => {
      const { context, page } = await open();
      await expect(page.locator('#versions').textContent()).resolves.toMatch(
        /^Chuẩn 1\.1\.\d+ · danh mục \S+ · quy tắc \d+ · mã băm [0-9a-f]{12}$/,
      );
      await context.close();
    });

    it('forbids network access in its Content-Security-Policy', () => {
      const html = readFileSync(PAGE, 'utf8');
      const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("connect-src 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      expect(html).not.toMatch(/\s(src|href)="https?:/);
    });
  },
);
