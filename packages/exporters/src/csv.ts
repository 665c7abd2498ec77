// CSV tables: one file per record type, `<recordType>.csv`, one row per record, read back by `readCsv`.
import {
  defineExporter,
  defineImporter,
  type ExporterContext,
  type ImportEvent,
  PRIVACY_PROFILES,
  type RecordEntry,
} from '@vntip/core';
import { readCsv } from '@vntip/read';
import { getCodeLabel, RECORD_TYPE_SCHEMA_FILES, STANDARD_VERSION } from '@vntip/schema';
import { canonicalJson } from './canonical-json';
import { decimalComma, listCell } from './internal/list-cell';
import { optionsSchema } from './internal/options-schema';
import { PerTypeFiles } from './internal/per-type-files';
import { type RecordColumn, recordColumns, reportDroppedFields } from './internal/record-columns';
import { tableSchemaOf } from './internal/table-schema';
import { escapeCell, escapeCells, unescapeCells } from './spreadsheet-safety';

const MEDIA_TYPE = 'text/csv';

/** What the exporter and the importer of this format share. */
const META = {
  id: 'csv',
  version: '1',
  mediaType: MEDIA_TYPE,
  extensions: ['csv'],
  recordTypes: Object.keys(RECORD_TYPE_SCHEMA_FILES),
} as const;

/** The Frictionless descriptor written beside the tables. */
export const CSV_PACKAGE_FILE = 'datapackage.json';

/** The suffix of a label column's header: `sex__label` holds the label of the code in `sex`. */
export const LABEL_SUFFIX = '__label';

/** Options of the CSV exporter. */
export interface CsvExportOptions {
  /** Start each file with a UTF-8 byte-order mark, which Excel needs to read Vietnamese text. @default false */
  readonly bom?: boolean;
  /** Add a `<column>__label` column after each code column, with the code's label in that language. @default 'none' */
  readonly labels?: 'none' | 'vi' | 'en';
  /** `;` suits Excel where the decimal separator is a comma (Vietnamese settings). @default ',' */
  readonly delimiter?: ',' | ';';
}

const csvOptions = optionsSchema<CsvExportOptions>({
  bom: [(value) => typeof value === 'boolean', 'true or false'],
  labels: [(value) => value === 'none' || value === 'vi' || value === 'en', "'none', 'vi' or 'en'"],
  delimiter: [(value) => value === ',' || value === ';', "',' or ';'"],
});

/**
 * Exports records as CSV tables: `<recordType>.csv` per record type, UTF-8 (with a byte-order mark when `bom` is
 * set), `\r\n` line ends, a header of field paths as `readCsv` reads them (`location.code`), then one row per record in
 * input order. Lists of values go in one cell separated by `; ` (as a JSON array when an item holds a separator);
 * arrays of objects go in one cell as canonical JSON. Numbers are written the Vietnamese way (`3,5`), so `readCsv`
 * reads them back exactly. Text is escaped against formula injection (`escapeCell`). Fields the standard does not
 * define have no column and are reported (`export_field_dropped`), as are values CSV cannot keep
 * (`export_value_changed`: empty text or lists, trailing spaces, `null`). Beside the tables, `datapackage.json`
 * makes the folder a Frictionless tabular data package: each table a `tabular-data-resource` with its dialect and a
 * Table Schema made from the standard's JSON Schema (types, required fields, closed codelists, `id` as primary key,
 * `personId` → `person.id`), so any Frictionless tool can check the content.
 * @example
 * await exportRecords(records, { exporter: csvExporter, options: { bom: true, labels: 'vi' }, sink, profile: 'internal' });
 */
export const csvExporter = defineExporter({
  meta: {
    ...META,
    profiles: PRIVACY_PROFILES,
    title: { vi: 'Bảng CSV', en: 'CSV tables' },
    description: {
      vi: 'Mỗi loại bản ghi một bảng <loại>.csv, mỗi dòng một bản ghi; có thể thêm BOM cho Excel và cột nhãn.',
      en: 'One <recordType>.csv table per record type, one row per record; optional BOM for Excel and label columns.',
    },
  },
  options: csvOptions,
  create(ctx) {
    const files = new PerTypeFiles(ctx.sink, 'csv', MEDIA_TYPE);
    const options = ctx.options;
    const delimiter = options.delimiter ?? ',';
    const labels = options.labels ?? 'none';
    const written: string[] = [];
    return {
      async record(entry) {
        const table = recordColumns(entry.recordType);
        if (!table) return;
        const { target } = await files.get(entry.recordType, (file) => {
          const header = table.columns.flatMap((column) => {
            const name = column.path.join('.');
            return labels !== 'none' && column.codelist ? [name, `${name}${LABEL_SUFFIX}`] : [name];
          });
          written.push(entry.recordType);
          return file.write(`${options.bom ? '\ufeff' : ''}${csvLine(header, delimiter)}`);
        });
        reportDroppedFields(entry.record, table.tree, entry, ctx.report, 'CSV');
        const cells = table.columns.flatMap((column) => {
          const value = valueAt(entry.record, column.path);
          const cell = cellOf(value, column, entry, ctx);
          if (labels === 'none' || !column.codelist) return [cell];
          return [cell, labelOf(value, column.codelist, labels)];
        });
        await target.write(csvLine(cells, delimiter));
      },
      async end() {
        await files.closeAll();
        const descriptor = tabularPackage(written, options);
        const target = await ctx.sink.open(CSV_PACKAGE_FILE, { mediaType: 'application/json' });
        await target.write(`${JSON.stringify(descriptor, null, 2)}\n`);
        await target.close();
      },
    };
  },
});

