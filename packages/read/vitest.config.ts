import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@vntip/source'] },
  // Tests run in Vite's SSR environment, which takes its own conditions: without this, workspace packages resolve to
  // their (possibly stale) dist.
  ssr: { resolve: { conditions: ['@vntip/source'] } },
  test: {
    name: '@vntip/read',
    // A generous ceiling: CI machines are shared, and no test here measures speed.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    typecheck: {
      enabled: true,
      include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
  },
});
