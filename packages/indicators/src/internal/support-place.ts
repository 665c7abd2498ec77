import type { RecordEntry } from '@vntip/core';

/**
 * Where a support-service record belongs, for scoping: its provider's area, else the area of the agency that took the
 * person's latest status decision (a support not requested or not provided often names no provider).
 */
export interface SupportPlaces {
  /** Keeps the deciding agency of status-decision records; other records are ignored. */
  observe(entry: Pick<RecordEntry, 'recordType' | 'record'>): void;
  /** The place of a support-service record; call it after the last record. */
  placeOf(support: Readonly<Record<string, unknown>>): unknown;
}

/** Creates an empty set of deciding agencies for one computation. */
export function createSupportPlaces(): SupportPlaces {
  /** Person id → date and agency of the latest status decision. */
  const deciders = new Map<string, { date: string; agency: unknown }>();
  return {
    observe({ recordType, record }) {
      if (recordType !== 'status_decision') return;
      const id = String(record.personId);
      const date = String(record.date);
      const seen = deciders.get(id);
      if (seen === undefined || date >= seen.date)
        deciders.set(id, { date, agency: record.decidingAgency });
    },
    placeOf(support) {
      return support.provider ?? deciders.get(String(support.personId))?.agency;
    },
  };
}
