import { isJsonObject } from './is-json-object';

/** Returns the value at `path` inside `value`, or undefined when any step is missing. */
export function getAtPath(value: unknown, path: readonly (string | number)[]): unknown {
  let current = value;
  for (const step of path) {
    if (typeof step === 'number') {
      if (!Array.isArray(current)) return undefined;
      current = current[step];
    } else {
      if (!isJsonObject(current)) return undefined;
      current = current[step];
    }
  }
  return current;
}
