import type { CodelistEntry, Locale } from './codelist';
import { CODELISTS } from './generated/codelists';

const indexes = new Map<string, ReadonlyMap<string, CodelistEntry>>();

function indexOf(name: string): ReadonlyMap<string, CodelistEntry> | undefined {
  let index = indexes.get(name);
  if (!index) {
    const list = CODELISTS[name];
    if (!list) return undefined;
    index = new Map(list.rows.map((row) => [row.code, row]));
    indexes.set(name, index);
  }
  return index;
}

/** Returns the row of `code` in the codelist `name`, or undefined when either is unknown. */
export function getCodelistEntry(name: string, code: string): CodelistEntry | undefined {
  return indexOf(name)?.get(code);
}

/** Returns the label of `code` in `locale`, or the code itself when the codelist does not hold it. */
export function getCodeLabel(name: string, code: string, locale: Locale = 'vi'): string {
  const entry = getCodelistEntry(name, code);
  if (!entry) return code;
  return locale === 'vi' ? entry.labelVi : entry.labelEn;
}
