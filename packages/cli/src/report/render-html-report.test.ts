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

/** The text a reader sees in one language: no embedded JSON, no script, no SVG, the other language left out. */
function visibleText(html: string, locale: 'vi' | 'en'): string {
  const other = locale === 'vi' ? 'en' : 'vi';
  return html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(new RegExp(`<(\\w+) lang="${other}">[\\s\\S]*?</\\1>`, 'g'), '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

const national = { level: 'national', code: 'VN' } as const;
const year = { start: '2024-01-01', end: '2024-12-31' };
const seedRows: IndicatorResult[] = [
  row({
    indicator: 'activities-by-type',
    scope: national,
    disaggregation: { activityType: 'CONTEST' },
    value: 3,
    numerator: 3,
  }),
  row({
    indicator: 'activities-by-type',
    scope: national,
    disaggregation: { activityType: 'CONFERENCE' },
    value: 30,
    numerator: 30,
  }),
  row({
    indicator: 'participants-by-activity-type',
    scope: national,
    disaggregation: { activityType: 'CONTEST' },
    value: 5000,
    numerator: 5000,
    qualifier: 'APPROXIMATE',
  }),
  row({
    indicator: 'participants-by-activity-type',
    scope: national,
    disaggregation: { activityType: 'CONFERENCE' },
    value: 10000,
    numerator: 10000,
    qualifier: 'AT_LEAST',
    notes: [{ code: 'value_more_than', message: { vi: 'trên', en: 'more than' } }],
  }),
  row({
    indicator: 'items-distributed-by-unit',
    scope: national,
    disaggregation: { unit: 'COPY', activityType: 'LEAFLET' },
    value: 32415,
    numerator: 32415,
  }),
  row({
    indicator: 'items-distributed-by-unit',
    scope: national,
    disaggregation: { unit: 'ITEM', activityType: 'RADIO_ITEM' },
    value: 178,
    numerator: 178,
  }),
  row({
    indicator: 'people-trained',
    scope: national,
    disaggregation: { targetGroup: 'VICTIM_SUPPORT_OFFICIALS' },
    value: 200,
    numerator: 200,
    qualifier: 'AT_LEAST',
    notes: [{ code: 'value_more_than', message: { vi: 'trên', en: 'more than' } }],
  }),
  row({
    indicator: 'people-trained',
    scope: national,
    disaggregation: { targetGroup: 'TEACHERS' },
    value: 40,
    numerator: 40,
    qualifier: 'AT_LEAST',
    notes: [{ code: 'value_at_least', message: { vi: 'ít nhất', en: 'at least' } }],
  }),
  row({
    indicator: 'victims-identified',
    scope: national,
    disaggregation: { sex: 'ALL' },
    value: 2,
    numerator: 2,
  }),
  row({
    indicator: 'victims-rescued-handed-over',
    scope: national,
    disaggregation: { event: 'HANDOVER_TO_FAMILY' },
    value: null,
    numerator: null,
    status: 'no_data',
    notes: [{ code: 'small_cell_suppressed', message: { vi: 'Ẩn.', en: 'Withheld.' } }],
  }),
  row({
    indicator: 'victims-identified',
    scope: national,
    disaggregation: { sex: 'FEMALE' },
    value: null,
    numerator: null,
    status: 'no_data',
    notes: [{ code: 'small_cell_suppressed', message: { vi: 'Ẩn.', en: 'Withheld.' } }],
  }),
  row({
    indicator: 'victim-support-access-rate',
    unit: 'ratio',
    scope: national,
    disaggregation: {},
    value: null,
    numerator: null,
    status: 'no_data',
    notes: [
      {
        code: 'support_not_requested',
        count: 2,
        message: { vi: 'Không đề nghị.', en: 'None asked.' },
      },
      { code: 'missing_denominator', message: { vi: 'Mẫu số 0.', en: 'Denominator 0.' } },
    ],
    ...(target ? { target } : {}),
  }),
  row({
    indicator: 'media-items-per-outlet-month',
    scope: national,
    disaggregation: { mediaOutletId: 'BG24-MO-1', month: '2024-01' },
    value: 4,
    numerator: 4,
  }),
  row({
    indicator: 'media-items-per-outlet-month',
    scope: national,
    disaggregation: { mediaOutletId: 'BG24-MO-2', month: '2024-02' },
    value: 1,
    numerator: 1,
  }),
  row({
    indicator: 'median-days-to-first-support',
    unit: 'days',
    scope: national,
    disaggregation: {},
    value: 1234.5,
    numerator: 1234.5,
  }),
].map((r) => ({ ...r, period: year }));

const seedInput = {
  rows: seedRows,
  period: year,
  generatedAt: '2025-01-15T08:00:00Z',
  names: { 'BG24-MO-1': 'Đài phát thanh cơ sở tỉnh Bắc Giang' },
  protection: { threshold: 11, suppressed: 1, complementary: 1 },
};

describe('renderHtmlReport for a provincial director', () => {
  const html = renderHtmlReport(seedInput);
  const vi = visibleText(html, 'vi');
  const en = visibleText(html, 'en');

  it('leads with the key figures, each with its qualifier in words', () => {
    expect(html.indexOf('<section id="key-figures"')).toBeLessThan(
      html.indexOf('<section id="progress"'),
    );
    expect(html.indexOf('<section id="key-figures"')).toBeGreaterThan(html.indexOf('<main>'));
    expect(vi).toContain('Cuộc thi, hội thi : 3 hoạt động');
    expect(vi).toContain('Số người tham dự theo loại hoạt động');
    expect(vi).not.toContain('participants-by-activity-type');
    expect(vi).toContain('khoảng 5.000 người tham dự');
    expect(vi).toContain('hơn 10.000 người tham dự');
    expect(vi).toContain('hơn 200 người');
    expect(vi).toContain('ít nhất 40 người');
    expect(vi).toContain('32.415 bản');
    expect(vi).toContain('178 tin, bài');
    expect(en).toContain('about 5,000 participants');
    expect(en).toContain('more than 10,000 participants');
    expect(en).toContain('more than 200 persons');
    expect(en).toContain('at least 40 persons');
    expect(en).toContain('30 activities ( exact )');
    expect(vi).toContain('Số người được xác định là nạn nhân : 2 người ( số chính xác )');
    expect(vi).toContain('Số người được bàn giao về gia đình : ẩn để bảo vệ nạn nhân');
    expect(vi).toContain('Số người được tiếp nhận : không có bản ghi trong kỳ');
  });

  it('writes a sentence, not an empty band, when the data has no key figure', () => {
    const none = renderHtmlReport({
      ...seedInput,
      rows: seedRows.filter((r) => r.indicator === 'median-days-to-first-support'),
    });
    const section = /<section id="key-figures"[\s\S]*?<\/section>/.exec(none)?.[0] ?? '';
    expect(section).not.toContain('class="key-figures"');
    expect(section).not.toContain('key-card');
    expect(visibleText(section, 'vi')).toContain(
      'Dữ liệu của kỳ và địa bàn này không có số liệu chính nào: không có hoạt động phòng ngừa, sản phẩm tuyên truyền, lớp tập huấn hay nạn nhân nào được ghi nhận.',
    );
    expect(visibleText(section, 'en')).toContain('holds no key figures');
    const nothing = renderHtmlReport({ ...seedInput, rows: [] });
    expect(visibleText(nothing, 'vi')).toContain('không có số liệu chính nào');
  });

  it('writes a breakdown whose only category is unknown as a sentence, not a one-bar chart', () => {
    const unknown = renderHtmlReport({
      ...seedInput,
      rows: [
        row({ period: year, value: 2, numerator: 2 }),
        row({ period: year, disaggregation: { sex: 'UNKNOWN' }, value: 2, numerator: 2 }),
        row({ period: year, disaggregation: { form: 'UNKNOWN' }, value: 1, numerator: 1 }),
        row({ period: year, disaggregation: { age: 'UNDER_18' }, value: 2, numerator: 2 }),
      ],
    });
    const section = /<section id="breakdowns"[\s\S]*?<\/section>/.exec(unknown)?.[0] ?? '';
    expect(visibleText(section, 'vi')).toContain('Chưa rõ giới tính của cả 2 người.');
    expect(visibleText(section, 'en')).toContain('The sex of all 2 persons is unknown.');
    expect(visibleText(section, 'vi')).toContain('Chưa rõ hình thức bóc lột của 1 người.');
    expect(visibleText(section, 'en')).toContain(
      'The form of exploitation of the 1 person is unknown.',
    );
    // Only the age breakdown, with a known category, is drawn.
    expect(section.match(/<svg class="chart"/g)).toHaveLength(1);
    expect(section).toContain('data-disaggregation="{&quot;sex&quot;:&quot;UNKNOWN&quot;}"');
  });

  it('says on the target card why there is no value, beside its instrument', () => {
    const card = /<article class="progress-item"[\s\S]*?<\/article>/.exec(html)?.[0] ?? '';
    expect(visibleText(card, 'vi')).toContain(
      'Không có nạn nhân nào đề nghị hỗ trợ nên tỷ lệ không tính được.',
    );
    expect(visibleText(card, 'en')).toContain(
      'No victim asked for support, so the rate cannot be computed.',
    );
    expect(card).toContain('525/QĐ-LĐTBXH');
    expect(visibleText(card, 'en')).toContain('Clause');
  });

  it('names outlets from the data, months by name, and falls back to the id', () => {
    expect(vi).toContain('Đài phát thanh cơ sở tỉnh Bắc Giang · Tháng 01/2024');
    expect(en).toContain('Đài phát thanh cơ sở tỉnh Bắc Giang · January 2024');
    expect(vi).not.toContain('BG24-MO-1');
    expect(vi).toContain('BG24-MO-2 · Tháng 02/2024');
  });

  it('formats numbers per language and shows the time in Asia/Ho_Chi_Minh with its offset', () => {
    expect(vi).toContain('1.234,5');
    expect(en).toContain('1,234.5');
    expect(vi).toContain('15/01/2025 15:00 (UTC+07:00)');
    expect(en).toContain('2025-01-15 15:00 (UTC+07:00)');
    expect(vi).not.toContain('08:00');
  });

  it('says in words where a figure of the statistical report was withheld and why', () => {
    const section = /<section id="withheld"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    const text = visibleText(section, 'vi');
    expect(text).toContain('Số người được xác định là nạn nhân · Toàn quốc · Năm 2024');
    expect(text).toContain('Ẩn 1 ô: Giới tính: Nữ.');
    expect(text).toContain('Bước: Bàn giao về gia đình');
    expect(text).toContain('số nhỏ (dưới 11)');
    expect(text).toContain(
      'Tổng cộng 2 ô bị ẩn: 1 ô vì là số nhỏ, 1 ô để không suy ra được các ô đó.',
    );
    expect(visibleText(section, 'en')).toContain('1 withheld: Sex: Female.');
    expect(html).not.toContain('NỘI BỘ');
    expect(visibleText(html, 'vi')).toContain('Hồ sơ bảo mật thống kê (đã bảo vệ)');
  });

  it('marks an internal report NỘI BỘ / INTERNAL on screen and in the header of every printed page', () => {
    const internal = renderHtmlReport({ ...seedInput, profile: 'internal' });
    expect(internal).toContain('<body class="internal">');
    expect(internal).toMatch(/<div class="marking"[^>]*>NỘI BỘ \/ INTERNAL<\/div>/);
    expect(internal).toMatch(/<div class="print-header"[^>]*><strong>NỘI BỘ \/ INTERNAL<\/strong>/);
    expect(internal).toContain('@top-center{content:"NỘI BỘ / INTERNAL"');
    expect(internal).toContain('@bottom-center{content:"NỘI BỘ / INTERNAL"');
    expect(internal).toMatch(/@media print\{[\s\S]*\.print-header\{display:block/);
    expect(visibleText(internal, 'en')).toContain('Privacy profile internal (every figure)');
  });
});
