import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { VALUE_QUALIFIER_SIGNS } from '@vntip/core';
import {
  BUILTIN_INDICATORS,
  builtinIndicators,
  computeIndicators,
  type IndicatorResult,
} from '@vntip/indicators';
import { createDeidentifier } from '@vntip/privacy';
import { readPackageFolder } from '@vntip/read/node';
import { NATIONAL_TARGETS } from '@vntip/schema';
import { validate } from '@vntip/validate';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type HtmlReportData,
  REPORT_DATA_ELEMENT_ID,
  type ReportRow,
  renderHtmlReport,
} from '../src/report/render-html-report';

// End-to-end: the HTML report rendered from the example package, opened in Debian's headless Chromium.
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const EXAMPLE = fileURLToPath(new URL('../../../examples/bac-giang-2024', import.meta.url));
const ARTIFACTS = fileURLToPath(new URL('../test-artifacts', import.meta.url));
const PERIOD = { start: '2023-01-01', end: '2024-12-31' };
const SCOPES = [
  { level: 'national', code: 'VN' },
  { level: 'province', code: '24', codeListVersion: '124/2004' },
] as const;

const hasChromium = existsSync(CHROMIUM);
const inCi = Boolean(process.env.CI);
if (!hasChromium && !inCi)
  console.warn(
    `report-browser.test.ts skipped: ${CHROMIUM} is missing (apt-get install --no-install-recommends chromium).`,
  );

it.runIf(!hasChromium && inCi)('has Chromium in CI', () => {
  expect.fail(`${CHROMIUM} is missing: .ci/run must install the chromium package.`);
});

/** A number on the page, read in the browser. */
interface ShownFigure {
  indicator: string;
  period: string;
  scope: string;
  disaggregation: string;
  field: string;
  value: string;
  /** A key figure's qualifier (`EXACT`, `AT_LEAST`, `MORE_THAN`, `APPROXIMATE`), written in words; empty elsewhere. */
  qualifier: string;
  text: string;
  visible: boolean;
}

/** The words before a key figure that is not exact. */
const QUALIFIER_WORDS: Readonly<Record<string, Readonly<Record<'vi' | 'en', string>>>> = {
  AT_LEAST: { vi: 'ít nhất', en: 'at least' },
  MORE_THAN: { vi: 'hơn', en: 'more than' },
  APPROXIMATE: { vi: 'khoảng', en: 'about' },
};

/** The example package's indicators by year, for the country and Bắc Giang. */
async function exampleRows(): Promise<IndicatorResult[]> {
  const result = await validate(readPackageFolder(EXAMPLE));
  expect(result.ok).toBe(true);
  return computeIndicators(result.records, {
    indicators: builtinIndicators,
    period: PERIOD,
    grain: 'YEAR',
    scopes: SCOPES,
    targets: NATIONAL_TARGETS,
    today: '2025-01-15',
  });
}

function withoutLineage(row: IndicatorResult): ReportRow {
  const { lineage: _lineage, ...rest } = row;
  return JSON.parse(JSON.stringify(rest)) as ReportRow;
}

function sameRecord(a: object, b: object) {
  return JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());
}

function figureOf(row: ReportRow, field: string): number | null | undefined {
  if (field === 'value') return row.value;
  if (field === 'numerator') return row.numerator;
  if (field === 'denominator') return row.denominator;
  if (field === 'target.value') return row.target?.value;
  return row.notes.find((note) => `note:${note.code}` === field)?.count;
}

/** Reads a shown number back: vi `32.415,5 %`, en `32,415.5 %`. */
function parseShown(text: string, locale: 'vi' | 'en'): number {
  const bare = text.replace(/[\s%]/g, '');
  return Number(
    locale === 'vi' ? bare.replace(/\./g, '').replace(',', '.') : bare.replace(/,/g, ''),
  );
}

async function shownFigures(page: Page, locale: 'vi' | 'en'): Promise<ShownFigure[]> {
  return page.$$eval(
    '[data-value]',
    (elements, lang) =>
      elements.map((element) => {
        const shown = element.querySelector(`[lang="${lang}"]`);
        const box = (shown ?? element).getBoundingClientRect();
        return {
          indicator: element.getAttribute('data-indicator') ?? '',
          period: element.getAttribute('data-period') ?? '',
          scope: element.getAttribute('data-scope') ?? '',
          disaggregation: element.getAttribute('data-disaggregation') ?? '',
          field: element.getAttribute('data-field') ?? '',
          value: element.getAttribute('data-value') ?? '',
          qualifier: element.getAttribute('data-qualifier') ?? '',
          text: shown?.textContent ?? '',
          visible: box.width > 0 && box.height > 0,
        };
      }),
    locale,
  );
}

