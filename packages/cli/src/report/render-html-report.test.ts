import type { IndicatorResult } from '@vntip/indicators';
import { NATIONAL_TARGETS } from '@vntip/schema';
import { describe, expect, it } from 'vitest';
import {
  type HtmlReportData,
  REPORT_DATA_ELEMENT_ID,
  renderHtmlReport,
} from './render-html-report';

const period = { start: '2023-01-01', end: '2024-12-31' };
const scope = { level: 'province', code: '24', codeListVersion: '124/2004' } as const;
const target = NATIONAL_TARGETS.find(
  (t) => t.indicatorId === 'victim-support-access-rate' && t.status === 'UNCONFIRMED',
);

function row(overrides: Partial<IndicatorResult>): IndicatorResult {
  return {
    indicator: 'victims-identified',
    unit: 'count',
    period: { start: '2024-01-01', end: '2024-12-31' },
    scope,
    disaggregation: { sex: 'ALL' },
    numerator: 3,
    denominator: null,
    value: 3,
    lineage: ['BG24-P-SECRET-1', 'BG24-P-SECRET-2'],
    notes: [],
    status: 'not_quantified',
    ...overrides,
  };
}

const rows: IndicatorResult[] = [
  row({}),
  row({ period: { start: '2023-01-01', end: '2023-12-31' }, numerator: 1, value: 1 }),
  row({ disaggregation: { sex: 'FEMALE' }, numerator: 2, value: 2 }),
  row({ disaggregation: { age: 'UNDER_18' }, numerator: 1, value: 1 }),
  row({ disaggregation: { ageBand: 'AGE_9_17' }, numerator: 1, value: 1 }),
  row({ disaggregation: { form: 'FORCED_LABOUR' }, numerator: 2, value: 2 }),
  row({
    indicator: 'victim-support-access-rate',
    unit: 'ratio',
    disaggregation: {},
    numerator: 3,
    denominator: 4,
    value: 0.75,
    status: 'not_met',
    ...(target ? { target } : {}),
  }),
  row({
    indicator: 'activities-by-type',
    disaggregation: { activityType: '<script>alert(1)</script>' },
    notes: [{ code: 'odd<note>', count: 2, message: { vi: 'Ghi chú <b>', en: 'Note <b>' } }],
  }),
];

const input = { rows, period, generatedAt: '2025-01-15T08:00:00Z' };

function embedded(html: string): HtmlReportData {
  const match = new RegExp(
    `<script type="application/json" id="${REPORT_DATA_ELEMENT_ID}">(.*?)</script>`,
    's',
  ).exec(html);
  return JSON.parse(match?.[1] ?? 'null') as HtmlReportData;
}

describe('renderHtmlReport', () => {
  const html = renderHtmlReport(input);

  it('is deterministic for the same input', () => {
    expect(renderHtmlReport(input)).toBe(html);
    expect(renderHtmlReport({ ...input, rows: [...rows] })).toBe(html);
  });

  it('opens in Vietnamese, with English in the page', () => {
    expect(html).toContain('<html lang="vi" data-locale="vi"');
    expect(html).toContain('<span lang="vi">Tiến độ so với chỉ tiêu</span>');
    expect(html).toContain('<span lang="en">Progress against targets</span>');
    expect(html).toContain('html[data-locale="vi"] body [lang="en"]');
    expect(renderHtmlReport({ ...input, locale: 'en' })).toContain(
      '<html lang="en" data-locale="en"',
    );
  });

  it('writes no lineage and no record id of a person', () => {
    expect(html).not.toContain('SECRET');
    expect(html).not.toContain('lineage');
    expect(embedded(html).rows).toEqual(rows.map(({ lineage: _, ...rest }) => rest));
  });

  it('escapes every text from the data', () => {
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('odd&lt;note&gt;');
    expect(html.match(/<script/g)).toHaveLength(2);
  });

  it('refers to nothing outside the page', () => {
    for (const [, url] of html.matchAll(/\b(?:src|href)\s*=\s*"([^"]*)"/g))
      expect(url).toMatch(/^(#|data:)/);
    expect(html).not.toMatch(/https?:|url\(|@import|\/\//);
  });

  it('has the sections and charts: progress with source and UNCONFIRMED, trends, breakdowns', () => {
    for (const id of ['progress', 'trends', 'breakdowns', 'prevention', 'other', 'quality'])
      expect(html).toContain(`<section id="${id}"`);
    expect(html).toContain('CHƯA XÁC NHẬN');
    expect(html).toContain('525/QĐ-LĐTBXH');
    expect(html).toContain('data-status="not_met"');
    expect(html.match(/<svg class="chart"/g)?.length).toBeGreaterThanOrEqual(6);
    expect(html).toContain('<span lang="vi">75 %</span>');
  });

  it('puts data attributes on every number it shows', () => {
    const figures = [...html.matchAll(/class="figure[^"]*"([^>]*)>/g)].map((m) => m[1] ?? '');
    expect(figures.length).toBeGreaterThan(10);
    for (const attributes of figures)
      for (const name of ['data-indicator', 'data-disaggregation', 'data-value'])
        expect(attributes).toContain(`${name}="`);
  });
});
