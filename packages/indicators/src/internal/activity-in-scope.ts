import type { IndicatorContext, RecordEntry } from '@vntip/core';
import { inPeriod } from './in-period';

/** Whether a record is a prevention activity that starts in the period and took place in the scope. */
export function activityInScope(
  { recordType, record }: Pick<RecordEntry, 'recordType' | 'record'>,
  ctx: Pick<IndicatorContext<unknown>, 'period' | 'inScope'>,
): boolean {
  return (
    recordType === 'prevention_activity' &&
    inPeriod(record.startDate, ctx.period) &&
    ctx.inScope(record.location)
  );
}
