// "Did you mean": the field an unknown column header most likely meant, by edit distance on the fields' ids and
// vi/en titles with case, diacritics and punctuation ignored.
import type { Locale } from '@vntip/schema';
import { foldKey } from '../text/vietnamese-text';
import type { FieldNode } from './schema-fields';

/** A field suggested for an unknown header: its title path in the reader's language and its id path. */
export interface HeaderSuggestion {
  /** `Giới tính`, or `Địa bàn › Mã tỉnh` for a nested field. */
  readonly title: string;
  /** `sex`, or `location.code`. */
  readonly id: string;
}

interface FieldForm {
  readonly key: string;
  /** The ids or titles the key was made of; undefined when all are ids. */
  readonly titles?: readonly string[];
  readonly field: { readonly ids: readonly string[]; readonly nodes: readonly FieldNode[] };
}

/** How deep nested fields are offered (record → object → object → field). */
const MAX_DEPTH = 3;
const forms = new WeakMap<FieldNode, FieldForm[]>();

/**
 * The field whose id or title (nested: `Địa bàn.Mã tỉnh`) is nearest to the header, when it is near enough to be a
 * typing slip: one edit for short headers, up to three for long ones. The suggestion is the title the header nearly
 * is (a near id suggests the field's title in `locale`). Undefined when no field is that near, or the header is too
 * short to judge.
 */
export function suggestHeader(
  tree: FieldNode,
  header: string,
  locale: Locale,
): HeaderSuggestion | undefined {
  const key = foldKey(header);
  const allowed = key.length < 4 ? 0 : key.length <= 5 ? 1 : key.length <= 10 ? 2 : 3;
  if (allowed === 0) return undefined;
  let best: FieldForm | undefined;
  let bestDistance = allowed + 1;
  for (const form of formsOf(tree)) {
    if (Math.abs(form.key.length - key.length) >= bestDistance) continue;
    const distance = editDistance(key, form.key, bestDistance);
    if (distance > 0 && distance < bestDistance) {
      best = form;
      bestDistance = distance;
    }
  }
  if (!best) return undefined;
  const { field } = best;
  // The titles the header nearly is, as written; for a near id, the field's titles in the reader's language.
  const titles =
    best.titles ??
    field.nodes.map((node, index) => {
      const [vi, en] = [...node.titles];
      return (locale === 'en' ? (en ?? vi) : vi) ?? (field.ids[index] as string);
    });
  return { title: titles.join(' › '), id: field.ids.join('.') };
}

function formsOf(tree: FieldNode): FieldForm[] {
  let found = forms.get(tree);
  if (found) return found;
  found = [];
  collect(tree, [], [], [[]], found, 0);
  forms.set(tree, found);
  return found;
}

function collect(
  node: FieldNode,
  ids: string[],
  nodes: FieldNode[],
  names: string[][],
  out: FieldForm[],
  depth: number,
): void {
  const object = node.kind === 'array' && node.item?.kind === 'object' ? node.item : node;
  if (object.kind !== 'object' || !object.children || depth >= MAX_DEPTH) return;
  for (const child of object.children.values()) {
    const childIds = [...ids, child.id];
    const childNodes = [...nodes, child];
    const childNames: string[][] = [];
    for (const prefix of names) {
      for (const name of [child.id, ...child.titles]) childNames.push([...prefix, name]);
    }
    const field = { ids: childIds, nodes: childNodes };
    const seen = new Set<string>();
    for (const parts of childNames) {
      const key = foldKey(parts.join(''));
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const byId = parts.every((part, index) => part === childIds[index]);
      out.push(byId ? { key, field } : { key, titles: parts, field });
    }
    collect(child, childIds, childNodes, childNames, out, depth + 1);
  }
}

/** Levenshtein distance of two strings, or `limit` as soon as it is known to be at least that. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin >= limit) return limit;
    previous = current;
  }
  return previous[b.length] as number;
}
