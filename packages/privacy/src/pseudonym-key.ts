import { hkdf } from '@noble/hashes/hkdf.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { VntipError } from '@vntip/core';

/** A province's pseudonymisation key: the secret, and the id that names it in manifests and risk reports. */
export interface PseudonymKey {
  /**
   * First 16 hex digits of HMAC-SHA-256(secret, "vntip:key-id:v1"): names the key without being a hash of it (no table
   * of password hashes matches it). Like any value made with the key, it lets a guessed key be checked: only a random
   * key is safe.
   */
  readonly id: string;
  readonly secret: Uint8Array;
}

/** Fewest secret bytes accepted: 256 bits, as HMAC-SHA-256 needs to resist guessing. */
export const MIN_KEY_BYTES = 32;

/**
 * What a set of pseudonyms is for; each purpose has its own sub-key (HKDF-SHA-256 of the province key), so pseudonyms
 * of one purpose cannot be linked to those of another without the province key.
 *
 * - `referral`: one pseudonym per identifier, the same in every referral file made with the key, as receiving
 *   provinces need to recognise a person they already hold.
 * - `public`: one pseudonym per row, under a sub-key of the release and the table: no two rows of a public release
 *   share an identifier, and two releases share none.
 * - `join`: one pseudonym per identifier, the same across the record types of one release only, for exporters that
 *   join record types into rows of their own and write no identifier (CTDC).
 */
export type PseudonymPurpose =
  | { readonly purpose: 'referral' }
  | { readonly purpose: 'public'; readonly release: string; readonly table: string }
  | { readonly purpose: 'join'; readonly release: string };

const encoder = new TextEncoder();

/**
 * Reads a key from its text form, as `vntip keygen --pseudonym` writes it in a key file (or as an environment variable
 * holds it): 64 or more hex digits, in one case. Any other text is refused: base64, or a passphrase, is what a person
 * types from memory, and base64 decodes typed text to bytes that look random while holding no more than the text
 * (`WEAK_PSEUDONYM_KEY`, reason `typed`); text too short to hold 32 bytes is invalid (`INVALID_PSEUDONYM_KEY`). The
 * bytes are then tested as `pseudonymKey` tests them. There is no default key. The same bytes written in hex give the
 * same key id and the same pseudonyms, so a key once kept as base64 keeps working once written as hex.
 */
export function readPseudonymKey(text: string): PseudonymKey {
  const trimmed = text.trim();
  const hex = /^[0-9a-fA-F]+$/.test(trimmed) && trimmed.length % 2 === 0;
  if (!hex) {
    // 43 characters or more could hold 32 bytes as base64: a passphrase, or a key not written the way keygen writes it.
    if (trimmed.length >= 43) throw weakKeyError('typed');
    throw invalidKeyError();
  }
  if (trimmed.length < 2 * MIN_KEY_BYTES) throw invalidKeyError();
  // Letters of both cases: hex chosen by hand (`DeadBeef…`); tools write one case.
  if (/[a-f]/.test(trimmed) && /[A-F]/.test(trimmed)) throw weakKeyError('typed');
  return pseudonymKey(
    Uint8Array.from(trimmed.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16)),
  );
}

function invalidKeyError(): VntipError {
  return new VntipError(
    'INVALID_PSEUDONYM_KEY',
    `Khóa bí danh hóa phải có ít nhất ${MIN_KEY_BYTES} byte ngẫu nhiên, viết thành ${2 * MIN_KEY_BYTES} chữ số hex như \`vntip keygen --pseudonym\` tạo ra. / The pseudonymisation key must hold at least ${MIN_KEY_BYTES} random bytes, written as ${2 * MIN_KEY_BYTES} hex digits as \`vntip keygen --pseudonym\` makes them.`,
    { scope: 'privacy' },
  );
}

/**
 * Whether the hex digits of a secret read as chosen by hand rather than drawn: too few or too many of its first 64
 * digits are letters (a number, words of a–f), letters and digits alternate or come in long blocks (`a1b2c3…`), or ten
 * digits or more form an even progression, side by side or every other one (`0123456789abcdef`, `ffff…`). 32 random
 * bytes fail one of these tests with a probability near 2 × 10⁻⁷.
 */
