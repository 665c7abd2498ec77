/**
 * Sets an own, enumerable property whatever its name. Unlike `target[key] = value`, a key such as `__proto__`
 * becomes a plain data property and never reaches a prototype.
 */
export function setOwn(target: object, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else {
    // Only `__proto__` is an accessor on Object.prototype; any other key, `constructor` and `prototype`
    // included, becomes an own property of a plain object when assigned.
    (target as Record<string, unknown>)[key] = value;
  }
}

/** Reads an own property only, never an inherited one. */
export function getOwn(target: object, key: string): unknown {
  return Object.hasOwn(target, key) ? (target as Record<string, unknown>)[key] : undefined;
}

/** True for a plain JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Number of bytes of a string in UTF-8, counted without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** A string value too large to keep, found while normalising a JSON value. */
export interface OversizedValue {
  readonly path: readonly (string | number)[];
  readonly bytes: number;
}

// Printable ASCII is already NFC; testing for it is much cheaper than normalising.
const ASCII = /^[\t\n\r -~]*$/;

/** True for a key of printable ASCII only (the usual case), already NFC; a loop beats the regex on short keys. */
function isAsciiKey(key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    if (code > 0x7e || (code < 0x20 && code !== 9 && code !== 10 && code !== 13)) return false;
  }
  return true;
}

/**
 * Normalises a freshly parsed JSON value in place: every string and key NFC, strings over `maxCellBytes` removed
 * (object properties deleted, array items set to null) and listed. Keys are written with `setOwn`, so `__proto__`
 * and friends stay inert data. Returns the value; the caller has bounded its depth.
 */
export function normalizeJsonValue(
  value: unknown,
  maxCellBytes: number,
  oversized: OversizedValue[],
  path: (string | number)[] = [],
): unknown {
  return normalizeWithin(value, maxCellBytes, oversized, path, 0, Number.POSITIVE_INFINITY);
}

/** What `normalizeBoundedJsonValue` returns for a value nesting deeper than allowed. */
export const TOO_DEEP: unique symbol = Symbol('too deep');

/**
 * `normalizeJsonValue` and the depth check of `nestsDeeperThan` in one walk: returns `TOO_DEEP` (the value then
 * half-normalised, to be dropped, and `oversized` to be ignored) when it nests deeper than `maxDepth` containers.
 * Recursive, so only for a small `maxDepth`.
 */
export function normalizeBoundedJsonValue(
  value: unknown,
  maxDepth: number,
  maxCellBytes: number,
  oversized: OversizedValue[],
): unknown {
  return normalizeWithin(value, maxCellBytes, oversized, [], 0, maxDepth);
}

function normalizeWithin(
  value: unknown,
  maxCellBytes: number,
  oversized: OversizedValue[],
  path: (string | number)[],
  depth: number,
  maxDepth: number,
): unknown {
  if (typeof value === 'string') {
    const bytes = value.length * 3 > maxCellBytes ? utf8Length(value) : value.length;
    if (bytes > maxCellBytes) {
      oversized.push({ path: [...path], bytes });
      return undefined;
    }
    return ASCII.test(value) ? value : value.normalize('NFC');
  }
  if (typeof value === 'object' && value !== null && depth + 1 > maxDepth) return TOO_DEEP;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      if (typeof item !== 'string' && (typeof item !== 'object' || item === null)) continue;
      path.push(index);
      const next = normalizeWithin(item, maxCellBytes, oversized, path, depth + 1, maxDepth);
      path.pop();
      if (next === TOO_DEEP) return TOO_DEEP;
      if (next !== item) value[index] = next === undefined ? null : next;
    }
    return value;
  }
  if (isJsonObject(value)) {
    for (const key of Object.keys(value)) {
      // Own keys only: a plain read is safe except for `__proto__`, an accessor on Object.prototype.
      const item = key === '__proto__' ? getOwn(value, key) : value[key];
      // Numbers, booleans and null need no work.
      if (typeof item !== 'string' && (typeof item !== 'object' || item === null)) {
        if (!isAsciiKey(key)) {
          const normalizedKey = key.normalize('NFC');
          if (normalizedKey !== key) {
            delete value[key];
            setOwn(value, normalizedKey, item);
          }
        }
        continue;
      }
      path.push(key);
      const next = normalizeWithin(item, maxCellBytes, oversized, path, depth + 1, maxDepth);
      path.pop();
      if (next === TOO_DEEP) return TOO_DEEP;
      const normalizedKey = isAsciiKey(key) ? key : key.normalize('NFC');
      if (next === undefined || normalizedKey !== key) delete value[key];
      if (next !== undefined && (next !== item || normalizedKey !== key))
        setOwn(value, normalizedKey, next);
    }
    return value;
  }
  return value;
}
