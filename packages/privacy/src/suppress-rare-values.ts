import type { FieldNode } from '@vntip/schema';
import type { DropCounts } from './clean-record';
import type { PlainRecord } from './ladders';

/**
 * Local suppression of rare values in one released table about persons: every value written outside the
 * quasi-identifiers and identifiers (a code, a number, a flag, a list of codes) that fewer than k distinct persons of
 * the table hold is removed from the rows that hold it. A value is compared as text, whatever its field, as an
 * attacker joining files cell by cell would; a list also counts as each of its items. What remains can link a row only
 * to rows of at least k persons. Never mutates; removals are counted in `dropped` as `recordType.path`.
 */
export function suppressRareValues(
  recordType: string,
  rows: readonly PlainRecord[],
  subjects: readonly string[],
  fields: FieldNode,
  quasiIdentifiers: readonly string[],
  k: number,
  dropped: DropCounts,
): PlainRecord[] {
  const skip = (path: string) =>
    quasiIdentifiers.some(
      (qi) => path === qi || path.startsWith(`${qi}.`) || path.startsWith(`${qi}[]`),
    );
  let current = rows.map((row) => ({ ...row }) as PlainRecord);
  for (;;) {
    const holders = new Map<string, Set<string>>();
    current.forEach((row, i) => {
      for (const leaf of leaves(row, fields, '', skip))
        for (const key of leaf.keys) {
          const set = holders.get(key) ?? new Set<string>();
          set.add(subjects[i] ?? String(i));
          holders.set(key, set);
        }
    });
    const rare = (key: string) => (holders.get(key)?.size ?? 0) < k;
    let changed = false;
    current = current.map((row) => {
      const remove = leaves(row, fields, '', skip).filter((leaf) => leaf.keys.some(rare));
      if (remove.length === 0) return row;
      changed = true;
      let out: unknown = row;
      for (const leaf of remove) {
        out = removeAt(out, leaf.at);
        const field = `${recordType}.${leaf.path}`;
        dropped.set(field, (dropped.get(field) ?? 0) + 1);
      }
      return out as PlainRecord;
    });
    if (!changed) return current;
  }
}

// --- Internal helpers ---

interface Leaf {
  /** The schema path (`confirmationDocuments[].type`). */
  readonly path: string;
  /** Where it is in this row: keys and array indexes. */
  readonly at: readonly (string | number)[];
  /** The texts it can be joined on. */
  readonly keys: readonly string[];
}

const text = (value: unknown) =>
  typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);

function leaves(
  value: unknown,
  node: FieldNode | undefined,
  path: string,
  skip: (path: string) => boolean,
  at: readonly (string | number)[] = [],
): Leaf[] {
  if (node === undefined || value === undefined || (path !== '' && skip(path))) return [];
  if (node.kind === 'identifier') return [];
  if (Array.isArray(value)) {
    if (node.items?.properties === undefined) {
      const items = value.map(text);
      return items.length === 0 ? [] : [{ path, at, keys: [items.join('; '), ...items] }];
    }
    return value.flatMap((item, i) => leaves(item, node.items, `${path}[]`, skip, [...at, i]));
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([name, child]) =>
      leaves(child, node.properties?.get(name), path ? `${path}.${name}` : name, skip, [
        ...at,
        name,
      ]),
    );
  }
  return [{ path, at, keys: [text(value)] }];
}

function removeAt(value: unknown, at: readonly (string | number)[]): unknown {
  const [head, ...rest] = at;
  if (head === undefined) return undefined;
  if (Array.isArray(value) && typeof head === 'number') {
    const copy = [...value];
    copy[head] = removeAt(copy[head], rest);
    return copy;
  }
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  const next = removeAt(copy[head], rest);
  if (next === undefined) delete copy[head];
  else copy[head] = next;
  return copy;
}
