import { defineConfig } from 'tsup';

export default defineConfig({
  entry: [
    'src/index.ts',
    'src/json.ts',
    'src/ndjson.ts',
    'src/csv.ts',
    'src/package.ts',
    'src/signing.ts',
    'src/xlsx.ts',
    'src/sdmx.ts',
    'src/htcds.ts',
    'src/ctdc.ts',
    'src/xlsform.ts',
    'src/odk-submissions.ts',
    'src/node.ts',
  ],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
});
