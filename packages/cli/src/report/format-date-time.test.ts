import { describe, expect, it } from 'vitest';
import { dateTimeLabel, monthLabel } from './format-date-time';

describe('dateTimeLabel', () => {
  it('shows a UTC time in Asia/Ho_Chi_Minh with the offset', () => {
    expect(dateTimeLabel('2025-01-15T20:30:00Z')).toEqual({
      vi: '16/01/2025 03:30 (UTC+07:00)',
      en: '2025-01-16 03:30 (UTC+07:00)',
    });
  });

  it('converts a time given with another offset', () => {
    expect(dateTimeLabel('2025-06-01T09:00:00+02:00').vi).toBe('01/06/2025 14:00 (UTC+07:00)');
  });

  it('gives back text that is no date-time', () => {
    expect(dateTimeLabel('hôm qua')).toEqual({ vi: 'hôm qua', en: 'hôm qua' });
  });
});

describe('monthLabel', () => {
  it('names a month in both languages', () => {
    expect(monthLabel('2024-01')).toEqual({ vi: 'Tháng 01/2024', en: 'January 2024' });
    expect(monthLabel('BG24')).toEqual({ vi: 'BG24', en: 'BG24' });
  });
});
