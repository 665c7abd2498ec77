import { describe, expect, it } from 'vitest';
import { escapeCell, escapeCells, unescapeCell, unescapeCells } from './spreadsheet-safety';

describe('escapeCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+84 912 345 678', "'+84 912 345 678"],
    ['-', "'-"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
    [' leading space', "' leading space"],
    ["'quoted'", "''quoted'"],
    ['Bắc Giang', 'Bắc Giang'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j → %j, and back', (text, escaped) => {
    expect(escapeCell(text)).toBe(escaped);
    expect(unescapeCell(escapeCell(text))).toBe(text);
  });

  it('escapes every string of a value, keys excepted, without touching the input', () => {
    const input = Object.freeze({ '=k': Object.freeze(['=a', 'b']), n: -1 });
    const escaped = escapeCells(input);
    expect(escaped).toEqual({ '=k': ["'=a", 'b'], n: -1 });
    expect(unescapeCells(escaped)).toEqual(input);
  });

  it('keeps __proto__ as data when unescaping', () => {
    const parsed = JSON.parse('{"__proto__": {"x": "\'=1"}}');
    const out = unescapeCells(parsed) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toEqual({ x: '=1' });
  });
});
