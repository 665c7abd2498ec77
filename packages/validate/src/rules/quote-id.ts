import { quoteValue } from '@vntip/core';
import { fieldSensitivity, type Locale } from '@vntip/schema';

/**
 * A record's id as a rule's message may quote it: withheld when the schema classes the record type's id a direct
 * identifier (a person's pseudonymous id links every record about them), else at most 20 characters.
 */
export function quoteId(recordType: string, id: unknown, locale: Locale): string {
  return quoteValue(id, locale, fieldSensitivity(recordType, ['id']));
}
