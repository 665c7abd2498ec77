import { describe, expect, it } from 'vitest';
import { mergedRangeName, parseMergedRange } from '../merged-range';
import { findMergedRanges } from './xlsx-merged-cells';

const SHEET =
  '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lt;mergeCell ref="Z1:Z9"/&gt;</t></is></c></row></sheetData>' +
  '<mergeCells count="3"><mergeCell ref="A1:J1"/><x:mergeCell ref="E6:G6"/><mergeCell   ref=\'$B$8:$B$10\' /></mergeCells></worksheet>';

describe('findMergedRanges', () => {
  it('finds every merged range, whatever the prefix and wherever the pieces are cut', () => {
    const expected = ['A1:J1', 'E6:G6', 'B8:B10'];
    expect([...findMergedRanges([SHEET])].map(mergedRangeName)).toEqual(expected);
    for (let cut = 1; cut < SHEET.length; cut++) {
      const pieces = [SHEET.slice(0, cut), SHEET.slice(cut)];
      expect([...findMergedRanges(pieces)].map(mergedRangeName)).toEqual(expected);
    }
    expect([...findMergedRanges(SHEET.split(''))].map(mergedRangeName)).toEqual(expected);
  });

  it('finds none in a sheet without merged cells', () => {
    expect([...findMergedRanges(['<worksheet><sheetData/></worksheet>'])]).toEqual([]);
  });
});

describe('parseMergedRange', () => {
  it('reads ranges and single cells as rows from 1 and columns from 0', () => {
    expect(parseMergedRange('E8:E10')).toEqual({ top: 8, left: 4, bottom: 10, right: 4 });
    expect(parseMergedRange('AA2')).toEqual({ top: 2, left: 26, bottom: 2, right: 26 });
    expect(parseMergedRange('C5:A1')).toEqual({ top: 1, left: 0, bottom: 5, right: 2 });
    expect(parseMergedRange('A0:B2')).toBeUndefined();
    expect(parseMergedRange('1:2')).toBeUndefined();
  });
});
