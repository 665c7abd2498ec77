import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';
import { foldDiacritics } from './fold-diacritics';
import { builtPages, linkProblems } from './links';
import { serveStatic } from './serve-static';
import { sourceHash, translationProblems } from './translations';

const SITE = fileURLToPath(new URL('..', import.meta.url));
const BUILD = join(SITE, 'build');
const ARTIFACTS = join(SITE, 'test-artifacts');

describe('site checks', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'vntip-site-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('finds a page in one language only and a translation older than its source', () => {
    const pages = join(work, 'pages');
    mkdirSync(join(pages, 'en/guide'), { recursive: true });
    mkdirSync(join(pages, 'guide'), { recursive: true });
    writeFileSync(join(pages, 'guide/a.md'), '# A\n');
    writeFileSync(
      join(pages, 'en/guide/a.md'),
      `---\nsourceHash: ${sourceHash('# A\n')}\n---\n\n# A\n`,
    );
    writeFileSync(join(pages, 'guide/b.md'), '# B\n');
    expect(translationProblems(pages)).toEqual([
      expect.stringContaining('pages/guide/b.md has no English'),
    ]);
    writeFileSync(join(pages, 'guide/a.md'), '# A, sửa\n');
    expect(translationProblems(pages)).toEqual([
      expect.stringContaining('pages/en/guide/a.md translates an older pages/guide/a.md'),
      expect.stringContaining('pages/guide/b.md has no English'),
    ]);
  });

  it('finds a broken link and a broken anchor', () => {
    const build = join(work, 'build');
    mkdirSync(join(build, 'guide'), { recursive: true });
    writeFileSync(join(build, 'guide/a.html'), '<h2 id="x">x</h2><a href="/guide/a#x">ok</a>');
    writeFileSync(
      join(build, 'index.html'),
      '<a href="/guide/a#y">bad anchor</a> <a href="/guide/c">missing</a>',
    );
    expect(linkProblems(build)).toEqual([
      '/index.html: link to /guide/a#y, whose page has no #y.',
      '/index.html: link to /guide/c, which is not a page of the site.',
    ]);
  });

  it('folds Vietnamese diacritics and đ for search', () => {
    expect(foldDiacritics('mua bán người')).toBe('mua ban nguoi');
    expect(foldDiacritics('Đà Nẵng')).toBe('da nang');
  });

  it('the built site has current translations and no broken internal link or anchor', () => {
    expect(existsSync(BUILD), 'site/build is missing: run `pnpm site` (or `pnpm build`)').toBe(
      true,
    );
    expect(translationProblems(join(SITE, 'pages'))).toEqual([]);
    expect(linkProblems(BUILD)).toEqual([]);
  });
});

describe.runIf(existsSync(CHROMIUM) || process.env.CI)(
  'the site in Chromium, with no network',
  () => {
    let browser: Browser;
    let server: Server;
    let base: string;
    beforeAll(async () => {
      expect(
        existsSync(CHROMIUM),
        `${CHROMIUM} is missing: .ci/run installs the chromium package`,
      ).toBe(true);
      expect(existsSync(BUILD), 'site/build is missing: run `pnpm site` (or `pnpm build`)').toBe(
        true,
      );
      mkdirSync(ARTIFACTS, { recursive: true });
      ({ server, url: base } = await serveStatic(BUILD));
      browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    });
    afterAll(async () => {
      await browser?.close();
      server?.close();
    });

    async function openPage() {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const outside: string[] = [];
      // Nothing may leave the machine: any request not to the loopback server is recorded and refused.
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(base)) return route.continue();
        outside.push(url);
        return route.abort();
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
      page.on('response', (response) => {
        if (response.status() >= 400)
          errors.push(`${page.url()}: ${response.status()} for ${response.url()}`);
      });
      return { context, page, errors, outside };
    }

    it('opens every page with 0 console errors and 0 requests off the machine', async () => {
      const { context, page, errors, outside } = await openPage();
      const paths = builtPages(BUILD)
        .map((file) =>
          `/${relative(BUILD, file)}`.replace(/index\.html$/, '').replace(/\.html$/, ''),
        )
        .filter((path) => path !== '/404');
      expect(paths.length).toBeGreaterThan(300);
      for (const path of paths) {
        const response = await page.goto(`${base}${path}`, { waitUntil: 'load' });
        expect(response?.status(), path).toBe(200);
      }
      await context.close();
      expect(errors).toEqual([]);
      expect(outside).toEqual([]);
    });

    it('shows the home pages and an entity page (screenshots)', async () => {
      const { context, page, errors } = await openPage();
      await page.goto(`${base}/`);
      await expect(page.locator('.VPHero .text').textContent()).resolves.toContain('mua bán người');
      await page.screenshot({ path: join(ARTIFACTS, 'home-vi.png') });
      await page.goto(`${base}/en/`);
      await expect(page.locator('.VPHero .text').textContent()).resolves.toContain(
        'human trafficking',
      );
      await page.screenshot({ path: join(ARTIFACTS, 'home-en.png') });
      await page.goto(`${base}/reference/entities/person`);
      const table = await page.locator('.vp-doc table').first().textContent();
      expect(table).toContain('birthYear');
      expect(table).toContain('quasi_identifier');
      await page.screenshot({ path: join(ARTIFACTS, 'entity-person-vi.png'), fullPage: true });
      await page.goto(`${base}/en/reference/entities/person`);
      await expect(page.locator('h1').textContent()).resolves.toMatch(/^Person/);
      await context.close();
      expect(errors).toEqual([]);
    });

    it('search finds "mua bán người" from "mua ban nguoi", offline', async () => {
      const { context, page, errors, outside } = await openPage();
      await page.goto(`${base}/`);
      await page.locator('.VPNavBarSearch button').click();
      const input = page.locator('.VPLocalSearchBox input');
      for (const query of ['mua ban nguoi', 'mua bán người']) {
        await input.fill(query);
        const results = page.locator('.VPLocalSearchBox .results li');
        await results.first().waitFor({ timeout: 20_000 });
        const text = (await results.allTextContents()).join('\n').toLowerCase();
        expect(text, query).toContain('mua bán người');
      }
      await page.screenshot({ path: join(ARTIFACTS, 'search-vi.png') });
      await context.close();
      expect(errors).toEqual([]);
      expect(outside).toEqual([]);
    });
  },
);
