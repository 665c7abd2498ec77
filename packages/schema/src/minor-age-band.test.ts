import { describe, expect, it } from 'vitest';
import { CODELISTS } from './generated/codelists';
import { isMinorAgeBand, MINOR_AGE_BANDS } from './minor-age-band';

describe('isMinorAgeBand', () => {
  it('holds the bands wholly under 18, including the Art. 151 / Art. 150 bands of the 2015 Criminal Code', () => {
    expect([...MINOR_AGE_BANDS].sort()).toEqual([
      'AGE_0_8',
      'AGE_16_17',
      'AGE_9_17',
      'UNDER_16',
      'UNDER_18',
    ]);
  });

  it('leaves out adult bands and UNKNOWN', () => {
    for (const band of ['AGE_18_20', 'AGE_48_PLUS', 'ADULT_18_PLUS', 'UNKNOWN'])
      expect(isMinorAgeBand(band), band).toBe(false);
  });

  it('names only codes of the ageBand codelist', () => {
    const codes = new Set(CODELISTS.ageBand?.rows.map((row) => row.code));
    for (const band of MINOR_AGE_BANDS) expect(codes.has(band), band).toBe(true);
  });
});
