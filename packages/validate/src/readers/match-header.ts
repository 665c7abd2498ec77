import { type FieldNode, findChild, type LeafSpec } from './schema-fields';

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
 * Maps a header to a field of the record type: segments separated by `.`, each the field id or its Vietnamese or
 * English title (case and diacritics ignored); `[n]` or a `.n` segment picks item n of an array of objects, and an
 * array of objects named without an index means its first item.
 */
export function matchHeader(tree: FieldNode, header: string): ColumnTarget | undefined {
  const segments = parseHeader(header);
  if (!segments) return undefined;
  const path: (string | number)[] = [];
  let node: FieldNode = tree;
  for (const segment of segments) {
    if (node.kind === 'array') {
      const item = node.item;
      if (item?.kind !== 'object') return undefined;
      if (segment.index !== undefined && segment.name === '') {
        path.push(segment.index);
        node = item;
        continue;
      }
      path.push(0);
      node = item;
    }
    if (node.kind !== 'object' || segment.name === '') return undefined;
    const child = findChild(node, segment.name);
    if (!child) return undefined;
    path.push(child.id);
    node = child;
    if (segment.index !== undefined) {
      const item = node.kind === 'array' ? node.item : undefined;
      if (item?.kind !== 'object') return undefined;
      path.push(segment.index);
      node = item;
    }
  }
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
  for (const part of text.split('.')) {
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
