import { definePlugin } from '@vntip/core';
import { csvExporter, csvImporter } from './csv';
import { ctdcExporter } from './ctdc';
import { htcdsExporter } from './htcds';
import { jsonExporter, jsonImporter } from './json';
import { ndjsonExporter, ndjsonImporter } from './ndjson';
import { odkSubmissionsImporter } from './odk-submissions';
import { packageExporter, packageImporter } from './package';
import { sdmxCsvExporter } from './sdmx';
import { xlsxExporter, xlsxImporter } from './xlsx';

/**
 * The built-in formats as a plugin, registered through the same API as third-party ones.
 * @example
 * const registry = createRegistry([builtinPlugin]);
 * await exportRecords(records, { exporter: registry.exporter('csv'), sink, profile: 'internal' });
 */
export const builtinPlugin = definePlugin({
  meta: { name: '@vntip/exporters', version: '0.1.0', namespace: 'vntip' },
  exporters: {
    csv: csvExporter,
    json: jsonExporter,
    ndjson: ndjsonExporter,
    package: packageExporter,
    'sdmx-csv': sdmxCsvExporter,
    htcds: htcdsExporter,
    ctdc: ctdcExporter,
    xlsx: xlsxExporter,
  },
  importers: {
    csv: csvImporter,
    json: jsonImporter,
    ndjson: ndjsonImporter,
    'odk-submissions': odkSubmissionsImporter,
    package: packageImporter,
    xlsx: xlsxImporter,
  },
});

/** The id of a built-in exporter or importer. */
export type BuiltinFormatId = keyof typeof builtinPlugin.exporters;
