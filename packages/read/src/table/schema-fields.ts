// The fields of each record type as a tree, walked from JSON_SCHEMAS, so that tabular readers know a column's
// type (to convert cells) and its Vietnamese and English titles (to match headers).
import {
  JSON_SCHEMAS,
  RECORD_TYPE_SCHEMA_FILES,
  schemaCodelist,
  schemaVariants,
} from '@vntip/schema';
import { getOwn, isJsonObject } from '../safe-object';
import { foldKey } from '../text/vietnamese-text';

/** A JSON type a leaf field may take. */
export type LeafKind = 'string' | 'integer' | 'number' | 'boolean';

/** What a cell of a leaf field converts to. */
export interface LeafSpec {
  readonly kinds: ReadonlySet<LeafKind>;
  /** True for `format: date` fields (YYYY-MM-DD). */
  readonly date: boolean;
  /** Name of the codelist whose codes the field takes, when every schema variant of the field agrees on one. */
  readonly codelist?: string;
  /** Fixed number of digits of a numeric code (province `01`, commune `00001`), to restore lost leading zeros. */
  readonly digits?: number;
}

/** One field of a record type: a leaf, an object with children, or an array with an item field. */
export interface FieldNode {
  readonly id: string;
  /** Every Vietnamese and English title the field has (one per schema variant). */
  readonly titles: ReadonlySet<string>;
  readonly kind: 'leaf' | 'object' | 'array';
  readonly leaf?: LeafSpec;
  /** Children of an object, by id. */
  readonly children?: ReadonlyMap<string, FieldNode>;
  /** The item field of an array. */
  readonly item?: FieldNode;
  /** The fields of an object that every schema variant of it requires. */
  readonly required?: ReadonlySet<string>;
}

interface MutableNode {
  id: string;
  titles: Set<string>;
  kind: 'leaf' | 'object' | 'array';
  leaf?: { kinds: Set<LeafKind>; date: boolean; codelists: Set<string>; widths: Set<number> };
  children?: Map<string, MutableNode>;
  item?: MutableNode;
  required?: Set<string>;
}

type Schema = Readonly<Record<string, unknown>>;

const MAX_SCHEMA_DEPTH = 16;
const trees = new Map<string, FieldNode | undefined>();

/** The field tree of a record type, or undefined when the type is not part of the standard. */
export function getFieldTree(recordType: string): FieldNode | undefined {
  if (trees.has(recordType)) return trees.get(recordType);
  const file = getOwn(RECORD_TYPE_SCHEMA_FILES, recordType);
  const schema = typeof file === 'string' ? JSON_SCHEMAS[file] : undefined;
  const tree =
    schema && typeof file === 'string' ? freeze(buildNode(recordType, schema, file, 0)) : undefined;
  trees.set(recordType, tree);
  return tree;
}

/** Looks up a child of an object field by id or title, ignoring case and diacritics; ambiguous titles match nothing. */
export function findChild(node: FieldNode, name: string): FieldNode | undefined {
  const found = findChildren(node, name);
  return found.length === 1 ? found[0] : undefined;
}

/**
 * Every child of an object field that a name could mean, in schema order: the one child whose id it is, else each
 * child with that title (case and diacritics ignored). A title two children share (`Mã tỉnh` in an administrative
 * unit) gives both.
 */
export function findChildren(node: FieldNode, name: string): FieldNode[] {
  if (!node.children) return [];
  const key = foldKey(name);
  if (!key) return [];
  const byTitle: FieldNode[] = [];
  for (const child of node.children.values()) {
    if (foldKey(child.id) === key) return [child];
    for (const title of child.titles) {
      if (foldKey(title) !== key) continue;
      byTitle.push(child);
      break;
    }
  }
  return byTitle;
}

/** The Vietnamese and English titles of a record type, from its schema. */
export function recordTypeTitles(recordType: string): string[] {
  const file = getOwn(RECORD_TYPE_SCHEMA_FILES, recordType);
  const schema = typeof file === 'string' ? JSON_SCHEMAS[file] : undefined;
  return schema ? [...titlesOf(schema)] : [];
}

function freeze(node: MutableNode): FieldNode {
  const [width] = node.leaf?.widths ?? [];
  const [codelist] = node.leaf?.codelists ?? [];
  return {
    id: node.id,
    titles: node.titles,
    kind: node.kind,
    ...(node.kind === 'leaf' && node.leaf
      ? {
          leaf: {
            kinds: node.leaf.kinds,
            date: node.leaf.date,
            ...(node.leaf.codelists.size === 1 && codelist ? { codelist } : {}),
            ...(node.leaf.widths.size === 1 && width !== undefined && width > 0
              ? { digits: width }
              : {}),
          },
        }
      : {}),
    ...(node.kind === 'object' && node.children
      ? { children: new Map([...node.children].map(([key, child]) => [key, freeze(child)])) }
      : {}),
    ...(node.kind === 'object' && node.required?.size ? { required: node.required } : {}),
    ...(node.kind === 'array' && node.item ? { item: freeze(node.item) } : {}),
  };
}

