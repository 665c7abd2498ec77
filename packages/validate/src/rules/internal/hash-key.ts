const C1 = 0x239b961b;
const C2 = 0xab0e9789;
const C3 = 0x38b34ae5;
const C4 = 0xa1e38b93;

const rotl = (x: number, r: number) => (x << r) | (x >>> (32 - r));

function fmix(h: number): number {
  let x = h;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return x ^ (x >>> 16);
}

/** The little-endian 32-bit word of UTF-16 code units `2 * word` and `2 * word + 1`. */
function wordAt(text: string, word: number): number {
  const unit = 2 * word;
  const high = unit + 1 < text.length ? text.charCodeAt(unit + 1) << 16 : 0;
  return (text.charCodeAt(unit) | high) >>> 0;
}

/**
 * A 128-bit hash of `text` (MurmurHash3 x86_128 of its UTF-16LE bytes) as an 8-character string.
 * Rules use it as a map key in place of a long composite key: for a million distinct keys the
 * chance that two share a hash is below 10⁻²⁶, and the key takes 32 bytes, not hundreds.
 */
export function hashKey(text: string): string {
  let h1 = 0;
  let h2 = 0;
  let h3 = 0;
  let h4 = 0;
  const words = Math.ceil(text.length / 2);
  const blocks = Math.floor(text.length / 8);
  for (let block = 0; block < blocks; block++) {
    const w = block * 4;
    h1 ^= Math.imul(rotl(Math.imul(wordAt(text, w), C1), 15), C2);
    h1 = Math.imul(rotl(h1, 19) + h2, 5) + 0x561ccd1b;
    h2 ^= Math.imul(rotl(Math.imul(wordAt(text, w + 1), C2), 16), C3);
    h2 = Math.imul(rotl(h2, 17) + h3, 5) + 0x0bcaa747;
    h3 ^= Math.imul(rotl(Math.imul(wordAt(text, w + 2), C3), 17), C4);
    h3 = Math.imul(rotl(h3, 15) + h4, 5) + 0x96cd1c35;
    h4 ^= Math.imul(rotl(Math.imul(wordAt(text, w + 3), C4), 18), C1);
    h4 = Math.imul(rotl(h4, 13) + h1, 5) + 0x32ac3b17;
  }
  // The last, partial block: a word is mixed in when any of its bytes is there.
  const tail = blocks * 4;
  const left = words - tail;
  if (left > 3) h4 ^= Math.imul(rotl(Math.imul(wordAt(text, tail + 3), C4), 18), C1);
  if (left > 2) h3 ^= Math.imul(rotl(Math.imul(wordAt(text, tail + 2), C3), 17), C4);
  if (left > 1) h2 ^= Math.imul(rotl(Math.imul(wordAt(text, tail + 1), C2), 16), C3);
  if (left > 0) h1 ^= Math.imul(rotl(Math.imul(wordAt(text, tail), C1), 15), C2);

  const bytes = text.length * 2;
  h1 ^= bytes;
  h2 ^= bytes;
  h3 ^= bytes;
  h4 ^= bytes;
  h1 = (h1 + h2 + h3 + h4) | 0;
  h2 = (h2 + h1) | 0;
  h3 = (h3 + h1) | 0;
  h4 = (h4 + h1) | 0;
  h1 = fmix(h1);
  h2 = fmix(h2);
  h3 = fmix(h3);
  h4 = fmix(h4);
  h1 = (h1 + h2 + h3 + h4) | 0;
  h2 = (h2 + h1) | 0;
  h3 = (h3 + h1) | 0;
  h4 = (h4 + h1) | 0;
  return String.fromCharCode(
    h1 & 0xffff,
    h1 >>> 16,
    h2 & 0xffff,
    h2 >>> 16,
    h3 & 0xffff,
    h3 >>> 16,
    h4 & 0xffff,
    h4 >>> 16,
  );
}
