import { describe, expect, it } from 'vitest';
import { formatIndicatorValue, formatNumber } from './format-number';

describe('formatNumber', () => {
  it('groups thousands and uses the decimal mark of each language', () => {
    expect(formatNumber(32415.5, 2, 'vi')).toBe('32.415,5');
    expect(formatNumber(32415.5, 2, 'en')).toBe('32,415.5');
    expect(formatNumber(1234567, 0, 'vi')).toBe('1.234.567');
    expect(formatNumber(-0.001, 1, 'en')).toBe('0');
    expect(formatNumber(-1200, 0, 'en')).toBe('-1,200');
  });

  it('shows ratios as percentages', () => {
    expect(formatIndicatorValue(0.8555, 'ratio', 'vi')).toBe('85,6 %');
    expect(formatIndicatorValue(1, 'ratio', 'en')).toBe('100 %');
    expect(formatIndicatorValue(12, 'count', 'en')).toBe('12');
  });
});
