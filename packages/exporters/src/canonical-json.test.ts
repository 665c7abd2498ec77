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
});
