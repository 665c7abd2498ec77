// Reads one version of the standard from a folder laid out as schemas/ is: *.json schemas and codelists/*.csv.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { CodelistTable, StandardVersionFiles } from './schema-diff.ts';

/** The schemas and codelists of the standard in `dir`. */
export function readStandardFolder(dir: string): StandardVersionFiles {
  const schemas = new Map<string, unknown>();
  for (const file of readdirSync(dir).sort()) {
    if (file.endsWith('.json'))
      schemas.set(file, JSON.parse(readFileSync(join(dir, file), 'utf8')));
  }
  const codelists = new Map<string, CodelistTable>();
  const codelistDir = join(dir, 'codelists');
  if (existsSync(codelistDir)) {
    for (const file of readdirSync(codelistDir).sort()) {
      if (!file.endsWith('.csv')) continue;
      const rows = parse(readFileSync(join(codelistDir, file), 'utf8'), {
        columns: true,
        skip_empty_lines: true,
      }) as Record<string, string>[];
      const header = parse(readFileSync(join(codelistDir, file), 'utf8'), {
        to_line: 1,
      }) as string[][];
      codelists.set(file.slice(0, -'.csv'.length), { columns: header[0] ?? [], rows });
    }
  }
  return { schemas, codelists };
}