function hexLooksTyped(secret: Uint8Array): boolean {
  const digits = [...secret.subarray(0, MIN_KEY_BYTES)].flatMap((byte) => [byte >> 4, byte & 15]);
  const letter = digits.map((d) => d >= 10);
  // Letters among 64 random hex digits: 24 on average, fewer than 6 or more than 45 with a probability near 10⁻⁷.
  const letters = letter.filter(Boolean).length;
  if (letters <= 5 || letters >= 46) return true;
  // Changes between a letter and a digit: 29.5 on average, 8 or fewer or 52 or more near 10⁻⁸.
  let changes = 0;
  for (let i = 1; i < letter.length; i++) if (letter[i] !== letter[i - 1]) changes++;
  if (changes <= 8 || changes >= 52) return true;
  // Ten terms of an even progression (mod 16), at stride 1 or 2: near 3 × 10⁻⁸.
  for (const stride of [1, 2])
    for (let start = 0; start + 9 * stride < digits.length; start++) {
      const step = ((digits[start + stride] ?? 0) - (digits[start] ?? 0) + 16) % 16;
      let terms = 2;
      while (
        start + terms * stride < digits.length &&
        ((digits[start + terms * stride] ?? 0) - (digits[start + (terms - 1) * stride] ?? 0) + 16) %
          16 ===
          step
      )
        terms++;
      if (terms >= 10) return true;
    }
  return false;
}

/** Why a secret is too weak to be a key: vi/en reasons. */
const WEAKNESS = {
  short: {
    vi: `ít hơn ${MIN_KEY_BYTES} byte`,
    en: `fewer than ${MIN_KEY_BYTES} bytes`,
  },
  repeated: {
    vi: 'các byte lặp lại (quá ít giá trị khác nhau hoặc một mẫu lặp)',
    en: 'its bytes repeat (too few distinct values, or a repeated pattern)',
  },
  sequence: { vi: 'các byte là một dãy đều', en: 'its bytes form an even sequence' },
  printable: {
    vi: 'các byte là chữ in được (UTF-8): đây là một mật khẩu hoặc đoạn văn, không phải khóa ngẫu nhiên',
    en: 'its bytes are printable text (UTF-8): it is a passphrase or a sentence, not a random key',
  },
  typed: {
    vi: `đây là chữ gõ tay (một mật khẩu, chữ base64 hay dãy chữ số hex đặt theo ý), không phải ${2 * MIN_KEY_BYTES} chữ số hex ngẫu nhiên mà \`vntip keygen --pseudonym\` tạo ra`,
    en: `it is typed text (a passphrase, base64, or hex digits chosen by hand), not the ${2 * MIN_KEY_BYTES} random hex digits \`vntip keygen --pseudonym\` makes`,
  },
} as const;

function weakKeyError(weakness: keyof typeof WEAKNESS): VntipError {
  return new VntipError(
    'WEAK_PSEUDONYM_KEY',
    `Khóa bí danh hóa yếu: ${WEAKNESS[weakness].vi}. Tạo khóa mới bằng \`vntip keygen --pseudonym\`. / The pseudonymisation key is weak: ${WEAKNESS[weakness].en}. Make a new one with \`vntip keygen --pseudonym\`.`,
    { scope: 'privacy' },
  );
}

/**
 * The weakness of a would-be key, or undefined for one that looks random: fewer than 32 bytes, bytes that repeat or
 * form an even sequence, bytes that are printable text, hex digits that read as chosen by hand. 32 random bytes are
 * judged weak with a probability near 2 × 10⁻⁷; `vntip keygen --pseudonym` draws again when they are.
 */
