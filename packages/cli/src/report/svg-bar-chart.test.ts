import type { IndicatorResult } from '@vntip/indicators';
import { describe, expect, it } from 'vitest';
import { renderBarChart } from './svg-bar-chart';

const row: IndicatorResult = {
  indicator: 'victims-identified',
  unit: 'count',
  period: { start: '2024-01-01', end: '2024-12-31' },
  scope: { level: 'national', code: 'VN' },
  disaggregation: { sex: 'FEMALE' },
  numerator: 1200,
  denominator: null,
  value: 1200,
  lineage: ['P-1'],
  notes: [],
  status: 'not_quantified',
};

describe('renderBarChart', () => {
  const svg = renderBarChart({
    id: 'c-1',
    title: { vi: 'Theo <giới tính>', en: 'By sex' },
    bars: [
      { label: { vi: 'Nữ', en: 'Female' }, row },
      { label: { vi: 'Nam', en: 'Male' }, row: undefined },
    ],
    marker: { at: 1500, label: { vi: 'Chỉ tiêu', en: 'Target' } },
  });

  it('is an accessible image with an escaped title', () => {
    expect(svg).toMatch(/^<svg class="chart" id="c-1" role="img" aria-labelledby="c-1-title"/);
    expect(svg).toContain('<title id="c-1-title">Theo &lt;giới tính&gt; / By sex</title>');
  });

  it('draws a bar with its value as text and data attributes, and marks missing data in words', () => {
    expect(svg.match(/<rect class="bar"/g)).toHaveLength(1);
    expect(svg).toContain('data-value="1200"');
    expect(svg).toContain('data-disaggregation="{&quot;sex&quot;:&quot;FEMALE&quot;}"');
    expect(svg).toContain('<tspan lang="vi">1.200</tspan><tspan lang="en">1,200</tspan>');
    expect(svg).toContain('<tspan lang="vi">không có số liệu</tspan>');
    expect(svg).toContain('class="marker"');
    expect(svg).not.toContain('P-1');
  });
});
