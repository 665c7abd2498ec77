import { describe, expect, it } from 'vitest';
import { hashKey } from './hash-key';

/** The hash as the 32 hex digits reference implementations print: h4 h3 h2 h1. */
function hex(key: string): string {
  const word = (i: number) =>
    ((key.charCodeAt(2 * i) | (key.charCodeAt(2 * i + 1) << 16)) >>> 0)
      .toString(16)
      .padStart(8, '0');
  return word(3) + word(2) + word(1) + word(0);
}

describe('hashKey', () => {
  // Expected values: Python mmh3.hash128(text.encode('utf-16-le'), 0, x64arch=False, signed=False).
  it.each([
    ['', '00000000000000000000000000000000'],
    ['a', 'ccef4fe1ccef4fe1ccef4fe1033bb196'],
    ['hello world', 'e2608236af2876b556ee3f7d8fbe58e5'],
    ['abcdefgh', '42147114a76d230d8df898a16c357655'],
    ['abcdefghijklmnop', 'f114d9828b21842e23e3b418a132e655'],
    ['ABCDEFGHIJKLMNOPQ', '03fd396a996080fbb1ce8cbec112fe22'],
    ['Cơ quan 123 phòng chống', 'f3d5a97d082dbcbd76cd8911e3d38893'],
    ['中文\uffff\u8000xyz', '65daa6966d2caf707152201736af9745'],
  ])('is MurmurHash3 x86_128 of the UTF-16LE bytes of %j', (text, expected) => {
    expect(hashKey(text)).toHaveLength(8);
    expect(hex(hashKey(text))).toBe(expected);
  });

  it('gives near keys different hashes', () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `["RADIO_ITEM","2024-07-01",${i}]`);
    expect(new Set(keys.map(hashKey)).size).toBe(keys.length);
  });
});