export function keyWeakness(secret: Uint8Array): keyof typeof WEAKNESS | undefined {
  if (secret.length < MIN_KEY_BYTES) return 'short';
  // 32 random bytes hold about 30 distinct values; fewer than half as many, or any period, is a made-up key.
  const distinct = new Set(secret).size;
  if (distinct < Math.min(16, secret.length / 2)) return 'repeated';
  for (let period = 1; period <= secret.length / 2; period++)
    if (secret.every((byte, i) => i < period || byte === secret[i - period])) return 'repeated';
  const step = ((secret[1] ?? 0) - (secret[0] ?? 0) + 256) % 256;
  if (secret.every((byte, i) => i === 0 || (byte - (secret[i - 1] ?? 0) + 256) % 256 === step))
    return 'sequence';
  // 32 random bytes are printable UTF-8 text with a probability near 1e-12 (none in 2 million draws).
  if (isPrintableText(secret)) return 'printable';
  if (hexLooksTyped(secret)) return 'typed';
  return undefined;
}

function isPrintableText(bytes: Uint8Array): boolean {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // No control character but tab and line feed (C0, DEL and C1).
    return [...text].every((c) => {
      const code = c.codePointAt(0) ?? 0;
      return code === 0x09 || code === 0x0a || (code >= 0x20 && (code < 0x7f || code > 0x9f));
    });
  } catch {
    return false;
  }
}

/**
 * A key from raw secret bytes: at least 32, and refused (`WEAK_PSEUDONYM_KEY`) when they repeat, form a sequence, are
 * printable text or their hex digits read as chosen by hand, none of which a random key does. Its id is an HMAC of a fixed label, never a hash of the key.
 */
export function pseudonymKey(secret: Uint8Array): PseudonymKey {
  const weakness = keyWeakness(secret);
  if (weakness === 'short')
    throw new VntipError(
      'INVALID_PSEUDONYM_KEY',
      `Khóa bí danh hóa phải có ít nhất ${MIN_KEY_BYTES} byte ngẫu nhiên. / The pseudonymisation key must hold at least ${MIN_KEY_BYTES} random bytes.`,
      { scope: 'privacy' },
    );
  if (weakness) throw weakKeyError(weakness);
  const copy = Uint8Array.from(secret);
  const id = bytesToHex(hmac(sha256, copy, encoder.encode('vntip:key-id:v1'))).slice(0, 16);
  return { id, secret: copy };
}

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/** Lower-case RFC 4648 base32 without padding. */
function base32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(buffer << (5 - bits)) & 31];
  return out;
}

/** The sub-key of a purpose: HKDF-SHA-256 with the release id as salt and the purpose (and table) as info. */
function subKey(key: PseudonymKey, purpose: PseudonymPurpose): Uint8Array {
  const release = purpose.purpose === 'referral' ? undefined : encoder.encode(purpose.release);
  const info = `vntip:pseudonym:v1:${purpose.purpose}${purpose.purpose === 'public' ? `:${purpose.table}` : ''}`;
  return hkdf(sha256, key.secret, release, encoder.encode(info), 32);
}

/**
 * The pseudonymiser of a purpose: a function from an identifier to `ps-` and 26 base32 characters (130 bits) of
 * HMAC-SHA-256(sub-key, "vntip:id:" + value). For one key and purpose a value always gets the same pseudonym; without
 * the key it cannot be computed or reversed, and other keys, purposes, releases or tables give unlinkable ones. Fits
 * the standard's Identifier pattern.
 * @example
 * const referral = pseudonymizer(key, { purpose: 'referral' });
 * referral('001190012345'); // 'ps-…', the same in every referral
 */
export function pseudonymizer(
  key: PseudonymKey,
  purpose: PseudonymPurpose,
): (value: string) => string {
  const secret = subKey(key, purpose);
  return (value) => {
    const mac = hmac(sha256, secret, encoder.encode(`vntip:id:${value.normalize('NFC')}`));
    return `ps-${base32(mac.subarray(0, 17)).slice(0, 26)}`;
  };
}

/** A fresh random release id (32 hex digits), for public releases given none. */
export function randomReleaseId(): string {
  return bytesToHex(globalThis.crypto.getRandomValues(new Uint8Array(16)));
}