/** The Frictionless descriptor of the tables written, in the order they were first written. */
function tabularPackage(recordTypes: readonly string[], options: CsvExportOptions) {
  const withPersons = recordTypes.includes('person');
  const labelSuffix = (options.labels ?? 'none') === 'none' ? undefined : LABEL_SUFFIX;
  return {
    profile: 'tabular-data-package',
    name: 'vntip-csv-export',
    standardVersion: STANDARD_VERSION,
    resources: recordTypes.map((recordType) => ({
      profile: 'tabular-data-resource',
      name: recordType,
      path: `${recordType}.csv`,
      format: 'csv',
      mediatype: MEDIA_TYPE,
      encoding: 'utf-8',
      dialect: { delimiter: options.delimiter ?? ',', lineTerminator: '\r\n', header: true },
      schema: tableSchemaOf(recordType, {
        withPersons,
        ...(labelSuffix ? { labelSuffix } : {}),
      }),
    })),
  };
}

/**
 * Imports CSV tables with `readCsv` from `@vntip/read` (record type from each file's name, encoding and
 * delimiter detected), then undoes the formula escaping (`unescapeCells`) and ignores label columns and the
 * `datapackage.json` the exporter writes beside the tables.
 * @example
 * for await (const chunk of importRecords([{ name: 'person.csv', bytes }], { importer: csvImporter })) …
 */
export const csvImporter = defineImporter({
  meta: {
    ...META,
    title: { vi: 'Bảng CSV', en: 'CSV tables' },
    description: {
      vi: 'Đọc bảng CSV, mỗi tệp một loại bản ghi; bỏ dấu nháy đơn chống công thức và bỏ qua cột nhãn.',
      en: 'Reads CSV tables, one record type per file; removes the anti-formula apostrophe and ignores label columns.',
    },
  },
  async *read(files, ctx) {
    for (const file of files) {
      // The Frictionless descriptor the exporter writes beside the tables describes them; it holds no records.
      if (file.name.split(/[\\/]/).at(-1) === CSV_PACKAGE_FILE) continue;
      for await (const chunk of readCsv(file, { locale: ctx.locale })) {
        const events = (Array.isArray(chunk) ? chunk : [chunk]) as readonly ImportEvent[];
        const kept: ImportEvent[] = [];
        for (const event of events) {
          if (event.kind === 'record') kept.push({ ...event, value: unescapeCells(event.value) });
          else if (!isLabelColumnIssue(event)) kept.push(event);
        }
        if (kept.length > 0) yield kept;
      }
    }
  },
});

// --- Internal helpers ---

type Context = ExporterContext<CsvExportOptions>;

function isLabelColumnIssue(event: ImportEvent): boolean {
  if (event.kind !== 'issue' || event.issue.code !== 'unknown_column') return false;
  const header = event.issue.params?.header;
  return typeof header === 'string' && header.endsWith(LABEL_SUFFIX);
}

function valueAt(record: unknown, path: readonly string[]): unknown {
  let node = record;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
    node = Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined;
  }
  return node;
}

function changed(entry: RecordEntry, ctx: Context, path: readonly string[], reason: string): void {
  ctx.report({ code: 'export_value_changed', entry, path, params: { format: 'CSV', reason } });
}

function cellOf(value: unknown, column: RecordColumn, entry: RecordEntry, ctx: Context): string {
  if (value === undefined) return '';
  if (value === null) {
    changed(entry, ctx, column.path, 'null is written as an empty cell');
    return '';
  }
  if (column.kind === 'json') return canonicalJson(escapeCells(value));
  if (column.kind === 'list') {
    if (!Array.isArray(value) || value.length === 0) {
      if (Array.isArray(value)) changed(entry, ctx, column.path, 'an empty list is read as absent');
      else return scalarCell(value, column, entry, ctx);
      return '';
    }
    const { text, mixed } = listCell(value);
    if (mixed) changed(entry, ctx, column.path, 'the list mixes text with other values');
    return text;
  }
  return scalarCell(value, column, entry, ctx);
}

function scalarCell(
  value: unknown,
  column: RecordColumn,
  entry: RecordEntry,
  ctx: Context,
): string {
  if (typeof value === 'string') {
    const text = value.normalize('NFC');
    if (text === '') changed(entry, ctx, column.path, 'empty text is read as absent');
    else if (text.trimEnd() !== text)
      changed(entry, ctx, column.path, 'trailing spaces are trimmed');
    return escapeCell(text);
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    if (typeof value === 'number' && (!Number.isFinite(value) || /e/i.test(String(value)))) {
      changed(entry, ctx, column.path, `the number ${value} has no plain decimal form`);
    }
    return formatScalar(value);
  }
  changed(entry, ctx, column.path, 'an object where the standard has a value is written as JSON');
  return escapeCell(canonicalJson(value));
}

/** Numbers the way `readCsv` reads them back exactly: no grouping, a decimal comma (`3,5`; `1.234` would be 1234). */
function formatScalar(value: string | number | boolean): string {
  return typeof value === 'number' ? decimalComma(value) : String(value);
}

function labelOf(value: unknown, codelist: string, locale: 'vi' | 'en'): string {
  const codes = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return escapeCell(
    codes
      .filter((code): code is string => typeof code === 'string')
      .map((code) => getCodeLabel(codelist, code, locale))
      .join('; '),
  );
}

function csvLine(cells: readonly string[], delimiter: string): string {
  return `${cells.map((cell) => quote(cell, delimiter)).join(delimiter)}\r\n`;
}

function quote(cell: string, delimiter: string): string {
  return cell.includes('"') || cell.includes(delimiter) || /[\r\n]/.test(cell)
    ? `"${cell.replace(/"/g, '""')}"`
    : cell;
}
