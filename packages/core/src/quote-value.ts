import type { Locale, Sensitivity } from '@vntip/schema';

/** Most characters of a user's value a message quotes: enough to find the cell, too few to copy a name or number. */
export const MAX_QUOTED_CHARS = 20;

const WITHHELD: Readonly<Record<Locale, string>> = {
  vi: '(giá trị được ẩn)',
  en: '(value withheld)',
};

/**
 * A value from a user's data as a message may quote it: at most `MAX_QUOTED_CHARS` characters (whole code points,
 * then `…`), and nothing at all of a field the schema classes `direct_identifier` or `sensitive`, whose values
 * must never reach a log or a terminal.
 */
export function quoteValue(value: unknown, locale: Locale, sensitivity?: Sensitivity): string {
  if (sensitivity === 'direct_identifier' || sensitivity === 'sensitive') return WITHHELD[locale];
  const text = value instanceof Date ? value.toISOString() : String(value);
  const chars = Array.from(text);
  return chars.length > MAX_QUOTED_CHARS ? `${chars.slice(0, MAX_QUOTED_CHARS).join('')}…` : text;
}
