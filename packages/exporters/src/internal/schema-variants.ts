import { JSON_SCHEMAS } from '@vntip/schema';

/** A JSON Schema node. */
export type Schema = Readonly<Record<string, unknown>>;

/** A schema node with the file it was read from (its `$ref`s are relative to that file). */
export type LocatedSchema = readonly [Schema, string];

const MAX_HOPS = 16;

/**
 * The concrete variants of a schema node: `$ref`s followed (sibling keywords kept), then every branch of a
 * `oneOf`/`anyOf`/`allOf`, recursively. With `withParent`, a node with branches also yields its own keywords first.
 */
export function schemaVariants(
  schema: Schema,
  file: string,
  options: { readonly withParent?: boolean } = {},
  hops = 0,
): LocatedSchema[] {
  if (hops > MAX_HOPS) return [];
  const ref = schema.$ref;
  if (typeof ref === 'string') {
    const [target = '', pointer = ''] = ref.split('#');
    const targetFile = target === '' ? file : target;
    let node: unknown = JSON_SCHEMAS[targetFile];
    for (const part of pointer.split('/').filter(Boolean)) {
      const key = decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~');
      node = isObject(node) && Object.hasOwn(node, key) ? node[key] : undefined;
    }
    if (!isObject(node)) return [];
    const { $ref: _ref, ...rest } = schema;
    return schemaVariants({ ...node, ...rest }, targetFile, options, hops + 1);
  }
  const choices = [schema.oneOf, schema.anyOf, schema.allOf].find(Array.isArray);
  if (!choices) return [[schema, file]];
  const { oneOf: _o, anyOf: _a, allOf: _l, ...rest } = schema;
  const branches = choices
    .filter(isObject)
    .flatMap((choice) => schemaVariants(choice, file, options, hops + 1));
  return options.withParent ? [[rest, file], ...branches] : branches;
}

/** Whether a value is a plain object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
