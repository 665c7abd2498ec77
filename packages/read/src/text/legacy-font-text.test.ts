import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import {
  decodeLegacyFontText,
  detectLegacyFontText,
  LegacyFontTextDecoder,
  windows1252Bytes,
} from './legacy-font-text';
import { encodeVni } from './vni';

const asFontText = (bytes: Uint8Array) =>
  Array.from(bytes, (byte) => String.fromCharCode(byte)).join('');
const sentence = 'Phòng, chống mua bán người tỉnh Bắc Giang năm 2024';

describe('legacy-font text', () => {
  it('recognises and converts TCVN3, VNI and VISCII font text', () => {
    for (const [encoding, bytes] of [
      ['tcvn3', iconv.encode(sentence, 'tcvn')],
      ['vni', encodeVni(sentence)],
      ['viscii', iconv.encode(sentence, 'viscii')],
    ] as const) {
      const text = asFontText(bytes);
      expect(detectLegacyFontText([text])).toBe(encoding);
      expect(decodeLegacyFontText(text, encoding)).toBe(sentence);
    }
  });

  it('leaves Unicode, ASCII and Latin-1-only Vietnamese alone', () => {
    expect(detectLegacyFontText([sentence])).toBeUndefined();
    expect(detectLegacyFontText(['Ha Noi', 'P-1'])).toBeUndefined();
    expect(detectLegacyFontText(['Cà Mau', 'Hà Giang', 'Bà Chiêu'])).toBeUndefined();
  });

  it('maps Windows-1252 characters back to their bytes', () => {
    expect(windows1252Bytes('A€’ÿ')).toEqual(Uint8Array.from([0x41, 0x80, 0x92, 0xff]));
    expect(windows1252Bytes('ă')).toBeUndefined();
  });

  it('streams VNI text split between a letter and its mark', () => {
    const text = asFontText(encodeVni('Việt Nam'));
    const decoder = new LegacyFontTextDecoder('vni');
    const cut = text.indexOf('ä');
    expect(decoder.write(text.slice(0, cut)) + decoder.write(text.slice(cut)) + decoder.end()).toBe(
      'Việt Nam',
    );
  });
});
