import iconv from 'iconv-lite';
import type { TextEncodingName } from '../read-options';
import { censusUtf8 } from './utf8-decoder';
import { scoreVietnamese } from './vietnamese-text';
import { decodeVni } from './vni';

/** What `detectEncoding` decided about a sample of bytes. */
export interface DetectedEncoding {
  readonly encoding: TextEncodingName;
  /** Length of the byte-order mark at the start, 0 when there is none. */
  readonly bomLength: number;
  /** False when no candidate decoding looked like Vietnamese text; the encoding is then a best guess. */
  readonly confident: boolean;
}

/** The legacy single-byte encodings tried, in order of preference when scores tie. */
export const LEGACY_ENCODINGS = ['windows-1258', 'tcvn3', 'viscii', 'vni'] as const;

/** Human-readable names of the encodings, for messages. */
export const ENCODING_LABELS: Readonly<Record<TextEncodingName, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  'windows-1258': 'Windows-1258',
  tcvn3: 'TCVN3 (ABC)',
  viscii: 'VISCII',
  vni: 'VNI',
};

/** The iconv-lite name of each single-byte encoding it decodes. */
export const ICONV_NAMES = {
  'windows-1258': 'windows1258',
  tcvn3: 'tcvn',
  viscii: 'viscii',
} as const;

/** Decodes a whole sample with a legacy encoding (for scoring and tests). */
export function decodeLegacy(
  bytes: Uint8Array,
  encoding: (typeof LEGACY_ENCODINGS)[number],
): string {
  return encoding === 'vni' ? decodeVni(bytes) : iconv.decode(bytes, ICONV_NAMES[encoding]);
}

/** Vietnamese letters with a tone, well-formed as UTF-8, that settle a sample as UTF-8 whatever bad bytes it holds. */
const VIETNAMESE_LETTERS_PROVE_UTF8 = 2;

/**
 * Detects the encoding of text from its first bytes: a byte-order mark (UTF-8, UTF-16LE/BE) wins; then UTF-16
 * without a mark (one byte of each pair mostly zero); then UTF-8 when the bytes are valid UTF-8 (ASCII included), hold
 * fewer invalid sequences than well-formed multi-byte ones, or hold two or more Vietnamese letters with a tone as
 * UTF-8; otherwise each of Windows-1258, TCVN3, VISCII and
 * VNI decodes the sample and the one whose result scores best as Vietnamese (well-formed syllables, no stray
 * symbols: see `scoreVietnamese`) is chosen, provided it scores better than the sample read as UTF-8.
 * @param atEnd true when the sample is the whole input, so a multi-byte sequence cut at its end is an error
 */
export function detectEncoding(sample: Uint8Array, atEnd: boolean): DetectedEncoding {
  const [b0, b1, b2] = sample;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf)
    return { encoding: 'utf-8', bomLength: 3, confident: true };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', bomLength: 2, confident: true };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', bomLength: 2, confident: true };
  const utf16 = sniffUtf16(sample);
  if (utf16) return { encoding: utf16, bomLength: 0, confident: true };
  const census = censusUtf8(sample, atEnd);
  // A few bad bytes in UTF-8 text (Word's curly quotes pasted in) do not make it another encoding: there are fewer of
  // them than well-formed multi-byte sequences, which legacy text almost never forms; or the text holds Vietnamese
  // letters with a tone (ắ, ệ…) written as UTF-8, which two legacy letters in a row would form only by chance.
  if (
    census.invalid === 0 ||
    census.multiByte >= census.invalid ||
    census.vietnamese >= VIETNAMESE_LETTERS_PROVE_UTF8
  )
    return { encoding: 'utf-8', bomLength: 0, confident: true };
  let best: { encoding: TextEncodingName; score: number; words: number; valid: number } | undefined;
  for (const encoding of LEGACY_ENCODINGS) {
    const scored = scoreVietnamese(decodeLegacy(sample, encoding));
    if (!best || scored.score > best.score) best = { encoding, ...scored };
  }
  const chosen = best ?? { encoding: 'windows-1258', score: 0, words: 0, valid: 0 };
  // A legacy encoding only when the whole sample reads better in it than as UTF-8 with replacement characters.
  const asUtf8 = scoreVietnamese(new TextDecoder('utf-8').decode(sample));
  if (chosen.score <= asUtf8.score) return { encoding: 'utf-8', bomLength: 0, confident: false };
  return {
    encoding: chosen.encoding,
    bomLength: 0,
    confident: chosen.score > 0 && chosen.valid * 2 >= chosen.words,
  };
}

// UTF-16 without a byte-order mark: in text that is mostly ASCII, one byte of every pair is zero.
function sniffUtf16(sample: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.min(sample.length, 4096) >> 1;
  if (pairs < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  if (oddZeros >= pairs * 0.4 && evenZeros <= pairs * 0.05) return 'utf-16le';
  if (evenZeros >= pairs * 0.4 && oddZeros <= pairs * 0.05) return 'utf-16be';
  return undefined;
}
