import { hkdf } from '@noble/hashes/hkdf.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { VntipError } from '@vntip/core';

/** A province's pseudonymisation key: the secret, and the id that names it in manifests and risk reports. */
export interface PseudonymKey {
  /** First 16 hex digits of HMAC-SHA-256(secret, "vntip:key-id:v1"): names the key, and a guessed key cannot be checked against it without the HMAC. */
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
 * Reads a key from its text form (64+ hex digits, or base64 of 32+ bytes), as held in a key file or an environment
 * variable, and refuses weak keys (see `pseudonymKey`), and base64 text that reads as a typed passphrase (letters and
 * digits, mostly lower case), whose decoded bytes look random but hold no more than the passphrase. There is no
 * default key: a missing, short or weak key is an error. `vntip keygen --pseudonym` is the way to make one.
 */
export function readPseudonymKey(text: string): PseudonymKey {
  const trimmed = text.trim();
  const hex = /^[0-9a-fA-F]+$/.test(trimmed) && trimmed.length % 2 === 0;
  const secret = hex
    ? Uint8Array.from(trimmed.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16))
    : decodeBase64(trimmed);
  if (secret !== undefined && secret.length >= MIN_KEY_BYTES && !hex && looksTyped(trimmed))
    throw weakKeyError('typed');
  if (secret === undefined || secret.length < MIN_KEY_BYTES)
    throw new VntipError(
      'INVALID_PSEUDONYM_KEY',
      `Khóa bí danh hóa phải có ít nhất ${MIN_KEY_BYTES} byte ngẫu nhiên, dạng hex hoặc base64; tạo khóa bằng \`vntip keygen --pseudonym\`. / The pseudonymisation key must hold at least ${MIN_KEY_BYTES} random bytes, as hex or base64; make one with \`vntip keygen --pseudonym\`.`,
      { scope: 'privacy' },
    );
  return pseudonymKey(secret);
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
    vi: 'đây là chữ gõ tay (một mật khẩu được đọc như base64), không phải khóa ngẫu nhiên',
    en: 'it is typed text (a passphrase read as base64), not a random key',
  },
} as const;

/**
 * Whether base64 text reads as a typed passphrase rather than the base64 of random bytes: letters and digits only,
 * three quarters or more of it lower-case letters. Base64 of random bytes draws 26 of its 64 symbols in lower case; 32
 * random bytes pass this test with a probability near 10⁻⁶ (a passphrase in capitals and digits can still pass it:
 * `vntip keygen --pseudonym` is the way to make a key).
 */
function looksTyped(text: string): boolean {
  const body = text.replace(/=+$/, '');
  if (!/^[A-Za-z0-9]+$/.test(body)) return false;
  const lower = [...body].filter((c) => c >= 'a' && c <= 'z').length;
  return lower * 4 >= body.length * 3;
}

function weakKeyError(weakness: keyof typeof WEAKNESS): VntipError {
  return new VntipError(
    'WEAK_PSEUDONYM_KEY',
    `Khóa bí danh hóa yếu: ${WEAKNESS[weakness].vi}. Tạo khóa mới bằng \`vntip keygen --pseudonym\`. / The pseudonymisation key is weak: ${WEAKNESS[weakness].en}. Make a new one with \`vntip keygen --pseudonym\`.`,
    { scope: 'privacy' },
  );
}

/** The weakness of a would-be key, or undefined for one that looks random. */
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
 * A key from raw secret bytes: at least 32, and refused (`WEAK_PSEUDONYM_KEY`) when they repeat, form a sequence or
 * are printable text, none of which a random key does. Its id is an HMAC of a fixed label, never a hash of the key.
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

function decodeBase64(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) return undefined;
  let binary: string;
  try {
    binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    // Not base64 (a length of 4n + 1): a bad key, not a broken program.
    return undefined;
  }
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
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
