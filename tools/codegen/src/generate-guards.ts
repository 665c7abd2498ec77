import type { JsonSchema, Standard } from './load-standard.ts';
import { codesConstantName, generatedHeader } from './naming.ts';
import { type NamedSchema, SchemaGraph } from './schema-graph.ts';

/**
 * Writes packages/validate/src/generated/guards.ts: a boolean check per schema, compiled to straight-line
 * code. It is the fast path of validation: a guard never accepts what the zod schema rejects, and zod
 * runs only for records a guard refuses, to explain what is wrong.
 */
export function generateGuards(standard: Standard): string {
  const graph = new SchemaGraph(standard);
  const lines: string[] = [];
  const patterns = new Map<string, string>();
  let helpers = 0;
  const nameOf = (entry: NamedSchema) => `is${entry.typeName}`;

  const pattern = (source: string): string => {
    let name = patterns.get(source);
    if (!name) {
      name = `PATTERN_${patterns.size}`;
      patterns.set(source, name);
    }
    return name;
  };

  graph.walk((entry, use) => {
    const test = (file: string, node: JsonSchema, x: string, where: string): string => {
      graph.checkKeywords(node, where);
      if (typeof node.$ref === 'string') return `${nameOf(use(file, node.$ref))}(${x})`;
      if ('const' in node) return `${x} === ${JSON.stringify(node.const)}`;
      if (Array.isArray(node.enum))
        return `(${node.enum.map((v) => `${x} === ${JSON.stringify(v)}`).join(' || ')})`;
      if (Array.isArray(node.oneOf)) {
        return `(${(node.oneOf as JsonSchema[]).map((v, i) => test(file, v, x, `${where}.oneOf[${i}]`)).join(' || ')})`;
      }
      switch (node.type) {
        case 'string':
          return stringTest(node, x, pattern);
        case 'integer':
        case 'number': {
          const checks = [
            node.type === 'integer'
              ? `Number.isSafeInteger(${x})`
              : `typeof ${x} === 'number' && Number.isFinite(${x})`,
          ];
          if (typeof node.minimum === 'number') checks.push(`(${x} as number) >= ${node.minimum}`);
          if (typeof node.maximum === 'number') checks.push(`(${x} as number) <= ${node.maximum}`);
          return checks.join(' && ');
        }
        case 'boolean':
          return `typeof ${x} === 'boolean'`;
        case 'array':
          return `${helper(file, node, where, (v) => arrayBody(file, node, v, where))}(${x})`;
        case 'object':
          return `${helper(file, node, where, (v) => objectBody(file, node, v, where))}(${x})`;
        default:
          throw new Error(`${where}: a schema needs a type, $ref, const, enum or oneOf`);
      }
    };

    const helper = (
      _file: string,
      _node: JsonSchema,
      _where: string,
      body: (v: string) => string[],
    ): string => {
      const name = `check${helpers++}`;
      lines.push(
        `function ${name}(v: unknown): boolean {`,
        ...body('v').map((l) => `  ${l}`),
        '}',
        '',
      );
      return name;
    };

    const arrayBody = (file: string, node: JsonSchema, v: string, where: string): string[] => {
      const checks = [`Array.isArray(${v})`];
      if (typeof node.minItems === 'number') checks.push(`${v}.length >= ${node.minItems}`);
      if (typeof node.maxItems === 'number') checks.push(`${v}.length <= ${node.maxItems}`);
      checks.push(
        `${v}.every((item: unknown) => ${test(file, node.items as JsonSchema, 'item', `${where}.items`)})`,
      );
      if (node.uniqueItems === true) checks.push(`hasUniqueItems(${v})`);
      return [`return ${checks.join(' && ')};`];
    };

    const objectBody = (file: string, node: JsonSchema, v: string, where: string): string[] => {
      if (node.additionalProperties !== false)
        throw new Error(`${where}: objects must set additionalProperties: false`);
      const required = new Set((node.required ?? []) as string[]);
      const out = [`if (!isObject(${v})) return false;`, 'let known = 0;', 'let x: unknown;'];
      for (const [prop, child] of Object.entries(
        (node.properties ?? {}) as Record<string, JsonSchema>,
      )) {
        out.push(`x = ${v}[${JSON.stringify(prop)}];`);
        const check = test(file, child, 'x', `${where}.${prop}`);
        if (required.has(prop))
          out.push(`if (x === undefined || !(${check})) return false;`, 'known++;');
        else
          out.push(`if (x !== undefined) {`, `  if (!(${check})) return false;`, '  known++;', '}');
      }
      out.push(`return countKeys(${v}) === known;`);
      return out;
    };

    if (entry.codelist) {
      const set = `${codesConstantName(entry.codelist)}_SET`;
      lines.push(
        `const ${set}: ReadonlySet<unknown> = new Set(${codesConstantName(entry.codelist)});`,
      );
      lines.push(`/** True when the value is a ${entry.typeName}. */`);
      lines.push(
        `export function ${nameOf(entry)}(v: unknown): boolean {`,
        `  return ${set}.has(v);`,
        '}',
        '',
      );
      return;
    }
    const body = test(entry.file, entry.node, 'v', entry.typeName);
    lines.push(`/** True when the value is a valid ${entry.typeName} (${entry.file}). */`);
    lines.push(
      `export function ${nameOf(entry)}(v: unknown): boolean {`,
      `  return ${body};`,
      '}',
      '',
    );
  });

  const named = [...graph.named.values()];
  const records = named
    .filter((n) => n.recordType)
    .map((n) => [n.recordType as string, nameOf(n)] as const)
    .sort(([a], [b]) => a.localeCompare(b));
  const codeImports = standard.codelists.map((l) => codesConstantName(l.name)).sort();
  return [
    generatedHeader('generate-guards.ts', 'schemas/*.json'),
    '',
    `import { ${codeImports.join(', ')} } from '@vntip/schema';`,
    "import { z } from 'zod';",
    "import { hasUniqueItems } from '../has-unique-items';",
    '',
    '// The same date and date-time expressions as the zod schemas, so both agree exactly.',
    'const DATE = z.core.regexes.date;',
    'const DATE_TIME = z.core.regexes.datetime({ offset: true });',
    ...[...patterns].map(
      ([source, name]) => `const ${name} = new RegExp(${JSON.stringify(source)}, 'u');`,
    ),
    '',
    'function isObject(v: unknown): v is Record<string, unknown> {',
    "  return typeof v === 'object' && v !== null && !Array.isArray(v);",
    '}',
    '',
    'function countKeys(v: object): number {',
    '  let n = 0;',
    '  for (const key in v) if (Object.hasOwn(v, key)) n++;',
    '  return n;',
    '}',
    '',
    '// Length in code points, as JSON Schema and zod count it.',
    'function codePoints(s: string): number {',
    '  let n = s.length;',
    '  for (let i = 0; i < s.length; i++) {',
    '    const c = s.charCodeAt(i);',
    '    if (c >= 0xd800 && c <= 0xdbff) n--;',
    '  }',
    '  return n;',
    '}',
    '',
    ...lines,
    '/** The guard of each record type. */',
    'export const RECORD_GUARDS = {',
    ...records.map(([type, name]) => `  ${type}: ${name},`),
    '} as const;',
    '',
  ].join('\n');
}

function stringTest(node: JsonSchema, x: string, pattern: (source: string) => string): string {
  const checks = [`typeof ${x} === 'string'`];
  if (node.format === 'date') checks.push(`DATE.test(${x})`);
  else if (node.format === 'date-time') checks.push(`DATE_TIME.test(${x})`);
  else if (node.format !== undefined)
    throw new Error(`format "${String(node.format)}" is not supported`);
  if (typeof node.minLength === 'number') {
    checks.push(
      node.minLength <= 1
        ? `${x}.length >= ${node.minLength}`
        : `codePoints(${x}) >= ${node.minLength}`,
    );
  }
  if (typeof node.maxLength === 'number')
    checks.push(`(${x}.length <= ${node.maxLength} || codePoints(${x}) <= ${node.maxLength})`);
  if (typeof node.pattern === 'string') checks.push(`${pattern(node.pattern)}.test(${x})`);
  return checks.join(' && ');
}
