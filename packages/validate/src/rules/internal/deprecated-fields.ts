import {
  JSON_SCHEMAS,
  RECORD_TYPE_SCHEMA_FILES,
  resolveSchemaRef,
  type SchemaNode,
} from '@vntip/schema';
import { isJsonObject } from './is-json-object';

/** A schema's `deprecation` keyword (meta-schema.json): since when, the successor, and why. */
export interface Deprecation {
  readonly since: string;
  readonly replacedBy?: string;
  readonly vi: string;
  readonly en: string;
}

/** A deprecated field of a record type: property names from the record, `*` for every item of an array. */
export interface DeprecatedField {
  readonly path: readonly string[];
  readonly deprecation: Deprecation;
}

// Deeper nesting means a $ref cycle, which the generators would reject too.
const MAX_DEPTH = 16;

function collect(
  node: SchemaNode,
  file: string,
  path: readonly string[],
  out: DeprecatedField[],
  depth: number,
): void {
  if (depth > MAX_DEPTH) return;
  const { deprecation } = node;
  if (isJsonObject(deprecation) && path.length > 0) {
    out.push({ path, deprecation: deprecation as unknown as Deprecation });
  }
  if (typeof node.$ref === 'string') {
    const target = resolveSchemaRef(node.$ref, file);
    if (target) collect(target.schema, target.file, path, out, depth + 1);
  }
  if (isJsonObject(node.properties)) {
    for (const [key, child] of Object.entries(node.properties)) {
      if (isJsonObject(child)) collect(child, file, [...path, key], out, depth + 1);
    }
  }
  if (isJsonObject(node.items)) collect(node.items, file, [...path, '*'], out, depth + 1);
  for (const keyword of ['oneOf', 'anyOf', 'allOf']) {
    const variants = node[keyword];
    if (!Array.isArray(variants)) continue;
    for (const variant of variants) {
      if (isJsonObject(variant)) collect(variant, file, path, out, depth + 1);
    }
  }
}

/** The deprecated fields of every record type, read from the given schemas (by default the embedded ones). */
export function findDeprecatedFields(
  schemas: Readonly<Record<string, unknown>> = JSON_SCHEMAS,
  files: Readonly<Record<string, string>> = RECORD_TYPE_SCHEMA_FILES,
): ReadonlyMap<string, readonly DeprecatedField[]> {
  const byType = new Map<string, readonly DeprecatedField[]>();
  for (const [recordType, file] of Object.entries(files)) {
    const schema = schemas[file];
    if (!isJsonObject(schema)) continue;
    const fields: DeprecatedField[] = [];
    collect(schema, file, [], fields, 0);
    // A field reached through several variants is one field.
    const seen = new Set<string>();
    byType.set(
      recordType,
      fields.filter((field) => {
        const key = field.path.join('.');
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      }),
    );
  }
  return byType;
}

/** The paths in `record` where a value sits at a deprecated field's path. */
export function findValuesAt(
  record: unknown,
  path: readonly string[],
  at: (string | number)[] = [],
): (string | number)[][] {
  const [step, ...rest] = path;
  if (step === undefined) return record === undefined ? [] : [at];
  if (step === '*') {
    if (!Array.isArray(record)) return [];
    return record.flatMap((item, index) => findValuesAt(item, rest, [...at, index]));
  }
  if (!isJsonObject(record) || !Object.hasOwn(record, step)) return [];
  return findValuesAt(record[step], rest, [...at, step]);
}
