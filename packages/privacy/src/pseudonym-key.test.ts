import { createHash, createHmac, randomBytes } from 'node:crypto';
import { isVntipError } from '@vntip/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TEST_KEY_HEX } from '../test/test-key';
import { keyWeakness, pseudonymizer, pseudonymKey, readPseudonymKey } from './pseudonym-key';

const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    return isVntipError(error) ? error.code : 'not a VntipError';
  }
  return undefined;
};

describe('pseudonym keys', () => {
  it('reads the hex keygen writes, in either case', () => {
    const fromHex = readPseudonymKey(`${TEST_KEY_HEX}\n`);
    expect(fromHex.id).toMatch(/^[0-9a-f]{16}$/);
    expect(readPseudonymKey(TEST_KEY_HEX.toUpperCase()).id).toBe(fromHex.id);
  });

  it('names a key by an HMAC of a fixed label, never by a hash of the key, so no table of hashes of the key matches it', () => {
    const key = readPseudonymKey(TEST_KEY_HEX);
    const secret = Buffer.from(TEST_KEY_HEX, 'hex');
    expect(key.id).not.toBe(createHash('sha256').update(secret).digest('hex').slice(0, 16));
    expect(key.id).toBe(
      createHmac('sha256', secret).update('vntip:key-id:v1').digest('hex').slice(0, 16),
    );
  });

  it('refuses a missing or short key: there is no default key', () => {
    for (const text of ['', 'abcd', 'not a key!', TEST_KEY_HEX.slice(0, 62)])
      expect(codeOf(() => readPseudonymKey(text))).toBe('INVALID_PSEUDONYM_KEY');
    expect(codeOf(() => pseudonymKey(randomBytes(16)))).toBe('INVALID_PSEUDONYM_KEY');
  });

  it('refuses weak keys on load with a vi/en reason: repeated bytes, patterns, sequences, passphrases', () => {
    const passphrase = Buffer.from('correct horse battery staple, tỉnh Bắc Giang 2024!').toString(
      'base64',
    );
    const weak = {
      zeros: '00'.repeat(32),
      repeated: '5a'.repeat(32),
      pattern: '0123456789abcdeffedcba9876543210'.repeat(2),
      sequence: Buffer.from(Array.from({ length: 32 }, (_, i) => i)).toString('hex'),
      passphrase,
      asciiHex: Buffer.from('this is my secret province key!!').toString('hex'),
    };
    for (const [name, text] of Object.entries(weak)) {
      let message = '';
      try {
        readPseudonymKey(text);
      } catch (error) {
        expect(isVntipError(error) && error.code, name).toBe('WEAK_PSEUDONYM_KEY');
        message = (error as Error).message;
      }
      expect(message, name).toMatch(/Khóa bí danh hóa yếu: .+ \/ The pseudonymisation key is weak/);
      expect(message).toContain('vntip keygen --pseudonym');
    }
  });

  it("refuses a passphrase typed in place of a key, however it is spelt, and any text not in keygen's hex form", () => {
    // Each reads as base64 and decodes to bytes that pass every test of the bytes: the text form is what gives it away.
    const typed = [
      'correcthorsebatterystaplecorrecthorsebatterystaple',
      'BacGiangProvinceTraffickingVictimsKey2024SecretPassword',
      'khoabidanhcuasolaodongthuongbinhvaxahoitinhbacgiang2024',
      'bac-giang-province-pseudonym-key-2024-secret-value',
      'Bac_Giang_Province_Pseudonym_Key_2024_Secret',
      'BACGIANGPROVINCEPSEUDONYMKEY2024SECRETVALUE1',
      'BacGiangProvincePseudonymKey2024SecretValue',
      'MatKhauTinhBacGiang2024DungChoGiaDanhNanNhan',
    ];
    for (const text of typed) {
      // Control: decoded as base64, the passphrase passes every test of the bytes.
      expect(keyWeakness(Buffer.from(text, 'base64')), text).toBeUndefined();
      expect(
        codeOf(() => readPseudonymKey(text)),
        text,
      ).toBe('WEAK_PSEUDONYM_KEY');
    }
    // Hex digits chosen by hand: the bytes repeat nothing, yet the digits were typed.
    const typedHex = [
      'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2',
      'deadbeefcafebabe0123456789abcdeffedcba9876543210baadf00d8badf00d',
      '3141592653589793238462643383279502884197169399375105820974944592',
      '00070e040b01080f050c020910060d030a00070e040b01080f050c020910060d',
      `DeadBeef${TEST_KEY_HEX.slice(8)}`,
    ];
    for (const text of typedHex)
      expect(
        codeOf(() => readPseudonymKey(text)),
        text,
      ).toBe('WEAK_PSEUDONYM_KEY');
    // Base64 of random bytes is not keygen's form either: the same bytes are read once written in hex.
    const random = randomBytes(32);
    expect(codeOf(() => readPseudonymKey(random.toString('base64')))).toBe('WEAK_PSEUDONYM_KEY');
    expect(readPseudonymKey(random.toString('hex')).secret).toEqual(Uint8Array.from(random));
    // Text too short to hold a key is invalid, with our code.
    for (const text of ['a'.repeat(45).slice(0, 42), 'not a key!', 'zz'.repeat(10)])
      expect(
        codeOf(() => readPseudonymKey(text)),
        text,
      ).toBe('INVALID_PSEUDONYM_KEY');
    // Hex of random bytes, lower or upper case, is read.
    for (let i = 0; i < 20_000; i++) {
      const bytes = randomBytes(32);
      if (keyWeakness(bytes)) continue;
      for (const form of [bytes.toString('hex'), bytes.toString('hex').toUpperCase()])
        expect(
          codeOf(() => readPseudonymKey(form)),
          form,
        ).toBeUndefined();
    }
  });

  it('accepts what keygen makes: 32 random bytes (never judged weak over many draws)', () => {
    for (let i = 0; i < 2000; i++) expect(keyWeakness(randomBytes(32))).toBeUndefined();
  });

  it('gives a stable referral pseudonym that fits the Identifier pattern and hides the value', () => {
    const key = readPseudonymKey(TEST_KEY_HEX);
    const referral = pseudonymizer(key, { purpose: 'referral' });
    const p = referral('001190012345');
    expect(p).toMatch(/^ps-[a-z2-7]{26}$/);
    expect(p).toMatch(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/);
    expect(pseudonymizer(key, { purpose: 'referral' })('001190012345')).toBe(p);
    expect(p).not.toContain('001190012345');
    expect(referral('001190012346')).not.toBe(p);
  });

  it('gives unlinkable pseudonyms across purposes, releases, tables and keys (property)', () => {
    const key = readPseudonymKey(TEST_KEY_HEX);
    const other = pseudonymKey(randomBytes(32));
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 20 }), { minLength: 1, maxLength: 30 }),
        fc.string({ minLength: 1, maxLength: 12 }),
        fc.string({ minLength: 1, maxLength: 12 }),
        (values, releaseA, suffix) => {
          const releaseB = `${releaseA}${suffix}`;
          const sets = [
            pseudonymizer(key, { purpose: 'referral' }),
            pseudonymizer(key, { purpose: 'join', release: releaseA }),
            pseudonymizer(key, { purpose: 'join', release: releaseB }),
            pseudonymizer(key, { purpose: 'public', release: releaseA, table: 'person' }),
            pseudonymizer(key, { purpose: 'public', release: releaseB, table: 'person' }),
            pseudonymizer(key, { purpose: 'public', release: releaseA, table: 'process_event' }),
            pseudonymizer(other, { purpose: 'referral' }),
          ].map((make) => values.map(make));
          const all = sets.flat();
          expect(new Set(all).size).toBe(all.length);
        },
      ),
      { seed: 20261201, numRuns: 100 },
    );
  });
});
