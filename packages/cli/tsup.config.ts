import { defineConfig } from 'tsup';

// The `vntip` binary (src/cli.ts, whose first line is its shebang) and `run` for scripts, ESM only (ADR 002); the
// workspace packages stay external.
export default defineConfig({
  entry: ['src/index.ts', 'src/cli.ts'],
  format: ['esm'],
  dts: { entry: 'src/index.ts' },
  clean: true,
  sourcemap: true,
  target: 'node20',
});
