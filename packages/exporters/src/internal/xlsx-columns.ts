// The XLSX columns of a record type: the CSV column layout (`recordColumns`), plus what a worksheet needs on top of
// it: a header in Vietnamese or English, whether the field is a date (written as a date cell), and its codelist.
import {
  JSON_SCHEMAS,
  type LocatedSchema,
  RECORD_TYPE_SCHEMA_FILES,
  type SchemaNode as Schema,
  schemaVariants,
} from '@vntip/schema';
import { isObject } from './is-object';
import { type RecordColumn, recordColumns } from './record-columns';

/** One column of a record type's worksheet. */
export interface XlsxColumn extends RecordColumn {
  /** The field path as `readXlsx` reads it, e.g. `residence.code`: the hidden header row. */
  readonly id: string;
  /** The visible header: each segment's title, joined with `.`, so `readXlsx` can match it too. */
  readonly label: { readonly vi: string; readonly en: string };
  /** True for `format: date` fields, written as date cells. */
  readonly date: boolean;
  /** The field's description from its schema, as written there, for the instructions sheet. */
  readonly description: { readonly vi: string; readonly en: string };
  /** True for a top-level field the record type's schema lists as `required`. */
  readonly required: boolean;
}

const cache = new Map<string, readonly XlsxColumn[] | undefined>();

/** The columns of a record type's worksheet in schema order, or undefined when the standard has no such type. */
export function xlsxColumns(recordType: string): readonly XlsxColumn[] | undefined {
  if (cache.has(recordType)) return cache.get(recordType);
  const table = recordColumns(recordType);
  const file = Object.hasOwn(RECORD_TYPE_SCHEMA_FILES, recordType)
    ? RECORD_TYPE_SCHEMA_FILES[recordType as keyof typeof RECORD_TYPE_SCHEMA_FILES]
    : undefined;
  const root = file ? (JSON_SCHEMAS[file] as Schema | undefined) : undefined;
  let columns: XlsxColumn[] | undefined;
  if (table && root && file) {
    columns = table.columns.map((column) => {
      const vi: string[] = [];
      const en: string[] = [];
      let level: LocatedSchema[] = [[root, file]];
      for (const key of column.path) {
        const next: LocatedSchema[] = [];
        for (const [schema, at] of level.flatMap(([s, f]) =>
          schemaVariants(s, f, { withParent: true }),
        )) {
          const properties = schema.properties;
          const child =
            isObject(properties) && Object.hasOwn(properties, key) ? properties[key] : undefined;
          if (isObject(child)) next.push([child, at]);
        }
        vi.push(titleOf(next, 'vi') ?? key);
        en.push(titleOf(next, 'en') ?? key);
        level = next;
      }
      const date = level
        .flatMap(([s, f]) => schemaVariants(s, f, { withParent: true }))
        .some(([schema]) => schema.format === 'date');
      return {
        ...column,
        id: column.path.join('.'),
        label: { vi: vi.join('.'), en: en.join('.') },
        date: date && column.kind === 'value',
        description: {
          vi: textOf(level, 'vi', 'description') ?? '',
          en: textOf(level, 'en', 'description') ?? '',
        },
        required:
          column.path.length === 1 &&
          Array.isArray(root.required) &&
          root.required.includes(column.path[0] as string),
      };
    });
  }
  cache.set(recordType, columns);
  return columns;
}

/** The title of a record type in a language, from its schema; its id when it has none. */
export function recordTypeTitle(recordType: string, language: 'vi' | 'en'): string {
  const file = Object.hasOwn(RECORD_TYPE_SCHEMA_FILES, recordType)
    ? RECORD_TYPE_SCHEMA_FILES[recordType as keyof typeof RECORD_TYPE_SCHEMA_FILES]
    : undefined;
  const schema = file ? (JSON_SCHEMAS[file] as Schema | undefined) : undefined;
  return (schema && file ? titleOf([[schema, file]], language) : undefined) ?? recordType;
}

/** The description of a record type in a language, from its schema; empty when it has none. */
export function recordTypeDescription(recordType: string, language: 'vi' | 'en'): string {
  const file = Object.hasOwn(RECORD_TYPE_SCHEMA_FILES, recordType)
    ? RECORD_TYPE_SCHEMA_FILES[recordType as keyof typeof RECORD_TYPE_SCHEMA_FILES]
    : undefined;
  const schema = file ? (JSON_SCHEMAS[file] as Schema | undefined) : undefined;
  return (schema && file ? textOf([[schema, file]], language, 'description') : undefined) ?? '';
}

// --- Internal helpers ---

function titleOf(schemas: readonly LocatedSchema[], language: 'vi' | 'en'): string | undefined {
  return textOf(schemas, language, 'title');
}

function textOf(
  schemas: readonly LocatedSchema[],
  language: 'vi' | 'en',
  key: 'title' | 'description',
): string | undefined {
  for (const [schema, file] of schemas) {
    for (const [variant] of [
      [schema, file] as const,
      ...schemaVariants(schema, file, { withParent: true }),
    ]) {
      const i18n = variant.i18n;
      const text = isObject(i18n) ? i18n[language] : undefined;
      const value = isObject(text) ? text[key] : undefined;
      if (typeof value === 'string' && value !== '') return value.normalize('NFC');
    }
  }
  return undefined;
}
