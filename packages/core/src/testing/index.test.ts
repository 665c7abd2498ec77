import { describe, expect, it } from 'vitest';
import * as api from './index';

describe('public API of @vntip/core/testing', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "SAMPLE_RECORDS",
        "exporterConformance",
        "firstDifference",
        "indicatorConformance",
      ]
    `);
  });
});
