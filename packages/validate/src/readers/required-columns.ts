// The required fields a table has no column for: one issue for the column, not one per row.
import { JSON_SCHEMAS, type Locale, RECORD_TYPE_SCHEMA_FILES } from '@vntip/schema';
import type { ColumnTarget } from './match-header';
import { getOwn, isJsonObject } from './safe-object';

/** A required field of a record type with no column in a table's header. */
export interface MissingColumn {
  /** The field id, the first segment of a path (`personId`, `location`). */
  readonly field: string;
  /** Its title in the language of messages, or the id when the schema gives none. */
  readonly title: string;
}

/**
 * The record type's required top-level fields that no column of the header fills (a column under an object field,
 * such as `location.code`, fills `location`), in the schema's order.
 */
export function missingRequiredColumns(
  recordType: string,
  targets: readonly (ColumnTarget | undefined)[],
  locale: Locale,
): MissingColumn[] {
  const file = getOwn(RECORD_TYPE_SCHEMA_FILES, recordType);
  const schema = typeof file === 'string' ? JSON_SCHEMAS[file] : undefined;
  const required = isJsonObject(schema) ? getOwn(schema, 'required') : undefined;
  if (!Array.isArray(required)) return [];
  const filled = new Set(targets.map((target) => target?.path[0]));
  const properties = isJsonObject(schema) ? getOwn(schema, 'properties') : undefined;
  return required
    .filter((field): field is string => typeof field === 'string' && !filled.has(field))
    .map((field) => ({ field, title: titleOf(properties, field, locale) ?? field }));
}

function titleOf(properties: unknown, field: string, locale: Locale): string | undefined {
  const property = isJsonObject(properties) ? getOwn(properties, field) : undefined;
  const i18n = isJsonObject(property) ? getOwn(property, 'i18n') : undefined;
  const text = isJsonObject(i18n) ? getOwn(i18n, locale) : undefined;
  const title = isJsonObject(text) ? getOwn(text, 'title') : undefined;
  return typeof title === 'string' ? title : undefined;
}
