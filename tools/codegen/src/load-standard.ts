import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { countryCodelists } from './country-codelists.ts';

/** A JSON Schema document as read from disk. */
export type JsonSchema = { [key: string]: unknown };

/** One row of a codelist; extra columns (validFrom, htcds, …) are kept by name. */
export interface CodelistRow {
  code: string;
  labelVi: string;
  labelEn: string;
  descriptionVi: string;
  descriptionEn: string;
  deprecated: string;
  status: 'confirmed' | 'unconfirmed';
  [column: string]: string;
}

/** A codelist and where it came from. */
export interface Codelist {
  name: string;
  /** Relative path of the CSV file, or the library it was built from. */
  origin: string;
  columns: string[];
  rows: CodelistRow[];
}

/** A crosswalk table such as provinceCrosswalk.csv: rows of named cells. */
export interface Crosswalk {
  name: string;
  columns: string[];
  rows: Record<string, string>[];
}

/** Everything the generators read: entity schemas, codelists and crosswalks. */
export interface Standard {
  /** Schema files keyed by file name, without the generated codelists.schema.json. */
  schemas: Map<string, JsonSchema>;
  codelists: Codelist[];
  crosswalks: Crosswalk[];
  /** Keywords our dialect adds to JSON Schema, read from meta-schema.json. */
  dialectKeywords: string[];
  /** The text of schemas/CHANGELOG.md: every change to the standard with its legal source. */
  changelog: string;
  /** The text of schemas/VERSIONING.md: the versioning policy of the standard. */
  versioning: string;
}

export const BASE_URL = 'https://vntip.org/schema/1.1/';
/** The standard's major.minor version, as its `$id`s carry it. */
export const STANDARD_MINOR_VERSION = BASE_URL.split('/').at(-2) as string;
export const CODELISTS_SCHEMA_FILE = 'codelists.schema.json';
/** The columns every codelist CSV starts with, in order. */
export const REQUIRED_COLUMNS = [
  'code',
  'labelVi',
  'labelEn',
  'descriptionVi',
  'descriptionEn',
  'deprecated',
  'status',
];
const CROSSWALKS = new Set(['provinceCrosswalk']);

/** Reads the standard from a schemas/ folder. */
export function loadStandard(schemasDir: string): Standard {
  const schemas = new Map<string, JsonSchema>();
  for (const file of readdirSync(schemasDir).sort()) {
    if (!file.endsWith('.schema.json') || file === CODELISTS_SCHEMA_FILE) continue;
    schemas.set(file, JSON.parse(readFileSync(join(schemasDir, file), 'utf8')) as JsonSchema);
  }
  const codelists: Codelist[] = [];
  const crosswalks: Crosswalk[] = [];
  const codelistDir = join(schemasDir, 'codelists');
  for (const file of readdirSync(codelistDir).sort()) {
    if (!file.endsWith('.csv')) continue;
    const name = file.slice(0, -'.csv'.length);
    const text = readFileSync(join(codelistDir, file), 'utf8');
    const records = parse(text, { columns: true, skip_empty_lines: true }) as Record<
      string,
      string
    >[];
    const columns = text.slice(0, text.indexOf('\n')).trim().split(',');
    if (CROSSWALKS.has(name)) {
      crosswalks.push({ name, columns, rows: records });
      continue;
    }
    const missing = REQUIRED_COLUMNS.filter((column, i) => columns[i] !== column);
    if (missing.length > 0) {
      throw new Error(
        `codelists/${file}: the header must start with ${REQUIRED_COLUMNS.join(',')}`,
      );
    }
    codelists.push({
      name,
      origin: `schemas/codelists/${file}`,
      columns,
      rows: records as CodelistRow[],
    });
  }
  codelists.push(...countryCodelists());
  codelists.sort((a, b) => a.name.localeCompare(b.name));
  const metaSchema = JSON.parse(readFileSync(join(schemasDir, 'meta-schema.json'), 'utf8')) as {
    properties: JsonSchema;
  };
  return {
    schemas,
    codelists,
    crosswalks,
    dialectKeywords: Object.keys(metaSchema.properties),
    changelog: readFileSync(join(schemasDir, 'CHANGELOG.md'), 'utf8'),
    versioning: readFileSync(join(schemasDir, 'VERSIONING.md'), 'utf8'),
  };
}
