import { JSON_SCHEMAS } from './generated/json-schemas';

/** A node of one of the standard's JSON Schemas. */
export type SchemaNode = Readonly<Record<string, unknown>>;

/** A schema node with the file it was read from (its `$ref`s are relative to that file). */
export type LocatedSchema = readonly [SchemaNode, string];

const MAX_HOPS = 16;

function isNode(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The node a `$ref` (`file#/$defs/Name` or `#/$defs/Name`) points to in the embedded schemas, relative to `file`, with
 * its file and, for a `$defs` target, the definition's name; undefined when it points nowhere.
 */
export function resolveSchemaRef(
  ref: string,
  file: string,
): { readonly schema: SchemaNode; readonly file: string; readonly def?: string } | undefined {
  const [target = '', pointer = ''] = ref.split('#');
  const targetFile = target === '' ? file : target;
  const parts = pointer.split('/').filter(Boolean);
  let node: unknown = JSON_SCHEMAS[targetFile];
  for (const part of parts) {
    const key = decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~');
    node = isNode(node) && Object.hasOwn(node, key) ? node[key] : undefined;
  }
  if (!isNode(node)) return undefined;
  const def = parts[0] === '$defs' ? parts[parts.length - 1] : undefined;
  return { schema: node, file: targetFile, ...(def ? { def } : {}) };
}

/**
 * The concrete variants of a schema node: `$ref`s followed (sibling keywords kept), then every branch of a
 * `oneOf`/`anyOf`/`allOf`, recursively. With `withParent`, a node with branches also yields its own keywords first.
 */
export function schemaVariants(
  schema: SchemaNode,
  file: string,
  options: { readonly withParent?: boolean } = {},
  hops = 0,
): LocatedSchema[] {
  if (hops > MAX_HOPS) return [];
  const ref = schema.$ref;
  if (typeof ref === 'string') {
    const target = resolveSchemaRef(ref, file);
    if (!target) return [];
    const { $ref: _ref, ...rest } = schema;
    return schemaVariants({ ...target.schema, ...rest }, target.file, options, hops + 1);
  }
  const choices = [schema.oneOf, schema.anyOf, schema.allOf].find(Array.isArray);
  if (!choices) return [[schema, file]];
  const { oneOf: _o, anyOf: _a, allOf: _l, ...rest } = schema;
  const branches = choices
    .filter(isNode)
    .flatMap((choice) => schemaVariants(choice, file, options, hops + 1));
  return options.withParent ? [[rest, file], ...branches] : branches;
}

/** The codelist a schema node takes its codes from: its `codelist` keyword, or a `$ref` into the codelists schema. */
export function schemaCodelist(schema: SchemaNode): string | undefined {
  if (typeof schema.codelist === 'string') return schema.codelist;
  const ref = schema.$ref;
  const match =
    typeof ref === 'string' ? /^codelists\.schema\.json#\/\$defs\/(\w+)$/.exec(ref) : null;
  return match?.[1];
}
