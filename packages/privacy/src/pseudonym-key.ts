import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { VntipError } from '@vntip/core';

/** A province's pseudonymisation key: the secret, and the id that names it in manifests and risk reports. */
export interface PseudonymKey {
  /** First 16 hex digits of SHA-256 over the secret; names the key without revealing it. */
  readonly id: string;
  readonly secret: Uint8Array;
}

/** Fewest secret bytes accepted: 256 bits, as HMAC-SHA-256 needs to resist guessing. */
export const MIN_KEY_BYTES = 32;

/**
 * Reads a key from its text form (64+ hex digits, or base64 of 32+ bytes), as held in a key file or an environment
 * variable. There is no default key: a missing or short key is an error.
 */
export function readPseudonymKey(text: string): PseudonymKey {
  const trimmed = text.trim();
  const secret =
    /^[0-9a-fA-F]+$/.test(trimmed) && trimmed.length % 2 === 0
      ? Uint8Array.from(trimmed.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16))
      : decodeBase64(trimmed);
  if (secret === undefined || secret.length < MIN_KEY_BYTES)
    throw new VntipError(
      'INVALID_PSEUDONYM_KEY',
      `The pseudonymisation key must hold at least ${MIN_KEY_BYTES} random bytes, as hex or base64. Generate one with \`vntip keygen --pseudonym\`.`,
    );
  return pseudonymKey(secret);
}

/** A key from raw secret bytes (at least 32). */
export function pseudonymKey(secret: Uint8Array): PseudonymKey {
  if (secret.length < MIN_KEY_BYTES)
    throw new VntipError(
      'INVALID_PSEUDONYM_KEY',
      `The pseudonymisation key must hold at least ${MIN_KEY_BYTES} random bytes.`,
    );
  return { id: bytesToHex(sha256(secret)).slice(0, 16), secret: Uint8Array.from(secret) };
}

function decodeBase64(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) return undefined;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
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

/**
 * The keyed pseudonym of an identifier: `ps-` and 26 base32 characters of HMAC-SHA-256(secret, "vntip:id:" + value)
 * (130 bits). One key always gives one value the same pseudonym, in every file and record type; without the key it
 * cannot be computed or reversed, and different keys give unlinkable pseudonyms. Fits the standard's Identifier pattern.
 */
export function pseudonymize(key: PseudonymKey, value: string): string {
  const mac = hmac(
    sha256,
    key.secret,
    new TextEncoder().encode(`vntip:id:${value.normalize('NFC')}`),
  );
  return `ps-${base32(mac.subarray(0, 17)).slice(0, 26)}`;
}
