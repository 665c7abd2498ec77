import type { RecordEntry, ResultPeriod } from '@vntip/core';
import { inPeriod } from './in-period';

/** The date of an IDENTIFIED_VICTIM status decision dated in the period; undefined for any other record. */
export function identificationDate(
  { recordType, record }: Pick<RecordEntry, 'recordType' | 'record'>,
  period: ResultPeriod,
): string | undefined {
  if (recordType !== 'status_decision' || record.status !== 'IDENTIFIED_VICTIM') return undefined;
  return inPeriod(record.date, period) ? record.date : undefined;
}
