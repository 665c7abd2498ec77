import { type FieldNode, findChildren, type LeafSpec } from './schema-fields';

/** Where a column's cells go in the record, and how they convert. */
export type ColumnTarget =
  /** A single value: number, date, boolean, code or text. */
  | { readonly kind: 'leaf'; readonly path: readonly (string | number)[]; readonly leaf: LeafSpec }
  /** An array of single values, written in one cell separated by `;` (or one per line). */
  | { readonly kind: 'list'; readonly path: readonly (string | number)[]; readonly leaf: LeafSpec }
  /** An object or an array of objects, written in one cell as JSON. */
  | { readonly kind: 'json'; readonly path: readonly (string | number)[] };

/** Highest array index a header may name (`funding[999].source`), so a header cannot make a huge array. */
export const MAX_COLUMN_INDEX = 999;

/**
 * Maps a header to a field of the record type: segments separated by `.` or `›`, each the field id or its Vietnamese
 * or English title (case and diacritics ignored); `[n]` or a `.n` segment picks item n of an array of objects, and an
 * array of objects named without an index means its first item. A header that could name two fields matches none.
 */
export function matchHeader(tree: FieldNode, header: string): ColumnTarget | undefined {
  const found = matchHeaderCandidates(tree, header);
  return found.length === 1 ? found[0] : undefined;
}

/** Most fields one header may be read as, so a header of many shared titles cannot branch without end. */
const MAX_CANDIDATES = 8;

/**
 * Every field a header could name, in schema order: one for most headers, several when a segment is a title that
 * sibling fields share (`Địa bàn.Mã tỉnh` is the unit's own code or the code of its province), none when it names
 * nothing.
 */
export function matchHeaderCandidates(tree: FieldNode, header: string): ColumnTarget[] {
  const segments = parseHeader(header);
  if (!segments) return [];
  const found: ColumnTarget[] = [];
  walk(tree, segments, 0, [], found);
  return found;
}

function walk(
  start: FieldNode,
  segments: readonly HeaderSegment[],
  at: number,
  prefix: readonly (string | number)[],
  found: ColumnTarget[],
): void {
  if (found.length >= MAX_CANDIDATES) return;
  const path = [...prefix];
  let node = start;
  if (at === segments.length) {
    const target = targetOf(node, path);
    if (target) found.push(target);
    return;
  }
  const segment = segments[at] as HeaderSegment;
  if (node.kind === 'array') {
    const item = node.item;
    if (item?.kind !== 'object') return;
    if (segment.index !== undefined && segment.name === '') {
      walk(item, segments, at + 1, [...path, segment.index], found);
      return;
    }
    path.push(0);
    node = item;
  }
  if (node.kind !== 'object' || segment.name === '') return;
  for (const child of findChildren(node, segment.name)) {
    if (segment.index === undefined) {
      walk(child, segments, at + 1, [...path, child.id], found);
      continue;
    }
    const item = child.kind === 'array' ? child.item : undefined;
    if (item?.kind !== 'object') continue;
    walk(item, segments, at + 1, [...path, child.id, segment.index], found);
  }
}

function targetOf(node: FieldNode, path: (string | number)[]): ColumnTarget | undefined {
  if (node.kind === 'leaf' && node.leaf) return { kind: 'leaf', path, leaf: node.leaf };
  if (node.kind === 'array' && node.item?.kind === 'leaf' && node.item.leaf) {
    return { kind: 'list', path, leaf: node.item.leaf };
  }
  if (path.length === 0) return undefined;
  return { kind: 'json', path };
}

interface HeaderSegment {
  readonly name: string;
  readonly index?: number;
}

function parseHeader(header: string): HeaderSegment[] | undefined {
  const text = header.normalize('NFC').trim();
  if (text === '' || text.length > 500) return undefined;
  const segments: HeaderSegment[] = [];
  for (const part of text.split(/[.›]/)) {
    const trimmed = part.trim();
    const digits = /^\d+$/.exec(trimmed);
    if (digits) {
      const index = Number(trimmed);
      if (index > MAX_COLUMN_INDEX) return undefined;
      segments.push({ name: '', index });
      continue;
    }
    const match = /^(.*?)\s*\[\s*(\d+)\s*\]$/.exec(trimmed);
    if (match) {
      const index = Number(match[2]);
      if (index > MAX_COLUMN_INDEX) return undefined;
      segments.push({ name: match[1] ?? '', index });
    } else {
      segments.push({ name: trimmed });
    }
  }
  return segments;
}

/** The spreadsheet column letters of a 0-based column index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
