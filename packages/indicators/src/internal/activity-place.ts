import type { IndicatorContext, RecordEntry } from '@vntip/core';
import { activitySpan, placeOfSpan, type SpanPlace } from './period-resolution';

/**
 * Where a prevention activity lies against the computation: `inside` when its whole span (start to end date) lies in
 * the period and it took place in the scope; `overlap` when it took place in the scope but its span only overlaps the
 * period (it is never put in the period where it starts: the host reports it in the smallest period containing it);
 * `outside` otherwise, and for records that are not activities.
 */
export function activityPlace(
  { recordType, record }: Pick<RecordEntry, 'recordType' | 'record'>,
  ctx: Pick<IndicatorContext<unknown>, 'period' | 'inScope'>,
): SpanPlace {
  if (recordType !== 'prevention_activity') return 'outside';
  const span = activitySpan(record);
  if (!span) return 'outside';
  const place = placeOfSpan(span[0], span[1], ctx.period);
  if (place === 'outside' || !ctx.inScope(record.location)) return 'outside';
  return place;
}
