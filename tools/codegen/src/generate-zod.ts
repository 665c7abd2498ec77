import { CODELISTS_SCHEMA_FILE, type JsonSchema, type Standard } from './load-standard.ts';
import { codesConstantName, codeTypeName, entityTypeName, generatedHeader } from './naming.ts';

const ANNOTATIONS = ['$schema', '$id', '$defs', '$comment', 'examples'];
const VALIDATION_KEYWORDS = [
  '$ref',
  'type',
  'properties',
  'required',
  'additionalProperties',
  'enum',
  'const',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'items',
  'minItems',
  'maxItems',
  'uniqueItems',
  'oneOf',
];

interface Named {
  /** Constant name in the generated module. */
  name: string;
  /** Type name from generate-types.ts, for the type-equality test. */
  typeName: string;
  file: string;
  node: JsonSchema;
}

/**
 * Writes packages/validate/src/generated/zod.ts: one zod schema per entity, shared definition and codelist,
 * translated keyword by keyword from the JSON Schemas. Unsupported keywords stop the generator.
 */
export function generateZod(standard: Standard): { module: string; typeTest: string } {
  const supported = new Set([...ANNOTATIONS, ...standard.dialectKeywords, ...VALIDATION_KEYWORDS]);
  const named = new Map<string, Named>();
  const register = (file: string, pointer: string, typeName: string, node: JsonSchema) => {
    const name = `${typeName}Schema`;
    for (const other of named.values()) {
      if (other.name === name) throw new Error(`Two schemas generate the zod name ${name}`);
    }
    named.set(`${file}#${pointer}`, { name, typeName, file, node });
  };
  for (const list of standard.codelists) {
    register(CODELISTS_SCHEMA_FILE, `/$defs/${list.name}`, codeTypeName(list.name), {
      codes: list.name,
    });
  }
  for (const [file, schema] of standard.schemas) {
    const defs = (schema.$defs ?? {}) as Record<string, JsonSchema>;
    for (const [def, node] of Object.entries(defs)) register(file, `/$defs/${def}`, def, node);
    if (schema.type === 'object' || 'oneOf' in schema)
      register(file, '', entityTypeName(file), schema);
  }

  const emitted = new Set<string>();
  const lines: string[] = [];
  const visiting = new Set<string>();

  const refKey = (file: string, ref: string): string => {
    const [target = '', pointer = ''] = ref.split('#');
    return `${target === '' ? file : target}#${pointer}`;
  };

  const emitNamed = (key: string): string => {
    const entry = named.get(key);
    if (!entry) throw new Error(`Unresolved $ref ${key}`);
    if (emitted.has(key)) return entry.name;
    if (visiting.has(key)) throw new Error(`Recursive $ref ${key} is not supported`);
    visiting.add(key);
    const codes = entry.node.codes as string | undefined;
    const expression = codes
      ? `z.enum(${codesConstantName(codes)})`
      : expr(entry.file, entry.node, entry.name);
    visiting.delete(key);
    emitted.add(key);
    lines.push(`/** Validates ${entry.typeName} (${entry.file}). */`);
    lines.push(`export const ${entry.name} = ${expression};`, '');
    return entry.name;
  };

  const expr = (file: string, node: JsonSchema, where: string): string => {
    for (const key of Object.keys(node)) {
      if (!supported.has(key))
        throw new Error(`${where}: keyword "${key}" is not supported by the zod generator`);
    }
    if (typeof node.$ref === 'string') return emitNamed(refKey(file, node.$ref));
    if ('const' in node) return `z.literal(${JSON.stringify(node.const)})`;
    if (Array.isArray(node.enum)) return `z.enum(${JSON.stringify(node.enum)})`;
    if (Array.isArray(node.oneOf)) {
      const variants = (node.oneOf as JsonSchema[]).map((v, i) =>
        expr(file, v, `${where}.oneOf[${i}]`),
      );
      return `z.union([${variants.join(', ')}])`;
    }
    switch (node.type) {
      case 'string':
        return stringExpr(node);
      case 'integer':
      case 'number': {
        let out = node.type === 'integer' ? 'z.number().int()' : 'z.number()';
        if (typeof node.minimum === 'number') out += `.min(${node.minimum})`;
        if (typeof node.maximum === 'number') out += `.max(${node.maximum})`;
        return out;
      }
      case 'boolean':
        return 'z.boolean()';
      case 'array': {
        let out = `z.array(${expr(file, node.items as JsonSchema, `${where}.items`)})`;
        if (typeof node.minItems === 'number') out += `.min(${node.minItems})`;
        if (typeof node.maxItems === 'number') out += `.max(${node.maxItems})`;
        if (node.uniqueItems === true)
          out += `.refine(hasUniqueItems, { params: { code: 'duplicate_items' } })`;
        return out;
      }
      case 'object': {
        if (node.additionalProperties !== false) {
          throw new Error(`${where}: objects must set additionalProperties: false`);
        }
        const required = new Set((node.required ?? []) as string[]);
        const props = Object.entries((node.properties ?? {}) as Record<string, JsonSchema>).map(
          ([prop, child]) => {
            const value = expr(file, child, `${where}.${prop}`);
            return `${JSON.stringify(prop)}: ${required.has(prop) ? value : `${value}.exactOptional()`}`;
          },
        );
        return `z.strictObject({ ${props.join(', ')} })`;
      }
      default:
        throw new Error(`${where}: a schema needs a type, $ref, const, enum or oneOf`);
    }
  };

  for (const key of [...named.keys()].sort()) emitNamed(key);

  const records = [...standard.schemas.entries()]
    .filter(([, schema]) => typeof schema.recordType === 'string')
    .map(
      ([file, schema]) => [schema.recordType as string, named.get(`${file}#`)?.name ?? ''] as const,
    )
    .sort(([a], [b]) => a.localeCompare(b));
  const header = generatedHeader('generate-zod.ts', 'schemas/*.json');
  const codeImports = standard.codelists.map((l) => codesConstantName(l.name)).sort();
  const module = [
    header,
    '',
    `import { ${codeImports.join(', ')} } from '@vntip/schema';`,
    "import { z } from 'zod';",
    '',
    'function hasUniqueItems(items: readonly unknown[]): boolean {',
    '  return new Set(items.map((item) => JSON.stringify(item))).size === items.length;',
    '}',
    '',
    ...lines,
    '/** Every generated zod schema, keyed by the name of the type it validates. */',
    'export const ZOD_SCHEMAS = {',
    ...[...named.values()]
      .map((n) => n.typeName)
      .sort()
      .map((t) => `  ${t}: ${t}Schema,`),
    '} as const;',
    '',
    '/** The zod schema of each record type. */',
    'export const RECORD_SCHEMAS = {',
    ...records.map(([type, name]) => `  ${type}: ${name},`),
    '} as const;',
    '',
  ].join('\n');

  const typed = [...named.values()]
    .filter((n) => !n.node.codes)
    .sort((a, b) => a.name.localeCompare(b.name));
  const typeTest = [
    header,
    '',
    "import type * as types from '@vntip/schema';",
    "import { describe, expectTypeOf, it } from 'vitest';",
    "import type { z } from 'zod';",
    "import type * as schemas from './zod';",
    '',
    "describe('generated zod schemas', () => {",
    "  it('infer exactly the generated TypeScript types', () => {",
    ...typed.map(
      (n) =>
        `    expectTypeOf<z.infer<typeof schemas.${n.name}>>().toEqualTypeOf<types.${n.typeName}>();`,
    ),
    '  });',
    '});',
    '',
  ].join('\n');
  return { module, typeTest };
}

function stringExpr(node: JsonSchema): string {
  let out: string;
  if (node.format === 'date') out = 'z.iso.date()';
  else if (node.format === 'date-time') out = 'z.iso.datetime({ offset: true })';
  else if (node.format === undefined) out = 'z.string()';
  else throw new Error(`format "${String(node.format)}" is not supported by the zod generator`);
  if (typeof node.minLength === 'number') out += `.min(${node.minLength})`;
  if (typeof node.maxLength === 'number') out += `.max(${node.maxLength})`;
  if (typeof node.pattern === 'string')
    out += `.regex(new RegExp(${JSON.stringify(node.pattern)}, 'u'))`;
  return out;
}
