import { isVntipError } from '@vntip/core';
import { describe, expect, it } from 'vitest';
import { pseudonymize, pseudonymKey, readPseudonymKey } from './pseudonym-key';

const hex = 'a1'.repeat(32);

describe('pseudonym keys', () => {
  it('reads hex and base64 keys and names them by a hash prefix', () => {
    const fromHex = readPseudonymKey(`${hex}\n`);
    const fromBase64 = readPseudonymKey(Buffer.from(fromHex.secret).toString('base64'));
    expect(fromHex.id).toMatch(/^[0-9a-f]{16}$/);
    expect(fromBase64.id).toBe(fromHex.id);
  });

  it('refuses a missing or short key: there is no default key', () => {
    for (const text of ['', 'abcd', 'not a key!', 'a1'.repeat(31)]) {
      try {
        readPseudonymKey(text);
        expect.unreachable(text);
      } catch (error) {
        expect(isVntipError(error) && error.code).toBe('INVALID_PSEUDONYM_KEY');
      }
    }
    expect(() => pseudonymKey(new Uint8Array(16))).toThrow(/32 random bytes/);
  });

  it('gives a stable pseudonym that fits the Identifier pattern and hides the value', () => {
    const key = readPseudonymKey(hex);
    const p = pseudonymize(key, '001190012345');
    expect(p).toMatch(/^ps-[a-z2-7]{26}$/);
    expect(p).toMatch(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/);
    expect(pseudonymize(key, '001190012345')).toBe(p);
    expect(p).not.toContain('001190012345');
    expect(pseudonymize(key, '001190012346')).not.toBe(p);
    expect(pseudonymize(readPseudonymKey('b2'.repeat(32)), '001190012345')).not.toBe(p);
  });
});
