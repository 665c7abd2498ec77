// VNI Windows encoding, the one Vietnamese legacy encoding no maintained library decodes.
//
// VNI is font-based: a toned vowel is written as its base letter followed by one byte in the Latin-1 range
// that the VNI fonts draw as a diacritic ("Vieät" is "Việt": e + 0xE4). Lowercase letters take lowercase marks,
// uppercase letters uppercase ones. A few letters are single bytes (Đ = 0xD1, Ơ = 0xD4, Ư = 0xD6, Ĩ = 0xD3, …).
//
// Source of the table: the VNI table of xvnkb by Dao Hai Lam (file vni.h, 2002, github.com/lamdao/xvnkb),
// whose rows follow the letter order of the same author's utf.h (base, acute, grave, hook, tilde, dot below).
// It agrees with the published examples of the encoding (à = a + 0xF8, á = a + 0xF9, đ = 0xF1).
// Each row below is [Unicode letters] → [VNI spellings, as Latin-1 characters]; lowercase rows are derived
// by lowering both sides. vni.test.ts checks every Unicode letter against NFC composition of base + mark.

/** Upper-case rows: the letter with no tone, then acute, grave, hook above, tilde and dot below. */
const UPPER_ROWS: readonly (readonly [string, readonly string[]])[] = [
  ['AÁÀẢÃẠ', ['A', 'AÙ', 'AØ', 'AÛ', 'AÕ', 'AÏ']],
  ['ÂẤẦẨẪẬ', ['AÂ', 'AÁ', 'AÀ', 'AÅ', 'AÃ', 'AÄ']],
  ['ĂẮẰẲẴẶ', ['AÊ', 'AÉ', 'AÈ', 'AÚ', 'AÜ', 'AË']],
  ['EÉÈẺẼẸ', ['E', 'EÙ', 'EØ', 'EÛ', 'EÕ', 'EÏ']],
  ['ÊẾỀỂỄỆ', ['EÂ', 'EÁ', 'EÀ', 'EÅ', 'EÃ', 'EÄ']],
  ['OÓÒỎÕỌ', ['O', 'OÙ', 'OØ', 'OÛ', 'OÕ', 'OÏ']],
  ['ÔỐỒỔỖỘ', ['OÂ', 'OÁ', 'OÀ', 'OÅ', 'OÃ', 'OÄ']],
  ['ƠỚỜỞỠỢ', ['Ô', 'ÔÙ', 'ÔØ', 'ÔÛ', 'ÔÕ', 'ÔÏ']],
  ['UÚÙỦŨỤ', ['U', 'UÙ', 'UØ', 'UÛ', 'UÕ', 'UÏ']],
  ['ƯỨỪỬỮỰ', ['Ö', 'ÖÙ', 'ÖØ', 'ÖÛ', 'ÖÕ', 'ÖÏ']],
  ['IÍÌỈĨỊ', ['I', 'Í', 'Ì', 'Æ', 'Ó', 'Ò']],
  ['YÝỲỶỸỴ', ['Y', 'YÙ', 'YØ', 'YÛ', 'YÕ', 'Î']],
  ['Đ', ['Ñ']],
];

/** Unicode letter → VNI spelling, for every Vietnamese letter with a diacritic (134 entries). */
export const VNI_ENCODE_TABLE: ReadonlyMap<string, string> = buildEncodeTable();
/** VNI spelling (one or two characters) → Unicode letter. */
const DECODE_TABLE: ReadonlyMap<string, string> = new Map(
  [...VNI_ENCODE_TABLE].map(([letter, vni]) => [vni, letter]),
);
/** Characters that may start a two-character VNI spelling. */
const SEQUENCE_STARTS = new Set(
  [...DECODE_TABLE.keys()].filter((k) => k.length === 2).map((k) => k[0]),
);

function buildEncodeTable(): Map<string, string> {
  const table = new Map<string, string>();
  for (const [letters, spellings] of UPPER_ROWS) {
    [...letters].forEach((letter, i) => {
      const spelling = spellings[i] ?? letter;
      if (spelling !== letter) table.set(letter, spelling);
      const lower = letter.toLowerCase();
      const lowerSpelling = spelling.toLowerCase();
      if (lowerSpelling !== lower) table.set(lower, lowerSpelling);
    });
  }
  return table;
}

/** The Windows-1252 characters of bytes 0x80–0x9F (legacy Vietnamese text was saved through that code page). */
export const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function byteToChar(byte: number): string {
  return byte >= 0x80 && byte < 0xa0 ? (CP1252_HIGH[byte - 0x80] ?? '') : String.fromCharCode(byte);
}

/** A stateful VNI decoder: feed it chunks; a letter split from its mark across chunks is still joined. */
export class VniDecoder {
  private pending = '';

  /** Decodes one chunk; the last character is held back when the next chunk may complete it. */
  write(bytes: Uint8Array): string {
    let text = this.pending;
    for (const byte of bytes) text += byteToChar(byte);
    const last = text.at(-1);
    if (last !== undefined && SEQUENCE_STARTS.has(last)) {
      this.pending = last;
      text = text.slice(0, -1);
    } else {
      this.pending = '';
    }
    return decodeVniText(text);
  }

  /** Flushes the character held back. */
  end(): string {
    const rest = decodeVniText(this.pending);
    this.pending = '';
    return rest;
  }
}

/** Decodes VNI text already read byte-for-byte into characters (Latin-1 / Windows-1252). */
function decodeVniText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    const pair = text.slice(i, i + 2);
    const two = pair.length === 2 ? DECODE_TABLE.get(pair) : undefined;
    if (two !== undefined) {
      out += two;
      i++;
      continue;
    }
    out += DECODE_TABLE.get(char) ?? char;
  }
  return out;
}

/** Decodes a whole VNI-encoded byte array to Unicode (NFC). */
export function decodeVni(bytes: Uint8Array): string {
  const decoder = new VniDecoder();
  return (decoder.write(bytes) + decoder.end()).normalize('NFC');
}

/** Encodes Unicode text to VNI bytes; characters VNI cannot hold become `?`. */
export function encodeVni(text: string): Uint8Array {
  const out: number[] = [];
  for (const char of text.normalize('NFC')) {
    const spelling = VNI_ENCODE_TABLE.get(char) ?? char;
    for (const unit of spelling) {
      const code = unit.codePointAt(0) ?? 0x3f;
      const high = CP1252_HIGH.indexOf(unit);
      out.push(
        code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : high >= 0 ? 0x80 + high : 0x3f,
      );
    }
  }
  return Uint8Array.from(out);
}