/** Every shown number is the figure of exactly one embedded row, in raw value and in the text the reader sees. */
function expectFiguresMatch(
  figures: readonly ShownFigure[],
  data: HtmlReportData,
  locale: 'vi' | 'en',
) {
  for (const figure of figures) {
    const matches = data.rows.filter(
      (row) =>
        row.indicator === figure.indicator &&
        `${row.period.start}/${row.period.end}` === figure.period &&
        sameRecord(row.scope, JSON.parse(figure.scope)) &&
        sameRecord(row.disaggregation, JSON.parse(figure.disaggregation)),
    );
    expect(matches, JSON.stringify(figure)).toHaveLength(1);
    const row = matches[0] as ReportRow;
    const raw = figureOf(row, figure.field);
    expect(typeof raw, JSON.stringify(figure)).toBe('number');
    expect(Number(figure.value)).toBe(raw);
    const expected =
      figure.field === 'value' && row.unit === 'ratio' ? (raw as number) * 100 : (raw as number);
    // A lower bound or an approximation carries its sign (≥, ≈), or in the key figures its words (khoảng, hơn, ít
    // nhất); an exact figure neither.
    if (figure.qualifier) {
      const expectedQualifier =
        figure.qualifier === 'EXACT'
          ? undefined
          : figure.qualifier === 'APPROXIMATE'
            ? 'APPROXIMATE'
            : 'AT_LEAST';
      expect(row.qualifier, JSON.stringify(figure)).toBe(expectedQualifier);
    }
    const words = QUALIFIER_WORDS[figure.qualifier]?.[locale];
    const sign = words
      ? words
      : (figure.field === 'value' || figure.field === 'numerator') && row.qualifier
        ? VALUE_QUALIFIER_SIGNS[row.qualifier]
        : '';
    expect(figure.text.startsWith(`${sign} `) || sign === '', JSON.stringify(figure)).toBe(true);
    if (!sign) expect(figure.text, JSON.stringify(figure)).not.toMatch(/[≥≈]/);
    expect(
      Math.abs(parseShown(figure.text.slice(sign.length), locale) - expected),
      JSON.stringify(figure),
    ).toBeLessThanOrEqual(0.05);
    expect(figure.visible, JSON.stringify(figure)).toBe(true);
  }
}

describe.skipIf(!hasChromium)('HTML report in headless Chromium', { timeout: 60_000 }, () => {
  let rows: IndicatorResult[];
  let browser: Browser;
  let page: Page;
  let dir: string;
  const consoleErrors: string[] = [];
  const outsideRequests: string[] = [];
  const failedRequests: string[] = [];

  beforeAll(async () => {
    rows = await exampleRows();
    const html = renderHtmlReport({ rows, period: PERIOD, generatedAt: '2025-01-15T08:00:00Z' });
    dir = mkdtempSync(join(tmpdir(), 'vntip-report-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, html);

    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    console.info(`report-browser.test.ts: Chromium ${browser.version()}`);
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    page.on('requestfailed', (request) => failedRequests.push(request.url()));
    await page.route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
      outsideRequests.push(url);
      return route.abort();
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('renders without errors or requests outside the file', async () => {
    expect(await page.title()).toMatch(/^Báo cáo chỉ số phòng, chống mua bán người/);
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(consoleErrors).toEqual([]);
    expect(outsideRequests).toEqual([]);
    expect(failedRequests).toEqual([]);
  });

  it('shows every chart, in each section that has one', async () => {
    for (const section of ['progress', 'trends'])
      expect(await page.locator(`#${section} svg.chart`).count(), section).toBeGreaterThan(0);
    // Both victims' sex, age and form are unknown: sentences, not one-bar charts reading “Không rõ 2”.
    expect(await page.locator('#breakdowns svg.chart').count()).toBe(0);
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, without the hidden language.
    expect(await page.locator('#breakdowns .unknown-only').first().innerText()).toContain(
      'Chưa rõ giới tính của cả 2 người.',
    );
    const charts = page.locator('svg.chart');
    const count = await charts.count();
    expect(count).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < count; i++) {
      const chart = charts.nth(i);
      expect(await chart.isVisible()).toBe(true);
      expect(await chart.locator(':scope > title').textContent()).not.toBe('');
      expect(await chart.getAttribute('role')).toBe('img');
    }
    expect(await page.locator('svg.chart rect.bar').count()).toBeGreaterThan(0);
  });

  it('embeds the computed rows without lineage, and every shown number matches its row', async () => {
    const json = await page.locator(`#${REPORT_DATA_ELEMENT_ID}`).textContent();
    const data = JSON.parse(json ?? 'null') as HtmlReportData;
    expect(data.rows).toEqual(rows.map(withoutLineage));
    expect(json).not.toContain('lineage');
    const figures = await shownFigures(page, 'vi');
    expect(figures.length).toBeGreaterThan(20);
    expectFiguresMatch(figures, data, 'vi');
  });

  it('shows Vietnamese by default, English hidden', async () => {
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    const heading = page.locator('#progress-heading');
    expect(await heading.locator('[lang="vi"]').isVisible()).toBe(true);
    expect(await heading.locator('[lang="vi"]').textContent()).toBe('Tiến độ so với chỉ tiêu');
    expect(await heading.locator('[lang="en"]').isHidden()).toBe(true);
    expect(await page.getByText('CHƯA XÁC NHẬN với văn bản gốc').first().isVisible()).toBe(true);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'report.png'), fullPage: true });
  });

  it('switches to English with the toggle', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.title()).toMatch(/^Anti-trafficking indicator report/);
    const heading = page.locator('#progress-heading');
    expect(await heading.locator('[lang="en"]').isVisible()).toBe(true);
    expect(await heading.locator('[lang="en"]').textContent()).toBe('Progress against targets');
    expect(await heading.locator('[lang="vi"]').isHidden()).toBe(true);
    const json = await page.locator(`#${REPORT_DATA_ELEMENT_ID}`).textContent();
    expectFiguresMatch(await shownFigures(page, 'en'), JSON.parse(json ?? 'null'), 'en');
    await page.screenshot({ path: join(ARTIFACTS, 'report-en.png'), fullPage: true });
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
  });
});

