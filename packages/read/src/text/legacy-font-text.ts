// Spreadsheets typed with legacy Vietnamese fonts (.VnTime for TCVN3, VNI-Times for VNI, VISCII fonts) store their
// text as the Windows-1252 characters of the legacy bytes: "Hµ Néi" is TCVN3 for "Hà Nội". The file is valid
// Unicode, so only the text itself can tell; this module recognises such text and converts it.
import { decodeLegacy, LEGACY_ENCODINGS } from './detect-encoding';
import { scoreVietnamese } from './vietnamese-text';
import { CP1252_HIGH, VniDecoder } from './vni';

/** A legacy encoding whose text may hide in Unicode cells. */
export type LegacyEncoding = (typeof LEGACY_ENCODINGS)[number];

/** How many `scoreVietnamese` points a decoding must gain over the text as it is: two more well-formed words. */
const MARGIN = 4;

/** The bytes a string of Windows-1252 characters stands for, or undefined when it holds any other character. */
export function windows1252Bytes(text: string): Uint8Array | undefined {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0xff) {
      bytes[i] = code;
      continue;
    }
    const high = CP1252_HIGH.indexOf(text[i] ?? '');
    if (high < 0) return undefined;
    bytes[i] = 0x80 + high;
  }
  return bytes;
}

/**
 * Decides whether texts (the cells of one sheet) are legacy-font text: every character is a Windows-1252 one, some
 * are not ASCII, and decoding them with the best-scoring legacy encoding reads clearly more like Vietnamese than the
 * text as it is (by `MARGIN` points of `scoreVietnamese`, with at least half the words well-formed syllables).
 * Returns that encoding, or undefined.
 */
export function detectLegacyFontText(texts: readonly string[]): LegacyEncoding | undefined {
  const sample = texts.join('\n');
  if (!/[\u0080-\uffff]/.test(sample)) return undefined;
  const bytes = windows1252Bytes(sample);
  if (!bytes) return undefined;
  const asIs = scoreVietnamese(sample);
  let best: { encoding: LegacyEncoding; score: number; words: number; valid: number } | undefined;
  for (const encoding of LEGACY_ENCODINGS) {
    const scored = scoreVietnamese(decodeLegacy(bytes, encoding));
    if (!best || scored.score > best.score) best = { encoding, ...scored };
  }
  // Text that reads as Vietnamese as it is scores at least as well as any decoding of it, so it is never converted.
  return best && best.score >= asIs.score + MARGIN && best.valid * 2 >= best.words
    ? best.encoding
    : undefined;
}

/** Converts one legacy-font text to Unicode (NFC); text with other characters is returned as it is. */
export function decodeLegacyFontText(text: string, encoding: LegacyEncoding): string {
  const bytes = windows1252Bytes(text);
  return bytes ? decodeLegacy(bytes, encoding).normalize('NFC') : text;
}

/** Converts a stream of legacy-font text chunks; a VNI letter split from its mark across chunks is still joined. */
export class LegacyFontTextDecoder {
  private readonly vni: VniDecoder | undefined;

  constructor(private readonly encoding: LegacyEncoding) {
    this.vni = encoding === 'vni' ? new VniDecoder() : undefined;
  }

  /** Converts one chunk; a chunk with characters outside Windows-1252 passes through unchanged. */
  write(text: string): string {
    const bytes = windows1252Bytes(text);
    if (!bytes) return (this.vni?.end() ?? '') + text;
    return this.vni ? this.vni.write(bytes) : decodeLegacy(bytes, this.encoding);
  }

  /** Flushes what the VNI decoder held back. */
  end(): string {
    return this.vni?.end() ?? '';
  }
}
