import { defineConfig } from 'tsup';

// The CLI is an executable: one ESM bundle with a shebang; the workspace packages stay external.
export default defineConfig({
  entry: ['src/cli.ts'],
  format: ['esm'],
  dts: false,
  clean: true,
  sourcemap: true,
  target: 'node20',
  banner: { js: '#!/usr/bin/env node' },
});
