import type { ExportRecord } from '@vntip/core';
import { describe, expectTypeOf, it } from 'vitest';
import type { IndicatorResult } from './compute-indicators';

describe('IndicatorResult', () => {
  it('is a record that exportRecords takes as it is, without a cast', () => {
    expectTypeOf<IndicatorResult>().toExtend<ExportRecord['record']>();
  });
});
