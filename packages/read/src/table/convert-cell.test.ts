import { describe, expect, it } from 'vitest';
import {
  convertCell,
  excelSerialToDate,
  parseBoolean,
  parseDate,
  parseVietnameseNumber,
} from './convert-cell';
import type { LeafSpec } from './schema-fields';

const leaf = (kinds: LeafSpec['kinds'], extra: Partial<LeafSpec> = {}): LeafSpec => ({
  kinds,
  date: false,
  ...extra,
});

describe('parseVietnameseNumber', () => {
  it.each([
    ['7415', 7415],
    ['7.415', 7415],
    ['1.234.567', 1234567],
    ['1.234,5', 1234.5],
    ['0,5', 0.5],
    ['1234,75', 1234.75],
    ['3.5', 3.5],
    ['-12', -12],
    ['1 234 567', 1234567],
    ['1,234,567', 1234567],
    ['1,234.5', 1234.5],
    ['7,415', 7.415],
  ])('reads %s as %d', (text, value) => {
    expect(parseVietnameseNumber(text)).toBe(value);
  });

  it.each(['', 'abc', '1.23.4', '1,2,3', '12a', '--1', '1e5', 'Infinity'])('refuses %j', (text) => {
    expect(parseVietnameseNumber(text)).toBeUndefined();
  });
});

describe('dates', () => {
  it('reads dd/mm/yyyy, ISO dates and Excel serials', () => {
    expect(parseDate('05/03/2024')).toBe('2024-03-05');
    expect(parseDate('5-3-2024')).toBe('2024-03-05');
    expect(parseDate('29.02.2024')).toBe('2024-02-29');
    expect(parseDate('5/3/24')).toBe('2024-03-05');
    expect(parseDate('15/03/95')).toBe('1995-03-15');
    expect(parseDate('29/02/23')).toBeUndefined();
    expect(parseDate('2024-12-31')).toBe('2024-12-31');
    expect(parseDate(45292)).toBe('2024-01-01');
    expect(parseDate('45292')).toBe('2024-01-01');
    expect(parseDate(new Date(Date.UTC(2024, 6, 1)))).toBe('2024-07-01');
  });

  it('refuses impossible dates', () => {
    for (const text of ['31/02/2024', '29/02/2023', '2024-13-01', '00/01/2024', 'hôm qua']) {
      expect(parseDate(text)).toBeUndefined();
    }
  });

  it('counts serials the way Excel does, 1900 and 1904 systems', () => {
    expect(excelSerialToDate(1)).toBe('1900-01-01');
    expect(excelSerialToDate(59)).toBe('1900-02-28');
    expect(excelSerialToDate(60)).toBeUndefined();
    expect(excelSerialToDate(61)).toBe('1900-03-01');
    expect(excelSerialToDate(45292.75)).toBe('2024-01-01');
    expect(excelSerialToDate(0, true)).toBeUndefined();
    expect(excelSerialToDate(43830, true)).toBe('2024-01-01');
    expect(excelSerialToDate(3_000_000)).toBeUndefined();
  });
});

describe('convertCell', () => {
  it('reads booleans in Vietnamese and English', () => {
    for (const yes of ['true', 'Có', 'co', 'X', 'yes', '1', 'Đúng', true, 1])
      expect(parseBoolean(yes)).toBe(true);
    for (const no of ['false', 'KHÔNG', 'khong', 'no', '0', 'sai', false, 0])
      expect(parseBoolean(no)).toBe(false);
    expect(parseBoolean('maybe')).toBeUndefined();
  });

  it('turns codes written as labels or in any case into codes', () => {
    const sex = leaf(new Set(['string']), { codelist: 'sex' });
    expect(convertCell('Nữ', sex)).toEqual({ ok: true, value: 'FEMALE', readFrom: 'Nữ' });
    expect(convertCell('nu', sex)).toEqual({ ok: true, value: 'FEMALE', readFrom: 'nu' });
    expect(convertCell('male', sex)).toEqual({ ok: true, value: 'MALE', readFrom: 'male' });
    expect(convertCell('FEMALE', sex)).toEqual({ ok: true, value: 'FEMALE' });
    expect(convertCell('F', sex)).toEqual({ ok: true, value: 'F' });
    const unit = leaf(new Set(['string']), { codelist: 'outputUnit' });
    // Aliases the codelist declares: what officers write for copies and banners.
    expect(convertCell('tờ', unit)).toEqual({ ok: true, value: 'COPY', readFrom: 'tờ' });
    expect(convertCell('Pano', unit)).toEqual({ ok: true, value: 'PANEL', readFrom: 'Pano' });
  });

  it('writes numbers of text fields without losing fixed-width zeros', () => {
    const code = leaf(new Set(['string']), { digits: 5 });
    expect(convertCell(123, code)).toEqual({ ok: true, value: '00123' });
    expect(convertCell('7', code)).toEqual({ ok: true, value: '00007' });
    expect(convertCell(123456, code)).toEqual({ ok: true, value: '123456' });
    expect(convertCell(12, leaf(new Set(['string'])))).toEqual({ ok: true, value: '12' });
  });

  it('says what an integer, number, date or boolean cell should have held', () => {
    expect(convertCell('1,5', leaf(new Set(['integer'])))).toEqual({
      ok: false,
      expected: 'integer',
    });
    expect(convertCell('1,5', leaf(new Set(['number'])))).toEqual({ ok: true, value: 1.5 });
    expect(convertCell('abc', leaf(new Set(['number'])))).toEqual({
      ok: false,
      expected: 'number',
    });
    expect(convertCell('abc', leaf(new Set(['string']), { date: true }))).toEqual({
      ok: false,
      expected: 'date',
    });
    expect(convertCell('?', leaf(new Set(['boolean'])))).toEqual({
      ok: false,
      expected: 'boolean',
    });
  });
});
