import type { IndicatorContext, RecordEntry } from '@vntip/core';
import { inPeriod } from './in-period';

/**
 * The date of an IDENTIFIED_VICTIM status decision dated in the period and taken by an agency in the scope;
 * undefined for any other record.
 */
export function identificationDate(
  { recordType, record }: Pick<RecordEntry, 'recordType' | 'record'>,
  ctx: Pick<IndicatorContext<unknown>, 'period' | 'inScope'>,
): string | undefined {
  if (recordType !== 'status_decision' || record.status !== 'IDENTIFIED_VICTIM') return undefined;
  if (!inPeriod(record.date, ctx.period) || !ctx.inScope(record.decidingAgency)) return undefined;
  return record.date;
}
