import { exporterConformance } from '@vntip/core/testing';
import { describe, it } from 'vitest';
import { packageExporter, packageImporter } from './package';
import { PACKAGE_OPTIONS } from './package.fixture';

describe('package', () => {
  for (const c of exporterConformance({
    exporter: packageExporter,
    importer: packageImporter,
    exporterOptions: PACKAGE_OPTIONS,
  })) {
    it(c.name, c.run, c.timeout);
  }
});
