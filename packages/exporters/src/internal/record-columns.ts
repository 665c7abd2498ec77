// The CSV columns of each record type, walked from the standard's JSON Schemas in property order, using the
// flattening `readCsv` reads: nested objects as `a.b` columns, arrays of values as one list cell, arrays of objects
// and free-form objects as one JSON cell under the field's own header.
import type { ExporterReport, RecordEntry } from '@vntip/core';
import {
  JSON_SCHEMAS,
  RECORD_TYPE_SCHEMA_FILES,
  type SchemaNode as Schema,
  schemaCodelist,
  schemaVariants,
} from '@vntip/schema';
import { isObject } from './is-object';

/** How a column's cell holds its value. */
export type ColumnKind = 'value' | 'list' | 'json';

/** One column of a record type's table. */
export interface RecordColumn {
  readonly path: readonly string[];
  readonly kind: ColumnKind;
  /** The codelist of the field's codes (of its items, for a list), for label columns. */
  readonly codelist?: string;
  /** The schemas the value may match (the array's, for a list), `$ref`s resolved: what a Table Schema is made from. */
  readonly variants: readonly Schema[];
}

/** The fields of a record type as a tree, to find the fields a record has but no column holds. */
export interface ColumnNode {
  readonly children?: ReadonlyMap<string, ColumnNode>;
}

interface Shape {
  kind: 'leaf' | 'object' | 'array';
  variants: Schema[];
  properties: Map<string, Schema[]>;
  items: Schema[];
  openObject: boolean;
  codelist?: string;
}

const MAX_DEPTH = 16;
const cache = new Map<string, { columns: RecordColumn[]; tree: ColumnNode } | undefined>();

/** The columns and field tree of a record type, or undefined when the standard has no such type. */
export function recordColumns(
  recordType: string,
): { readonly columns: readonly RecordColumn[]; readonly tree: ColumnNode } | undefined {
  if (cache.has(recordType)) return cache.get(recordType);
  const file = Object.hasOwn(RECORD_TYPE_SCHEMA_FILES, recordType)
    ? RECORD_TYPE_SCHEMA_FILES[recordType as keyof typeof RECORD_TYPE_SCHEMA_FILES]
    : undefined;
  const schema = file ? (JSON_SCHEMAS[file] as Schema | undefined) : undefined;
  let result: { columns: RecordColumn[]; tree: ColumnNode } | undefined;
  if (schema && file) {
    const columns: RecordColumn[] = [];
    const tree = walk([[schema, file]], [], columns, 0);
    result = { columns, tree };
  }
  cache.set(recordType, result);
  return result;
}

function walk(
  schemas: readonly (readonly [Schema, string])[],
  path: readonly string[],
  columns: RecordColumn[],
  depth: number,
): ColumnNode {
  const shape = shapeOf(schemas);
  if (shape.kind === 'object' && depth < MAX_DEPTH && (path.length === 0 || !shape.openObject)) {
    const children = new Map<string, ColumnNode>();
    for (const [key, subs] of shape.properties) {
      const withFiles = subs.map((sub) => [sub, fileOf(sub, schemas)] as const);
      children.set(key, walk(withFiles, [...path, key], columns, depth + 1));
    }
    return { children };
  }
  if (shape.kind === 'array') {
    const items = shapeOf(shape.items.map((item) => [item, fileOf(item, schemas)] as const));
    const kind: ColumnKind = items.kind === 'leaf' ? 'list' : 'json';
    columns.push({
      path,
      kind,
      ...(kind === 'list' && items.codelist ? { codelist: items.codelist } : {}),
      variants: shape.variants,
    });
    return {};
  }
  columns.push({
    path,
    kind: shape.kind === 'object' ? 'json' : 'value',
    ...(shape.kind === 'leaf' && shape.codelist ? { codelist: shape.codelist } : {}),
    variants: shape.variants,
  });
  return {};
}

// Schemas carry their file along in a WeakMap, so relative `$ref`s resolve against the file they appear in.
const files = new WeakMap<object, string>();

function fileOf(schema: Schema, parents: readonly (readonly [Schema, string])[]): string {
  return files.get(schema) ?? parents[0]?.[1] ?? '';
}

function shapeOf(schemas: readonly (readonly [Schema, string])[]): Shape {
  const shape: Shape = {
    kind: 'leaf',
    variants: [],
    properties: new Map(),
    items: [],
    openObject: false,
  };
  const codelists = new Set<string>();
  for (const [schema, file] of schemas) {
    const direct = schemaCodelist(schema);
    for (const [variant, variantFile] of schemaVariants(schema, file)) {
      const list = direct ?? schemaCodelist(variant);
      codelists.add(list ?? '');
      shape.variants.push(variant);
      const properties = variant.properties;
      if (variant.type === 'object' || isObject(properties)) {
        shape.kind = 'object';
        if (!isObject(properties) || Object.keys(properties).length === 0) shape.openObject = true;
        for (const [key, sub] of Object.entries(isObject(properties) ? properties : {})) {
          if (!isObject(sub)) continue;
          files.set(sub, variantFile);
          const list2 = shape.properties.get(key) ?? [];
          list2.push(sub);
          shape.properties.set(key, list2);
        }
      } else if (variant.type === 'array' && isObject(variant.items)) {
        if (shape.kind !== 'object') shape.kind = 'array';
        files.set(variant.items, variantFile);
        shape.items.push(variant.items);
      }
    }
  }
  const [codelist] = codelists;
  if (codelists.size === 1 && codelist) shape.codelist = codelist;
  return shape;
}

/**
 * Reports each field of a record that no column holds (`export_field_dropped`), walking the column tree; `format` names
 * the format in the message.
 */
export function reportDroppedFields(
  value: unknown,
  node: ColumnNode,
  entry: RecordEntry,
  report: (report: ExporterReport) => void,
  format: string,
  path: readonly string[] = [],
): void {
  if (!node.children || typeof value !== 'object' || value === null || Array.isArray(value)) return;
  for (const [key, child] of Object.entries(value)) {
    if (child === undefined) continue;
    const childNode = node.children.get(key);
    if (!childNode)
      report({ code: 'export_field_dropped', entry, path: [...path, key], params: { format } });
    else reportDroppedFields(child, childNode, entry, report, format, [...path, key]);
  }
}
