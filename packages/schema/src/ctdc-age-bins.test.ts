import { describe, expect, it } from 'vitest';
import { CTDC_AGE_BINS, ctdcAgeBin } from './ctdc-age-bins';

describe('CTDC age bins', () => {
  it('reads the nine CTDC bins of the ageBand codelist, youngest first', () => {
    expect(CTDC_AGE_BINS.map((bin) => bin.code)).toEqual([
      'AGE_0_8',
      'AGE_9_17',
      'AGE_18_20',
      'AGE_21_23',
      'AGE_24_26',
      'AGE_27_29',
      'AGE_30_38',
      'AGE_39_47',
      'AGE_48_PLUS',
    ]);
  });

  it('bins an age at the edges', () => {
    expect([0, 8, 9, 17, 18, 47, 48, 99].map(ctdcAgeBin)).toEqual([
      'AGE_0_8',
      'AGE_0_8',
      'AGE_9_17',
      'AGE_9_17',
      'AGE_18_20',
      'AGE_39_47',
      'AGE_48_PLUS',
      'AGE_48_PLUS',
    ]);
    expect(ctdcAgeBin(-1)).toBeUndefined();
  });
});
