import { exporterConformance } from '@vntip/core/testing';
import { describe, it } from 'vitest';
import { xlsxExporter, xlsxImporter } from './xlsx';

describe('xlsx conformance', () => {
  for (const c of exporterConformance({ exporter: xlsxExporter, importer: xlsxImporter }))
    it(c.name, c.run, c.timeout);
});
