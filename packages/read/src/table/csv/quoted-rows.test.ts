import { describe, expect, it } from 'vitest';
import { quotedRows } from './quoted-rows';

describe('quotedRows', () => {
  it('counts the inner lines shaped like rows, the closing line with the cells after the quote', () => {
    // Notes in the middle column: the closing line `P-3,ok` goes on with `,MALE` after the quote.
    expect(quotedRows(['P-1', 'x\nP-2,,FEMALE\nP-3,ok', 'MALE'], 3, ',')).toEqual([
      { field: 1, lines: 3, lineOffset: 0, count: 2 },
    ]);
  });

  it('needs both the header width and a first field shaped like the row id', () => {
    // Right width, but the lines start with words, or with an id of another shape.
    expect(quotedRows(['P-1', 'a\nGặp lại,sau\n12,3'], 3, ',')).toEqual([]);
    // Id-shaped, but one delimiter short of the header.
    expect(quotedRows(['P-1', 'a\nP-2,b'], 4, ',')).toEqual([]);
    expect(quotedRows(['P-1', 'a\r\nP-2;b;c'], 3, ';')).toEqual([
      { field: 1, lines: 2, lineOffset: 0, count: 1 },
    ]);
  });

  it('falls back to an id holding a digit when the multi-line cell is the first one', () => {
    expect(quotedRows(['a\nP-2,b,c', 'x', 'y'], 3, ',')).toEqual([]);
    expect(quotedRows(['a\nP-2,b', 'y'], 3, ',')).toEqual([
      { field: 0, lines: 2, lineOffset: 0, count: 1 },
    ]);
    expect(quotedRows(['a\nbên,b', 'y'], 3, ',')).toEqual([]);
  });

  it('gives each cell the line of its opening quote', () => {
    expect(quotedRows(['P-1', 'a\nb', 'c\nP-2,x,y'], 3, ',')).toEqual([
      { field: 2, lines: 2, lineOffset: 1, count: 1 },
    ]);
  });
});
