import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatTypeScript } from './format-typescript.ts';
import { generateCodelistConstants } from './generate-codelist-constants.ts';
import { generateCodelistsSchema } from './generate-codelists-schema.ts';
import { generateDocs } from './generate-docs.ts';
import { generateGuards } from './generate-guards.ts';
import { generateIso31662 } from './generate-iso-3166-2.ts';
import { generateJsonSchemas } from './generate-json-schemas.ts';
import { generateSdmx, SDMX_FOLDER } from './generate-sdmx.ts';
import { generateTargets } from './generate-targets.ts';
import { generateTypes } from './generate-types.ts';
import { generateZod } from './generate-zod.ts';
import { type JsonSchema, loadStandard } from './load-standard.ts';

/** Folders whose whole content is generated; stale files in them are removed. */
export const GENERATED_FOLDERS = ['docs/standard', SDMX_FOLDER];

/** Runs every generator over the repository at `root` and returns the files to write, keyed by path. */
export async function generateAll(root: string): Promise<Map<string, string>> {
  const schemasDir = join(root, 'schemas');
  const standard = loadStandard(schemasDir);
  const metaSchema = JSON.parse(
    readFileSync(join(schemasDir, 'meta-schema.json'), 'utf8'),
  ) as JsonSchema;
  const codelistsSchema = generateCodelistsSchema(standard);
  const zod = generateZod(standard);
  const constants = generateCodelistConstants(standard);
  const files = new Map<string, string>([
    ['schemas/codelists.schema.json', codelistsSchema],
    ['packages/schema/src/generated/codelist-codes.ts', formatTypeScript(constants.codes, root)],
    ['packages/schema/src/generated/codelists.ts', constants.tables],
    [
      'packages/schema/src/generated/json-schemas.ts',
      generateJsonSchemas(standard, codelistsSchema, metaSchema),
    ],
    [
      'packages/schema/src/generated/targets.ts',
      formatTypeScript(generateTargets(schemasDir), root),
    ],
    [
      'packages/schema/src/generated/iso-3166-2.ts',
      formatTypeScript(generateIso31662(standard), root),
    ],
    ['packages/schema/src/generated/types.ts', await generateTypes(standard, codelistsSchema)],
    ['packages/validate/src/generated/guards.ts', formatTypeScript(generateGuards(standard), root)],
    ['packages/validate/src/generated/zod.ts', formatTypeScript(zod.module, root)],
    ['packages/validate/src/generated/zod.test-d.ts', formatTypeScript(zod.typeTest, root)],
  ]);
  for (const [page, text] of generateDocs(standard)) files.set(`docs/standard/${page}`, text);
  for (const [path, text] of generateSdmx(standard, (source) => formatTypeScript(source, root)))
    files.set(path, text);
  return files;
}
