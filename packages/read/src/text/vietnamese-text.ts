// Vietnamese text helpers: folding for header and label matching, and a plausibility score used to tell
// legacy encodings apart.

/** Folds text for matching: no diacritics, đ → d, lower case, only letters and digits. */
export function foldKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

// Combining tone marks: grave, acute, tilde, hook above, dot below.
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const INITIALS = '(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])?';
// Vowel groups of Vietnamese rhymes, longest first so the alternation prefers them.
const NUCLEI = [
  'iêu',
  'oai',
  'oay',
  'oao',
  'oeo',
  'uây',
  'uôi',
  'uya',
  'uyê',
  'uyu',
  'ươi',
  'ươu',
  'yêu',
  'ai',
  'ao',
  'au',
  'ay',
  'âu',
  'ây',
  'eo',
  'êu',
  'ia',
  'iê',
  'iu',
  'oa',
  'oă',
  'oe',
  'oi',
  'ôi',
  'ơi',
  'oo',
  'ua',
  'uâ',
  'uê',
  'ui',
  'uô',
  'uơ',
  'uy',
  'ưa',
  'ưi',
  'ươ',
  'ưu',
  'yê',
  'a',
  'ă',
  'â',
  'e',
  'ê',
  'i',
  'o',
  'ô',
  'ơ',
  'u',
  'ư',
  'y',
].join('|');
const SYLLABLE = new RegExp(`^${INITIALS}(?:${NUCLEI})(?:ch|ng|nh|[cmnpt])?$`);
// Letters of the Vietnamese alphabet with every diacritic, plus the ASCII letters.
const VIETNAMESE_LETTER =
  /^[a-zA-Zàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]$/iu;
// Punctuation and symbols that ordinary Vietnamese documents contain.
const COMMON_SYMBOL =
  /^[\s\p{N}!-/:-@[-`{-~\u00a0\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u00b0\u00ab\u00bb\u20ab№]$/u;

/** True when a word (NFC) is a well-formed Vietnamese syllable: known initial, vowel group and final, one tone at most. */
export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.normalize('NFD');
  const tones = decomposed.match(TONE_MARKS)?.length ?? 0;
  if (tones > 1) return false;
  const toneless = decomposed.replace(TONE_MARKS, '').normalize('NFC').toLowerCase();
  return toneless.length <= 7 && SYLLABLE.test(toneless);
}

/**
 * Scores how much a decoded text looks like Vietnamese: +2 for each word with a non-ASCII letter that is a
 * well-formed syllable, −1 for each such word that is not, and −2 for each character that is neither a
 * Vietnamese letter nor ordinary punctuation (stray symbols, control characters, lone combining marks).
 * Only differences between decodings of the same bytes are meaningful.
 */
export function scoreVietnamese(text: string): { score: number; words: number; valid: number } {
  const normalized = text.normalize('NFC');
  let score = 0;
  let words = 0;
  let valid = 0;
  for (const match of normalized.matchAll(/\p{L}[\p{L}\p{M}]*/gu)) {
    const word = match[0];
    if (/^[a-zA-Z]+$/.test(word)) continue;
    words++;
    if (isVietnameseSyllable(word)) {
      valid++;
      score += 2;
    } else {
      score -= 1;
    }
  }
  for (const char of normalized) {
    if (char.charCodeAt(0) < 0x80 && (char >= ' ' || /[\t\n\r]/.test(char))) continue;
    if (VIETNAMESE_LETTER.test(char) || COMMON_SYMBOL.test(char)) continue;
    score -= 2;
  }
  return { score, words, valid };
}