describe.skipIf(!hasChromium)(
  'internal and protected reports in headless Chromium',
  { timeout: 120_000 },
  () => {
    let browser: Browser;
    let dir: string;
    let rows: IndicatorResult[];

    beforeAll(async () => {
      rows = await exampleRows();
      dir = mkdtempSync(join(tmpdir(), 'vntip-report-'));
      browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    async function open(html: string, name: string): Promise<Page> {
      const file = join(dir, `${name}.html`);
      writeFileSync(file, html);
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      await page.route('**/*', (route) =>
        route.request().url().startsWith('file:') ? route.continue() : route.abort(),
      );
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      return page;
    }

    it('marks every printed page of an internal report NỘI BỘ / INTERNAL', async () => {
      const html = renderHtmlReport({
        rows,
        period: PERIOD,
        generatedAt: '2025-01-15T08:00:00Z',
        profile: 'internal',
      });
      const page = await open(html, 'internal');
      expect(await page.title()).toMatch(/^NỘI BỘ \/ INTERNAL · /);
      expect(await page.locator('.marking').first().isVisible()).toBe(true);
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, 'report-internal.png'), fullPage: true });
      const pdf = join(ARTIFACTS, 'report-internal.pdf');
      await page.pdf({ path: pdf, format: 'A4', printBackground: true });
      const pages = Number(
        /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1],
      );
      expect(pages).toBeGreaterThan(1);
      for (let i = 1; i <= pages; i++) {
        const text = execFileSync('pdftotext', ['-f', String(i), '-l', String(i), pdf, '-'], {
          encoding: 'utf8',
        });
        expect(text, `page ${i}`).toContain('NỘI BỘ / INTERNAL');
      }
      await page.close();
    });

    it('shows withheld cells of a protected (statistical) report as withheld, with no count in any note', async () => {
      const deidentified = await createDeidentifier({
        indicators: Object.values(BUILTIN_INDICATORS).map(({ meta }) => meta),
      })(
        rows.map((row) => ({ recordType: 'indicator_result', record: { ...row } })),
        'statistical',
      );
      const safe: IndicatorResult[] = [];
      for await (const entry of deidentified.records)
        safe.push(entry.record as unknown as IndicatorResult);
      const page = await open(
        renderHtmlReport({ rows: safe, period: PERIOD, generatedAt: '2025-01-15T08:00:00Z' }),
        'statistical',
      );
      expect(await page.locator('.marking').count()).toBe(0);
      expect(await page.locator('.withheld [lang="vi"]').first().textContent()).toBe(
        'ẩn để bảo vệ nạn nhân',
      );
      expect(await page.locator('.note-count').count()).toBe(0);
      const json = await page.locator(`#${REPORT_DATA_ELEMENT_ID}`).textContent();
      const data = JSON.parse(json ?? 'null') as HtmlReportData;
      expect(data.profile).toBe('statistical');
      expectFiguresMatch(await shownFigures(page, 'vi'), data, 'vi');
      for (const figure of await shownFigures(page, 'vi')) {
        const shown = Number(figure.value);
        const row = data.rows.find((r) => r.indicator === figure.indicator);
        const personal = ['victims-identified', 'victims-received', 'victims-supported'].includes(
          row?.indicator ?? '',
        );
        if (
          personal &&
          !JSON.parse(figure.disaggregation).sex?.includes('ALL') &&
          figure.field === 'value'
        )
          expect(shown === 0 || shown >= 11, JSON.stringify(figure)).toBe(true);
      }
      await page.screenshot({ path: join(ARTIFACTS, 'report-statistical.png'), fullPage: true });
      await page.close();
    });
  },
);
