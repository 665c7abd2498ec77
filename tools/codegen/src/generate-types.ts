import { compile } from 'json-schema-to-typescript';
import {
  BASE_URL,
  CODELISTS_SCHEMA_FILE,
  type JsonSchema,
  type Standard,
} from './load-standard.ts';
import { codeTypeName, entityTypeName, generatedHeader } from './naming.ts';
import { toPlainSchema } from './to-plain-schema.ts';

const ROOT_TITLE = 'VntipRoot';

/** Writes packages/schema/src/generated/types.ts with json-schema-to-typescript, resolving `$ref`s offline. */
export async function generateTypes(standard: Standard, codelistsSchema: string): Promise<string> {
  const plain = new Map<string, unknown>();
  const dropped = new Set([...standard.dialectKeywords, '$comment', 'examples']);
  for (const [file, schema] of standard.schemas) {
    const isEntity = schema.type === 'object' || 'oneOf' in schema;
    plain.set(file, toPlainSchema(schema, dropped, isEntity ? entityTypeName(file) : ROOT_TITLE));
  }
  const codelists = JSON.parse(codelistsSchema) as { $defs: Record<string, JsonSchema> };
  const codelistDefs: JsonSchema = {};
  for (const [name, def] of Object.entries(codelists.$defs))
    codelistDefs[name] = { ...def, title: codeTypeName(name) };
  plain.set(CODELISTS_SCHEMA_FILE, { ...codelists, title: ROOT_TITLE, $defs: codelistDefs });

  const root = {
    $id: `${BASE_URL}standard.json`,
    title: ROOT_TITLE,
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(
      [...plain.keys()].sort().map((file) => [file, { $ref: `${BASE_URL}${file}` }]),
    ),
  };
  const ts = await compile(root as never, ROOT_TITLE, {
    bannerComment: '',
    additionalProperties: false,
    unreachableDefinitions: true,
    ignoreMinAndMaxItems: true,
    strictIndexSignatures: true,
    format: true,
    style: { singleQuote: true, printWidth: 100 },
    $refOptions: {
      resolve: {
        http: false,
        file: false,
        vntip: {
          order: 1,
          canRead: (file: { url: string }) => file.url.startsWith(BASE_URL),
          read: (file: { url: string }) => {
            const name = file.url.slice(BASE_URL.length).split('#')[0] ?? '';
            const schema = plain.get(name);
            if (!schema) throw new Error(`No schema file ${name} for $ref ${file.url}`);
            return JSON.stringify(schema);
          },
        },
      },
    } as never,
  });
  // Files that only hold $defs, and the synthetic root, produce container interfaces nobody uses.
  const body = ts
    .replace(
      /(\/\*\*(?:(?!\*\/)[\s\S])*?\*\/\n)?export interface VntipRoot\d* \{[\s\S]*?\n\}\n/g,
      '',
    )
    .replace(/ \*\n \* This interface was referenced by [\s\S]*?\n \*\//g, ' */')
    .replace(/\/\*\*\n \* This interface was referenced by [\s\S]*?\*\/\n/g, '')
    .trim();
  return `${generatedHeader('generate-types.ts', 'schemas/*.schema.json')}\n\n${body}\n`;
}
