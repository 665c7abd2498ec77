// Frictionless Table Schemas of the CSV tables, made from the same columns the CSV exporter writes, so a generic
// Frictionless tool can check the content of a CSV export: types, required fields, closed codelists, keys.
import type { SchemaNode as Schema } from '@vntip/schema';
import { JSON_SCHEMAS, RECORD_TYPE_SCHEMA_FILES } from '@vntip/schema';
import { type RecordColumn, recordColumns } from './record-columns';

/** One field of a Table Schema (Frictionless Table Schema v1). */
export interface TableSchemaField {
  readonly name: string;
  readonly type: 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'array' | 'object';
  readonly decimalChar?: string;
  readonly constraints?: {
    readonly required?: true;
    readonly enum?: readonly (string | number | boolean)[];
    readonly minimum?: number;
    readonly maximum?: number;
  };
}

/** A Table Schema: the fields in column order, an empty cell as the missing value, the keys. */
export interface TableSchema {
  readonly fields: readonly TableSchemaField[];
  readonly missingValues: readonly string[];
  readonly primaryKey?: readonly string[];
  readonly foreignKeys?: readonly {
    readonly fields: readonly string[];
    readonly reference: { readonly resource: string; readonly fields: readonly string[] };
  }[];
}

/** Fields that point at a person, checked against `person.id` when the export has a person table. */
const PERSON_REFERENCE = 'personId';

/**
 * The Table Schema of a record type's CSV table as the CSV exporter writes it: `labelSuffix` names the label column
 * after each coded column when labels are written; `withPersons` adds the foreign key `personId` → `person.id`. A
 * value column gets the type every schema it may match agrees on (integers, numbers with the decimal comma the
 * exporter writes, booleans, dates), else `string`; a closed codelist or a `const`/`enum` is an `enum` constraint; a
 * top-level required field is `required`. List cells (`a; b`) are strings; JSON cells are `array` or `object`.
 * Undefined for a record type the standard does not have.
 */
export function tableSchemaOf(
  recordType: string,
  options: { readonly labelSuffix?: string; readonly withPersons?: boolean } = {},
): TableSchema | undefined {
  const table = recordColumns(recordType);
  if (!table) return undefined;
  const file = RECORD_TYPE_SCHEMA_FILES[recordType as keyof typeof RECORD_TYPE_SCHEMA_FILES];
  const root = JSON_SCHEMAS[file] as Schema | undefined;
  const required = new Set(Array.isArray(root?.required) ? (root.required as string[]) : []);
  const fields: TableSchemaField[] = [];
  for (const column of table.columns) {
    const name = column.path.join('.');
    const isRequired = column.path.length === 1 && required.has(name);
    fields.push(fieldOf(name, column, isRequired));
    if (options.labelSuffix && column.codelist) {
      fields.push({ name: `${name}${options.labelSuffix}`, type: 'string' });
    }
  }
  const names = new Set(fields.map((field) => field.name));
  return {
    fields,
    missingValues: [''],
    ...(names.has('id') ? { primaryKey: ['id'] } : {}),
    ...(options.withPersons && recordType !== 'person' && names.has(PERSON_REFERENCE)
      ? {
          foreignKeys: [
            { fields: [PERSON_REFERENCE], reference: { resource: 'person', fields: ['id'] } },
          ],
        }
      : {}),
  };
}

// --- Internal helpers ---

function fieldOf(name: string, column: RecordColumn, required: boolean): TableSchemaField {
  if (column.kind === 'json') {
    const arrays = column.variants.every((variant) => variant.type === 'array');
    return { name, type: arrays ? 'array' : 'object', ...constraints(required) };
  }
  if (column.kind === 'list') return { name, type: 'string', ...constraints(required) };
  const type = commonType(column.variants);
  const values = allowedValues(column.variants);
  const bounds = type === 'integer' || type === 'number' ? commonBounds(column.variants) : {};
  return {
    name,
    type,
    ...(type === 'number' ? { decimalChar: ',' } : {}),
    ...constraints(required, values, bounds),
  };
}

function constraints(
  required: boolean,
  values?: readonly (string | number | boolean)[],
  bounds: { minimum?: number; maximum?: number } = {},
): Pick<TableSchemaField, 'constraints'> {
  const out: NonNullable<TableSchemaField['constraints']> = {
    ...(required ? { required: true as const } : {}),
    ...(values ? { enum: values } : {}),
    ...bounds,
  };
  return Object.keys(out).length > 0 ? { constraints: out } : {};
}

/** The Table Schema type all variants agree on; `string` when they do not. */
function commonType(variants: readonly Schema[]): TableSchemaField['type'] {
  const types = new Set(variants.map(typeOf));
  if (types.size !== 1)
    return types.size === 2 && types.has('integer') && types.has('number') ? 'number' : 'string';
  return [...types][0] as TableSchemaField['type'];
}

function typeOf(variant: Schema): string {
  if (variant.type === 'integer') return 'integer';
  if (variant.type === 'number') return 'number';
  if (variant.type === 'boolean' || typeof variant.const === 'boolean') return 'boolean';
  if (variant.type === 'string' && variant.format === 'date') return 'date';
  return 'string';
}

/** The values a closed set of variants allows (`enum`, `const`), or undefined when any variant is open. */
function allowedValues(variants: readonly Schema[]): (string | number | boolean)[] | undefined {
  const values: (string | number | boolean)[] = [];
  for (const variant of variants) {
    if (Array.isArray(variant.enum))
      values.push(...(variant.enum as (string | number | boolean)[]));
    else if (variant.const !== undefined) values.push(variant.const as string | number | boolean);
    else return undefined;
  }
  const unique = [...new Set(values)];
  return unique.length > 0 && unique.every((value) => typeof value === 'string')
    ? unique
    : undefined;
}

/** Bounds every variant shares, so a value any variant allows is never refused. */
function commonBounds(variants: readonly Schema[]): { minimum?: number; maximum?: number } {
  const mins = variants.map((variant) => variant.minimum);
  const maxs = variants.map((variant) => variant.maximum);
  const out: { minimum?: number; maximum?: number } = {};
  if (mins.every((min) => typeof min === 'number')) out.minimum = Math.min(...(mins as number[]));
  if (maxs.every((max) => typeof max === 'number')) out.maximum = Math.max(...(maxs as number[]));
  return out;
}
