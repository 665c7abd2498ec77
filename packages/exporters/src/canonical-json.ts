/**
 * Serialises a JSON value canonically: object keys sorted by UTF-16 code units, no whitespace, strings and keys in
 * NFC, numbers as JavaScript prints them (RFC 8785, JSON Canonicalization Scheme, after NFC). `undefined` members
 * are left out, as `JSON.stringify` does; non-finite numbers become `null`.
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
      .map(([key, child]) => [key.normalize('NFC'), child] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${members.map(([key, child]) => `${JSON.stringify(key)}:${canonicalJson(child)}`).join(',')}}`;
  }
  return 'null';
}
