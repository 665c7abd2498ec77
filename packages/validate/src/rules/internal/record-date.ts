import { getAtPath } from './get-at-path';

/** The main date of a record, where it sits, and the last day the record covers. */
export interface RecordDate {
  readonly date: string;
  /** Path of the main date inside the record. */
  readonly path: readonly string[];
  /** Last day covered: the end of a period or activity, else `date` itself. */
  readonly end: string;
}

const MAIN_DATE_PATHS: Readonly<Record<string, readonly string[]>> = {
  crime_statistic: ['period', 'start'],
  inter_province_transfer: ['date'],
  prevention_activity: ['startDate'],
  process_event: ['date'],
  staffing_statistic: ['period', 'start'],
  status_decision: ['date'],
  support_service: ['date'],
  victim_support_aggregate: ['period', 'start'],
};

const END_DATE_PATHS: Readonly<Record<string, readonly string[]>> = {
  crime_statistic: ['period', 'end'],
  prevention_activity: ['endDate'],
  staffing_statistic: ['period', 'end'],
  victim_support_aggregate: ['period', 'end'],
};

/** Returns the main date of a record, or undefined for undated types (person, media outlet) and undated records. */
export function getRecordDate(
  recordType: string,
  record: Readonly<Record<string, unknown>>,
): RecordDate | undefined {
  const path = MAIN_DATE_PATHS[recordType];
  if (!path) return undefined;
  const date = getAtPath(record, path);
  if (typeof date !== 'string') return undefined;
  const endPath = END_DATE_PATHS[recordType];
  const end = endPath ? getAtPath(record, endPath) : undefined;
  return { date, path, end: typeof end === 'string' && end > date ? end : date };
}
