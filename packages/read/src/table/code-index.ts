// How a cell names a code: the code itself, or its Vietnamese or English label, a label of an earlier version of the
// standard, or a common abbreviation the codelist declares (`aliases`), all with case, diacritics and spacing ignored
// but punctuation kept: `TAP_HUAN` or `COMMUNICATION-SESSION` only resemble a code (`Tập huấn`, COMMUNICATION_SESSION),
// so they are errors with a suggestion, never read as the code.
import { CODELISTS, type Locale } from '@vntip/schema';
import { foldKey } from '../text/vietnamese-text';
import { editDistance } from './suggest-header';

/** A codelist's codes and every text that names one of them. */
export interface CodeIndex {
  readonly codes: ReadonlySet<string>;
  /** Code, label, former label or alias as `matchKey` folds it → code; texts shared by two codes are left out. */
  readonly byKey: ReadonlyMap<string, string>;
  /** The same texts with only letters and digits kept (`foldKey`), for suggestions. */
  readonly byLooseKey: ReadonlyMap<string, string>;
}

/** Folds a text for reading it as a code: no diacritics, đ → d, lower case, runs of space as one; punctuation kept. */
export function matchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const indexes = new Map<string, CodeIndex>();

/** The index of a codelist, built once; empty for an unknown codelist. */
export function codeIndex(name: string): CodeIndex {
  const cached = indexes.get(name);
  if (cached) return cached;
  const rows = Object.hasOwn(CODELISTS, name) ? (CODELISTS[name]?.rows ?? []) : [];
  const codes = new Set(rows.map((row) => row.code));
  const byKey = new Map<string, string>();
  const byLooseKey = new Map<string, string>();
  const ambiguous = new Set<string>();
  const looseAmbiguous = new Set<string>();
  const add = (map: Map<string, string>, shared: Set<string>, key: string, code: string) => {
    if (!key) return;
    const existing = map.get(key);
    if (existing !== undefined && existing !== code) shared.add(key);
    else map.set(key, code);
  };
  for (const row of rows) {
    const listed = (text: string | undefined) => (text ? text.split(';') : []);
    for (const text of [
      row.code,
      row.labelVi,
      row.labelEn,
      ...listed(row.formerLabels),
      ...listed(row.aliases),
    ]) {
      add(byKey, ambiguous, matchKey(text ?? ''), row.code);
      add(byLooseKey, looseAmbiguous, foldKey(text ?? ''), row.code);
    }
  }
  for (const key of ambiguous) byKey.delete(key);
  for (const key of looseAmbiguous) byLooseKey.delete(key);
  const index = { codes, byKey, byLooseKey };
  indexes.set(name, index);
  return index;
}

/** The code a text names in a codelist (exactly, or through a label or alias), or undefined. */
export function lookUpCode(name: string, text: string): string | undefined {
  const index = codeIndex(name);
  return index.codes.has(text) ? text : index.byKey.get(matchKey(text));
}

/**
 * The code a text nearly names, when it is near enough to be a slip (`TAP_HUAN`, `LEAFLETS`,
 * `COMMUNICATION-SESSION`): one edit for short texts, up to three for long ones, on folded codes, labels and aliases.
 * A suggestion is only ever offered, never taken as the value.
 */
export function suggestCode(name: string, text: string): string | undefined {
  const key = foldKey(text);
  if (!key) return undefined;
  const allowed = key.length < 4 ? 0 : key.length <= 5 ? 1 : key.length <= 10 ? 2 : 3;
  const { byLooseKey } = codeIndex(name);
  // Only punctuation apart (`TAP_HUAN`, `COMMUNICATION-SESSION`): that code.
  const same = byLooseKey.get(key);
  if (same !== undefined) return same;
  let best: string | undefined;
  let bestDistance = allowed + 1;
  for (const [candidate, code] of byLooseKey) {
    if (Math.abs(candidate.length - key.length) >= bestDistance) continue;
    const distance = editDistance(key, candidate, bestDistance);
    if (distance < bestDistance) {
      best = code;
      bestDistance = distance;
    }
  }
  return best;
}

/** A code with its label in the reader's language: `TRAINING (Tập huấn)`. */
export function codeWithLabel(name: string, code: string, locale: Locale): string {
  const row = CODELISTS[name]?.rows.find((entry) => entry.code === code);
  const label = locale === 'vi' ? row?.labelVi : row?.labelEn;
  return label ? `${code} (${label})` : code;
}
