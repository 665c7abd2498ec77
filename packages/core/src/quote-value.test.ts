import { describe, expect, it } from 'vitest';
import { MAX_QUOTED_CHARS, quoteValue } from './quote-value';

describe('quoteValue', () => {
  it('keeps a short value as it is', () => {
    expect(quoteValue('FEMALE', 'vi')).toBe('FEMALE');
    expect(quoteValue(1998, 'en', 'quasi_identifier')).toBe('1998');
  });

  it(`cuts a long value to ${MAX_QUOTED_CHARS} characters, never inside a code point`, () => {
    const made = 'Người Mẫu Thử Số Một, 0900 000 000';
    expect(quoteValue(made, 'vi')).toBe('Người Mẫu Thử Số Một…');
    expect(quoteValue('😀'.repeat(30), 'en')).toBe(`${'😀'.repeat(20)}…`);
  });

  it('quotes nothing of a direct identifier or a sensitive field', () => {
    expect(quoteValue('P-0001', 'vi', 'direct_identifier')).toBe('(giá trị được ẩn)');
    expect(quoteValue('POOR', 'en', 'sensitive')).toBe('(value withheld)');
  });
});
