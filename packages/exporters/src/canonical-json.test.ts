import { isVntipError } from '@vntip/core';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('sorts keys by code unit, writes no whitespace and normalises strings and keys to NFC', () => {
    const nfd = 'Hòa'.normalize('NFD');
    expect(canonicalJson({ b: [1, 2.5, true, null], a: nfd, [nfd]: { z: 1, B: 2 } })).toBe(
      '{"Hòa":{"B":2,"z":1},"a":"Hòa","b":[1,2.5,true,null]}',
    );
  });

  it('leaves out undefined members and writes non-finite numbers as null, as JSON.stringify does', () => {
    expect(canonicalJson({ a: undefined, b: Number.NaN, c: [undefined] })).toBe(
      '{"b":null,"c":[null]}',
    );
  });

  it('writes numbers as JavaScript prints them', () => {
    expect(canonicalJson([1e21, 0.1, -0, 150000000])).toBe('[1e+21,0.1,0,150000000]');
  });

  it('refuses two keys that are the same text in NFC, with a coded error, at any depth', () => {
    const nfc = 'Hòa';
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    for (const value of [{ [nfc]: 1, [nfd]: 2 }, { a: [{ x: { [nfd]: 'A', [nfc]: 'B' } }] }]) {
      let thrown: unknown;
      try {
        canonicalJson(value);
      } catch (error) {
        thrown = error;
      }
      expect(isVntipError(thrown) && thrown.code).toBe('CANONICAL_KEY_COLLISION');
    }
    // Distinct texts stay distinct, even when they fold to the same letters.
    expect(canonicalJson({ Hoa: 1, [nfc]: 2, hòa: 3 })).toBe('{"Hoa":1,"Hòa":2,"hòa":3}');
  });
});
