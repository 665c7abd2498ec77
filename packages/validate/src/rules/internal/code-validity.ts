import type { CodelistEntry } from '@vntip/schema';

/** The days a code is in force, from its codelist row's `validFrom` and `validTo` columns; open ends are empty. */
export interface CodeValidity {
  readonly validFrom: string;
  readonly validTo: string;
}

/** The row's validity, or undefined when the row sets no date (then the code is always in force). */
export function getCodeValidity(entry: CodelistEntry | undefined): CodeValidity | undefined {
  const validFrom = entry?.validFrom ?? '';
  const validTo = entry?.validTo ?? '';
  if (validFrom === '' && validTo === '') return undefined;
  return { validFrom, validTo };
}

/** Whether the code is in force on at least one day from `start` to `end` (YYYY-MM-DD, both included). */
export function isInForceDuring(validity: CodeValidity, start: string, end: string): boolean {
  return (
    (validity.validFrom === '' || end >= validity.validFrom) &&
    (validity.validTo === '' || start <= validity.validTo)
  );
}
