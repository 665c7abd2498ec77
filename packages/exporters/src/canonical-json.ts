import { VntipError } from '@vntip/core';

/**
 * Serialises a JSON value canonically: object keys sorted by UTF-16 code units, no whitespace, strings and keys in
 * NFC, numbers as JavaScript prints them (RFC 8785, JSON Canonicalization Scheme, after NFC). `undefined` members
 * are left out, as `JSON.stringify` does; non-finite numbers become `null`. Two keys of one object that are the same
 * text in NFC (`Hòa` written precomposed and decomposed) would be one key twice: canonicalJson throws
 * `CANONICAL_KEY_COLLISION` rather than write a document two readers could read differently.
 * @example
 * canonicalJson({ b: 1, a: 'Hòa' }); // '{"a":"Hòa","b":1}'
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : 'null';
  if (typeof value === 'string') return JSON.stringify(value.normalize('NFC'));
  if (Array.isArray(value)) {
    return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  }
  if (typeof value === 'object') {
    const members = Object.entries(value as Record<string, unknown>)
      .filter(([, child]) => child !== undefined && typeof child !== 'function')
      .map(([key, child]) => [key.normalize('NFC'), child, key] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (let i = 1; i < members.length; i++) {
      const [key, , original] = members[i] as (typeof members)[number];
      const [previous, , previousOriginal] = members[i - 1] as (typeof members)[number];
      if (key === previous) {
        throw new VntipError(
          'CANONICAL_KEY_COLLISION',
          `The keys ${JSON.stringify(previousOriginal)} and ${JSON.stringify(original)} are the same text in Unicode NFC, so the object has no canonical form. Keep one of them.`,
          { scope: 'exporters' },
        );
      }
    }
    return `{${members.map(([key, child]) => `${JSON.stringify(key)}:${canonicalJson(child)}`).join(',')}}`;
  }
  return 'null';
}
