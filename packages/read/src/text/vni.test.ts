import { describe, expect, it } from 'vitest';
import { decodeVni, encodeVni, VNI_ENCODE_TABLE, VniDecoder } from './vni';

const latin1 = (text: string) => Uint8Array.from([...text].map((char) => char.charCodeAt(0)));

// Every Vietnamese letter, built independently of the table: base letter + vowel mark + tone, composed by NFC.
const BASES = ['a', 'â', 'ă', 'e', 'ê', 'o', 'ô', 'ơ', 'u', 'ư', 'i', 'y'];
const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
const ALL_LETTERS = [
  ...BASES.flatMap((base) => TONES.map((tone) => (base + tone).normalize('NFC'))),
  'đ',
].flatMap((letter) => [letter, letter.toUpperCase()]);

describe('VNI table', () => {
  it('covers the 134 Vietnamese letters with a diacritic', () => {
    const withDiacritic = ALL_LETTERS.filter((letter) => !/^[a-z]$/i.test(letter));
    expect(withDiacritic).toHaveLength(134);
    // Í, Ì, í and ì are the same Latin-1 bytes in VNI, so the table needs no entry for them.
    const same = ['Í', 'Ì', 'í', 'ì'];
    expect(new Set([...VNI_ENCODE_TABLE.keys(), ...same])).toEqual(new Set(withDiacritic));
    for (const letter of same) expect(encodeVni(letter)).toEqual(latin1(letter));
  });

  it('decodes the published spellings', () => {
    // à = a + 0xF8, á = a + 0xF9, đ = 0xF1; "Vieät Nam" and "Tröôøng" are the classic VNI samples.
    expect(decodeVni(latin1('aø aù ñ'))).toBe('à á đ');
    expect(decodeVni(latin1('Vieät Nam'))).toBe('Việt Nam');
    expect(decodeVni(latin1('Tröôøng Ñaïi hoïc'))).toBe('Trường Đại học');
    expect(decodeVni(latin1('TRÖÔØNG ÑAÏI HOÏC'))).toBe('TRƯỜNG ĐẠI HỌC');
    expect(decodeVni(latin1('Tænh Baéc Giang'))).toBe('Tỉnh Bắc Giang');
  });

  it('round-trips a pangram and every letter', () => {
    const pangram =
      'Trăm năm trong cõi người ta, chữ tài chữ mệnh khéo là ghét nhau. Đồng Nai, Hà Nội!';
    for (const text of [pangram, ALL_LETTERS.join(' '), pangram.toUpperCase()]) {
      expect(decodeVni(encodeVni(text))).toBe(text);
    }
  });

  it('joins a letter and its mark split across chunks', () => {
    const decoder = new VniDecoder();
    const bytes = encodeVni('Việt Nam');
    const cut = [...bytes].indexOf(0xe4); // the mark of ệ
    const text =
      decoder.write(bytes.subarray(0, cut)) + decoder.write(bytes.subarray(cut)) + decoder.end();
    expect(text).toBe('Việt Nam');
  });

  it('writes ? for what VNI cannot hold', () => {
    expect(encodeVni('a ✓ b')).toEqual(latin1('a ? b'));
  });
});
