import {
  BASE_URL,
  CODELISTS_SCHEMA_FILE,
  type JsonSchema,
  type Standard,
} from './load-standard.ts';
import { generatedHeader } from './naming.ts';

/** Writes packages/schema/src/generated/json-schemas.ts: every schema of the standard, keyed by file name. */
export function generateJsonSchemas(
  standard: Standard,
  codelistsSchema: string,
  metaSchema: JsonSchema,
): string {
  const all: [string, unknown][] = [
    ...[...standard.schemas.entries()],
    [CODELISTS_SCHEMA_FILE, JSON.parse(codelistsSchema)],
  ];
  all.sort(([a], [b]) => a.localeCompare(b));
  const out = [generatedHeader('generate-json-schemas.ts', 'schemas/*.json'), ''];
  out.push(`/** Base URL of every schema \`$id\`. */`);
  out.push(`export const SCHEMA_BASE_URL = ${JSON.stringify(BASE_URL)};`, '');
  out.push('/** The dialect meta-schema (schemas/meta-schema.json). */');
  out.push(
    `export const META_SCHEMA: Readonly<Record<string, unknown>> = ${JSON.stringify(metaSchema)};`,
    '',
  );
  out.push('/** Every schema of the standard, keyed by file name. */');
  out.push(
    'export const JSON_SCHEMAS: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {',
  );
  for (const [file, schema] of all)
    out.push(`  ${JSON.stringify(file)}: ${JSON.stringify(schema)},`);
  out.push('};', '');
  const recordTypes = [...standard.schemas.entries()]
    .filter(([, schema]) => typeof schema.recordType === 'string')
    .map(([file, schema]) => [schema.recordType as string, file] as const)
    .sort(([a], [b]) => a.localeCompare(b));
  out.push('/** The schema file of each record type. */');
  out.push('export const RECORD_TYPE_SCHEMA_FILES = {');
  for (const [type, file] of recordTypes) out.push(`  ${type}: ${JSON.stringify(file)},`);
  out.push('} as const;', '');
  return out.join('\n');
}
