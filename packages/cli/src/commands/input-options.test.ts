import { describe, expect, it } from 'vitest';
import { CliUsageError } from '../errors';
import { createTranslator } from '../messages';
import { checkToday } from './input-options';

const vi = createTranslator('vi');
const en = createTranslator('en');

/** The message `checkToday` refuses `value` with, in English; undefined when it accepts it. */
function refusal(value: string, t = en): string | undefined {
  try {
    checkToday(t, value);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(CliUsageError);
    expect((error as CliUsageError).exitCode).toBe(2);
    return (error as Error).message;
  }
}

describe('checkToday', () => {
  it('accepts real days of the years the standard covers', () => {
    for (const value of ['2024-12-27', '2028-02-29', '1900-01-01', '2100-12-31']) {
      expect(refusal(value), value).toBeUndefined();
    }
  });

  it('refuses year 0 and days before 1900 or after 2100, naming the option, in vi and en', () => {
    for (const value of ['0000-01-01', '0001-01-01', '1899-12-31', '2101-01-01', '9999-12-31']) {
      const message = refusal(value);
      expect(message, value).toContain(`--today "${value}"`);
      expect(message).toContain('1900-01-01');
      expect(message).toContain('2100-12-31');
    }
    expect(refusal('0000-01-01', vi)).toContain('--today "0000-01-01" nằm ngoài');
  });

  it('refuses days not on the calendar and text not written YYYY-MM-DD', () => {
    expect(refusal('2024-02-30')).toContain('is not a real calendar day');
    expect(refusal('2023-02-29')).toContain('is not a real calendar day');
    expect(refusal('2024-13-01')).toContain('is not a real calendar day');
    expect(refusal('2024-00-10')).toContain('is not a real calendar day');
    for (const value of [
      '24-01-01',
      '2024-1-1',
      '+02024-01-01',
      '2024-01-01T00:00',
      '',
      ' 2024-01-01',
    ]) {
      expect(refusal(value), value).toContain('--today must look like YYYY-MM-DD');
    }
  });
});
