import { getOwn, isJsonObject, setOwn } from '../safe-object';

/**
 * Builds a nested record from (path, value) pairs, creating objects and arrays on the way. Every key is set with
 * `setOwn`, so no path can reach a prototype.
 */
export class RecordBuilder {
  private readonly root: Record<string, unknown> = {};
  private empty = true;

  /** Sets the value at a path such as `['participants', 'byAgeBand', 0, 'count']`. */
  set(path: readonly (string | number)[], value: unknown): void {
    if (path.length === 0) return;
    let target: Record<string, unknown> | unknown[] = this.root;
    for (let i = 0; i < path.length - 1; i++) {
      const key = path[i] as string | number;
      const wantsArray = typeof path[i + 1] === 'number';
      let next = read(target, key);
      if (wantsArray ? !Array.isArray(next) : !isJsonObject(next)) {
        next = wantsArray ? [] : {};
        write(target, key, next);
      }
      target = next as Record<string, unknown> | unknown[];
    }
    write(target, path[path.length - 1] as string | number, value);
    this.empty = false;
  }

  /** True until a value was set. */
  get isEmpty(): boolean {
    return this.empty;
  }

  /** The record, with holes left by skipped array items closed up. */
  build(): Record<string, unknown> {
    return compact(this.root) as Record<string, unknown>;
  }
}

function read(target: Record<string, unknown> | unknown[], key: string | number): unknown {
  if (Array.isArray(target)) return typeof key === 'number' ? target[key] : undefined;
  return typeof key === 'string' ? getOwn(target, key) : undefined;
}

function write(
  target: Record<string, unknown> | unknown[],
  key: string | number,
  value: unknown,
): void {
  if (Array.isArray(target)) {
    if (typeof key === 'number') target[key] = value;
  } else if (typeof key === 'string') {
    setOwn(target, key, value);
  }
}

function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter(() => true).map(compact);
  if (isJsonObject(value)) {
    for (const key of Object.keys(value)) setOwn(value, key, compact(getOwn(value, key)));
  }
  return value;
}
