import type { JsonSchema, Standard } from './load-standard.ts';
import { codesConstantName, generatedHeader } from './naming.ts';
import { type NamedSchema, SchemaGraph } from './schema-graph.ts';

/**
 * Writes packages/validate/src/generated/zod.ts: one zod schema per entity, shared definition and codelist,
 * translated keyword by keyword from the JSON Schemas. Unsupported keywords stop the generator.
 */
export function generateZod(standard: Standard): { module: string; typeTest: string } {
  const graph = new SchemaGraph(standard);
  const lines: string[] = [];
  const nameOf = (entry: NamedSchema) => `${entry.typeName}Schema`;

  graph.walk((entry, use) => {
    const expr = (file: string, node: JsonSchema, where: string): string => {
      graph.checkKeywords(node, where);
      if (typeof node.$ref === 'string') return nameOf(use(file, node.$ref));
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
          if (node.additionalProperties !== false)
            throw new Error(`${where}: objects must set additionalProperties: false`);
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
    const expression = entry.codelist
      ? `z.enum(${codesConstantName(entry.codelist)})`
      : expr(entry.file, entry.node, entry.typeName);
    lines.push(`/** Validates ${entry.typeName} (${entry.file}). */`);
    lines.push(`export const ${nameOf(entry)} = ${expression};`, '');
  });
  const named = [...graph.named.values()];

  const records = named
    .filter((n) => n.recordType)
    .map((n) => [n.recordType as string, nameOf(n)] as const)
    .sort(([a], [b]) => a.localeCompare(b));
  const header = generatedHeader('generate-zod.ts', 'schemas/*.json');
  const codeImports = standard.codelists.map((l) => codesConstantName(l.name)).sort();
  const module = [
    header,
    '',
    `import { ${codeImports.join(', ')} } from '@vntip/schema';`,
    "import { z } from 'zod';",
    "import { hasUniqueItems } from '../has-unique-items';",
    '',
    ...lines,
    '/** Every generated zod schema, keyed by the name of the type it validates. */',
    'export const ZOD_SCHEMAS = {',
    ...named
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

  const typed = named
    .filter((n) => !n.codelist)
    .sort((a, b) => a.typeName.localeCompare(b.typeName));
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
        `    expectTypeOf<z.infer<typeof schemas.${nameOf(n)}>>().toEqualTypeOf<types.${n.typeName}>();`,
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
