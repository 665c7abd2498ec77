import { exporterConformance } from '@vntip/core/testing';
import { describe, it } from 'vitest';
import { csvExporter, csvImporter } from './csv';
import { jsonExporter, jsonImporter } from './json';
import { ndjsonExporter, ndjsonImporter } from './ndjson';

const suites = [
  { exporter: jsonExporter, importer: jsonImporter },
  { exporter: ndjsonExporter, importer: ndjsonImporter },
  { exporter: csvExporter, importer: csvImporter },
  { exporter: csvExporter, importer: csvImporter, exporterOptions: { bom: true, labels: 'vi' } },
  {
    exporter: csvExporter,
    importer: csvImporter,
    exporterOptions: { delimiter: ';', labels: 'en' },
  },
];

for (const suite of suites) {
  describe(`${suite.exporter.meta.id} ${JSON.stringify(suite.exporterOptions ?? {})}`, () => {
    for (const c of exporterConformance(suite)) it(c.name, c.run, c.timeout);
  });
}
