import type { Standard } from './load-standard.ts';
import { codesConstantName, generatedHeader } from './naming.ts';

/**
 * Writes packages/schema/src/generated/codelist-codes.ts (a tuple of codes per codelist) and
 * packages/schema/src/generated/codelists.ts (the full rows of every codelist and crosswalk).
 */
export function generateCodelistConstants(standard: Standard): { codes: string; tables: string } {
  const header = generatedHeader('generate-codelist-constants.ts', 'schemas/codelists/*.csv');
  const codes = [header, ''];
  for (const list of standard.codelists) {
    codes.push(`/** Codes of the \`${list.name}\` codelist (${list.origin}). */`);
    codes.push(
      `export const ${codesConstantName(list.name)} = ${JSON.stringify(list.rows.map((r) => r.code))} as const;`,
      '',
    );
  }
  const tables = [
    header,
    '',
    "import type { CodelistDefinition, CrosswalkDefinition } from '../codelist';",
    '',
  ];
  tables.push('/** Every codelist of the standard with its rows, keyed by name. */');
  tables.push('export const CODELISTS: Readonly<Record<string, CodelistDefinition>> = {');
  for (const list of standard.codelists) {
    tables.push(
      `  ${JSON.stringify(list.name)}: ${JSON.stringify({ name: list.name, origin: list.origin, columns: list.columns, rows: list.rows })},`,
    );
  }
  tables.push('};', '', '/** Crosswalk tables between code-list versions, keyed by name. */');
  tables.push('export const CROSSWALKS: Readonly<Record<string, CrosswalkDefinition>> = {');
  for (const table of standard.crosswalks) {
    tables.push(
      `  ${JSON.stringify(table.name)}: ${JSON.stringify({ name: table.name, columns: table.columns, rows: table.rows })},`,
    );
  }
  tables.push('};', '');
  return { codes: codes.join('\n'), tables: tables.join('\n') };
}
