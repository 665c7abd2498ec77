import type { IndicatorResult } from '@vntip/indicators';
import { describe, expect, it } from 'vitest';
import { compareRows, comparisonCell, comparisonSection } from './comparison-section';
import { createReportContext } from './report-context';

const y2024 = { start: '2024-01-01', end: '2024-12-31' };
const province = (code: string) =>
  ({ level: 'province', code, codeListVersion: '124/2004' }) as const;

function row(overrides: Partial<IndicatorResult>): IndicatorResult {
  return {
    indicator: 'victims-identified',
    unit: 'count',
    period: y2024,
    scope: province('24'),
    disaggregation: { sex: 'ALL' },
    numerator: 1,
    denominator: null,
    value: 1,
    lineage: [],
    notes: [],
    status: 'not_quantified',
    ...overrides,
  };
}

function text(html: string, locale: 'vi' | 'en'): string {
  const other = locale === 'vi' ? 'en' : 'vi';
  return html
    .replace(new RegExp(`<(\\w+) lang="${other}">[\\s\\S]*?</\\1>`, 'g'), '')
    .replace(/<\/td>/g, ' | ')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('compareRows', () => {
  it('gives the direction and difference in the unit shown, rates in percentage points', () => {
    const a = row({ unit: 'ratio', value: 0.5 });
    const b = row({ unit: 'ratio', value: 0.625 });
    const up = compareRows(b, a);
    expect(up).toEqual({ direction: 'up', difference: 12.5 });
    expect(text(comparisonCell(up, b, 'time'), 'vi')).toBe('▲ tăng 12,5 điểm %');
    expect(text(comparisonCell(up, b, 'time'), 'en')).toBe('▲ up 12.5 percentage points');
    expect(compareRows(a, b)).toEqual({ direction: 'down', difference: -12.5 });
    expect(compareRows(a, row({ unit: 'ratio', value: 0.50001 })).direction).toBe('same');
  });

  it('makes no comparison with a missing figure or an estimate, and says why', () => {
    const missing = compareRows(row({}), row({ value: null }));
    expect(missing).toEqual({ direction: 'none', reason: 'missing' });
    expect(compareRows(row({}), undefined)).toEqual(missing);
    const suppressed = row({
      value: null,
      notes: [{ code: 'small_cell_suppressed', message: { vi: 'Ẩn.', en: 'Withheld.' } }],
    });
    expect(compareRows(row({}), suppressed)).toEqual({ direction: 'none', reason: 'withheld' });
    expect(text(comparisonCell(compareRows(suppressed, row({})), suppressed, 'area'), 'vi')).toBe(
      'không so sánh (số liệu được ẩn để bảo vệ nạn nhân)',
    );
    const inexact = compareRows(row({ value: 5, qualifier: 'AT_LEAST' }), row({ value: 2 }));
    expect(inexact).toEqual({ direction: 'none', reason: 'inexact' });
    expect(text(comparisonCell(inexact, row({}), 'time'), 'vi')).toBe(
      'không so sánh chắc chắn được (số ước lượng)',
    );
    expect(text(comparisonCell(inexact, row({}), 'time'), 'en')).not.toMatch(/[▲▼=]/);
  });
});

describe('comparisonSection', () => {
  it('is empty for one period and one area', () => {
    expect(comparisonSection(createReportContext([row({})]))).toBe('');
  });

  it('compares a province with the mean of several others', () => {
    const rows = [
      row({ value: 6 }),
      row({ scope: province('25'), value: 2 }),
      row({ scope: province('26'), value: 4 }),
    ];
    const html = comparisonSection(createReportContext(rows));
    const first = /<tbody><tr>([\s\S]*?)<\/tr>/.exec(html)?.[1] ?? '';
    expect(text(first, 'vi')).toBe(
      'Số người được xác định là nạn nhân | Tỉnh Bắc Giang (124/2004) | 6 | Trung bình các tỉnh khác: 3 | ▲ cao hơn 3 (+100 %) |',
    );
    // One period: no year-over-year table, only the areas.
    expect(html.match(/<table>/g)).toHaveLength(1);
  });
});
