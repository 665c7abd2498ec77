// Copies the standard's JSON Schemas and codelist CSVs into @vntip/schema's dist, for the ./schemas/* and ./codelists/* exports.
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'packages/schema/dist');
mkdirSync(join(dist, 'schemas'), { recursive: true });
for (const file of readdirSync(join(root, 'schemas'))) {
  if (file.endsWith('.json')) cpSync(join(root, 'schemas', file), join(dist, 'schemas', file));
}
cpSync(join(root, 'schemas/codelists'), join(dist, 'codelists'), { recursive: true });
