import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@vntip/source'] },
  test: {
    projects: ['packages/*/vitest.config.ts', 'tools/*/vitest.config.ts', 'site/vitest.config.ts'],
    reporters: ['default', './scripts/summary-reporter.ts'],
    restoreMocks: true,
  },
});