function buildNode(id: string, schema: Schema, file: string, depth: number): MutableNode {
  const node: MutableNode = { id, titles: titlesOf(schema), kind: 'leaf' };
  const codelist = schemaCodelist(schema);
  for (const [variant, variantFile] of schemaVariants(schema, file)) {
    mergeVariant(node, variant, variantFile, depth, codelist);
  }
  return node;
}

function mergeVariant(
  node: MutableNode,
  schema: Schema,
  file: string,
  depth: number,
  codelist: string | undefined,
): void {
  const properties = schema.properties;
  if (depth < MAX_SCHEMA_DEPTH && (schema.type === 'object' || isJsonObject(properties))) {
    node.kind = 'object';
    node.children ??= new Map();
    // Required only when every variant requires it.
    const required = new Set(
      Array.isArray(schema.required)
        ? schema.required.filter((key): key is string => typeof key === 'string')
        : [],
    );
    node.required = node.required
      ? new Set([...node.required].filter((key) => required.has(key)))
      : required;
    if (!isJsonObject(properties)) return;
    for (const [key, sub] of Object.entries(properties)) {
      if (!isJsonObject(sub)) continue;
      const child = buildNode(key, sub, file, depth + 1);
      const existing = node.children.get(key);
      node.children.set(key, existing ? mergeNodes(existing, child) : child);
    }
    return;
  }
  if (depth < MAX_SCHEMA_DEPTH && schema.type === 'array' && isJsonObject(schema.items)) {
    node.kind = 'array';
    const item = buildNode('items', schema.items, file, depth + 1);
    node.item = node.item ? mergeNodes(node.item, item) : item;
    return;
  }
  if (node.kind !== 'leaf') return;
  node.leaf ??= { kinds: new Set(), date: false, codelists: new Set(), widths: new Set() };
  const leaf = node.leaf;
  for (const kind of kindsOf(schema)) leaf.kinds.add(kind);
  if (schema.format === 'date') leaf.date = true;
  leaf.codelists.add(codelist ?? schemaCodelist(schema) ?? '');
  leaf.widths.add(digitsOf(schema) ?? 0);
}

function mergeNodes(a: MutableNode, b: MutableNode): MutableNode {
  for (const title of b.titles) a.titles.add(title);
  if (b.kind === 'object' && b.children) {
    a.kind = 'object';
    a.children ??= new Map();
    a.required = a.required
      ? new Set([...a.required].filter((key) => b.required?.has(key)))
      : (b.required ?? new Set());
    for (const [key, child] of b.children) {
      const existing = a.children.get(key);
      a.children.set(key, existing ? mergeNodes(existing, child) : child);
    }
  } else if (b.kind === 'array' && b.item) {
    a.kind = 'array';
    a.item = a.item ? mergeNodes(a.item, b.item) : b.item;
  } else if (b.leaf && a.kind === 'leaf') {
    a.leaf ??= { kinds: new Set(), date: false, codelists: new Set(), widths: new Set() };
    for (const kind of b.leaf.kinds) a.leaf.kinds.add(kind);
    for (const width of b.leaf.widths) a.leaf.widths.add(width);
    a.leaf.date ||= b.leaf.date;
    for (const codelist of b.leaf.codelists) a.leaf.codelists.add(codelist);
  }
  return a;
}

function titlesOf(schema: Schema): Set<string> {
  const titles = new Set<string>();
  const i18n = schema.i18n;
  if (!isJsonObject(i18n)) return titles;
  for (const locale of ['vi', 'en']) {
    const text = getOwn(i18n, locale);
    const title = isJsonObject(text) ? text.title : undefined;
    if (typeof title === 'string') titles.add(title);
  }
  // Titles of earlier versions of the standard still name the field in a header.
  const former = schema.formerTitles;
  if (Array.isArray(former)) {
    for (const title of former) if (typeof title === 'string') titles.add(title);
  }
  return titles;
}

function kindsOf(schema: Schema): LeafKind[] {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  const kinds = types.filter(
    (type): type is LeafKind =>
      type === 'string' || type === 'integer' || type === 'number' || type === 'boolean',
  );
  const values = 'const' in schema ? [schema.const] : Array.isArray(schema.enum) ? schema.enum : [];
  for (const value of values) {
    if (typeof value === 'string') kinds.push('string');
    else if (typeof value === 'boolean') kinds.push('boolean');
    else if (typeof value === 'number') kinds.push(Number.isInteger(value) ? 'integer' : 'number');
  }
  return kinds;
}

function digitsOf(schema: Schema): number | undefined {
  const pattern =
    typeof schema.pattern === 'string' ? /^\^\\d\{(\d+)\}\$$/.exec(schema.pattern) : null;
  if (pattern) return Number(pattern[1]);
  const values = Array.isArray(schema.enum) ? schema.enum : 'const' in schema ? [schema.const] : [];
  if (values.length === 0) return undefined;
  const widths = new Set(
    values.map((value) => (typeof value === 'string' && /^\d+$/.test(value) ? value.length : -1)),
  );
  const [width] = widths;
  return widths.size === 1 && width !== undefined && width > 0 ? width : undefined;
}
