/**
 * The value a record holds under `key` as its own property, or undefined: never one inherited from
 * `Object.prototype`, so a user-given name such as `__proto__`, `constructor` or `toString` finds nothing. Every lookup
 * by a name from the command line, a config file or data goes through this (or a `Map`).
 * @example
 * ownValue(CODELISTS, '__proto__') // undefined
 */
export function ownValue<T>(
  record: Readonly<Record<string, T>> | undefined,
  key: string,
): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
