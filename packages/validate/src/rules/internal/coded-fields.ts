import { VntipError } from '@vntip/core';
import { JSON_SCHEMAS, RECORD_TYPE_SCHEMA_FILES } from '@vntip/schema';
import { isJsonObject } from './is-json-object';

/** A step from a record to a coded value: a property, every item of an array, or a oneOf variant's consts. */
export type CodedFieldStep =
  | { readonly property: string }
  | { readonly eachItem: true }
  | { readonly variant: Readonly<Record<string, unknown>> };

/** A field of a record type that takes a code from a codelist. */
export interface CodedField {
  readonly steps: readonly CodedFieldStep[];
  readonly codelist: string;
  /** True when codes outside the codelist are allowed (with a warning). */
  readonly open: boolean;
}

/** A coded value found in a record. */
export interface CodedValue {
  readonly path: readonly (string | number)[];
  readonly code: string;
  readonly codelist: string;
  readonly open: boolean;
}

type SchemaNode = Readonly<Record<string, unknown>>;

// Deeper nesting means a $ref cycle, which the generators would reject too.
const MAX_DEPTH = 16;

function resolveRef(ref: string, file: string): { node: SchemaNode; file: string } {
  const [refFile, pointer = ''] = ref.split('#');
  const targetFile = refFile ? refFile : file;
  let node: unknown = JSON_SCHEMAS[targetFile];
  for (const part of pointer.split('/').filter(Boolean)) {
    node = isJsonObject(node) ? node[part] : undefined;
  }
  if (!isJsonObject(node)) {
    throw new VntipError('INTERNAL', `Cannot resolve the schema reference ${ref} from ${file}.`);
  }
  return { node, file: targetFile };
}

function variantConsts(variant: SchemaNode): Record<string, unknown> {
  const consts: Record<string, unknown> = {};
  const properties = isJsonObject(variant.properties) ? variant.properties : {};
  for (const [key, property] of Object.entries(properties)) {
    if (isJsonObject(property) && 'const' in property) consts[key] = property.const;
  }
  return consts;
}

function collect(
  node: SchemaNode,
  file: string,
  steps: readonly CodedFieldStep[],
  out: CodedField[],
  depth: number,
): void {
  if (depth > MAX_DEPTH) {
    throw new VntipError('INTERNAL', `Schema nesting in ${file} is deeper than ${MAX_DEPTH}.`);
  }
  if (typeof node.codelist === 'string') {
    const open = node.openCodelist === true;
    const isArray = node.type === 'array';
    out.push({
      steps: isArray ? [...steps, { eachItem: true }] : steps,
      codelist: node.codelist,
      open,
    });
    return;
  }
  if (typeof node.$ref === 'string') {
    const target = resolveRef(node.$ref, file);
    collect(target.node, target.file, steps, out, depth + 1);
    return;
  }
  if (isJsonObject(node.properties)) {
    for (const [key, property] of Object.entries(node.properties)) {
      if (isJsonObject(property)) {
        collect(property, file, [...steps, { property: key }], out, depth + 1);
      }
    }
  }
  if (isJsonObject(node.items)) {
    collect(node.items, file, [...steps, { eachItem: true }], out, depth + 1);
  }
  if (Array.isArray(node.oneOf)) {
    for (const variant of node.oneOf) {
      if (!isJsonObject(variant)) continue;
      collect(variant, file, [...steps, { variant: variantConsts(variant) }], out, depth + 1);
    }
  }
}

function buildCodedFields(): ReadonlyMap<string, readonly CodedField[]> {
  const byType = new Map<string, readonly CodedField[]>();
  for (const [recordType, file] of Object.entries(RECORD_TYPE_SCHEMA_FILES)) {
    const schema = JSON_SCHEMAS[file];
    if (!schema) throw new VntipError('INTERNAL', `The embedded schema ${file} is missing.`);
    const fields: CodedField[] = [];
    collect(schema, file, [], fields, 0);
    byType.set(recordType, fields);
  }
  return byType;
}

/** The coded fields of every record type, read from the embedded JSON Schemas once. */
export const CODED_FIELDS: ReadonlyMap<string, readonly CodedField[]> = buildCodedFields();

function* expand(
  value: unknown,
  steps: readonly CodedFieldStep[],
  path: readonly (string | number)[],
): Generator<{ path: readonly (string | number)[]; value: unknown }> {
  const [step, ...rest] = steps;
  if (!step) {
    yield { path, value };
    return;
  }
  if ('property' in step) {
    if (isJsonObject(value) && step.property in value) {
      yield* expand(value[step.property], rest, [...path, step.property]);
    }
  } else if ('eachItem' in step) {
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) yield* expand(item, rest, [...path, index]);
    }
  } else if (
    isJsonObject(value) &&
    Object.entries(step.variant).every(([key, expected]) => value[key] === expected)
  ) {
    yield* expand(value, rest, path);
  }
}

/** Every coded value in a record of `recordType`, with its path and codelist, in schema order. */
export function findCodedValues(
  recordType: string,
  record: Readonly<Record<string, unknown>>,
  fields: ReadonlyMap<string, readonly CodedField[]> = CODED_FIELDS,
): CodedValue[] {
  const values: CodedValue[] = [];
  for (const field of fields.get(recordType) ?? []) {
    for (const found of expand(record, field.steps, [])) {
      if (typeof found.value !== 'string') continue;
      values.push({
        path: found.path,
        code: found.value,
        codelist: field.codelist,
        open: field.open,
      });
    }
  }
  return values;
}
