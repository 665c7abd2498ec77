import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@vntip/source'] },
  // Tests run in Vite's SSR environment, which takes its own conditions: without this, workspace packages resolve to
  // their (possibly stale) dist.
  ssr: { resolve: { conditions: ['@vntip/source'] } },
  test: {
    name: '@vntip/cli',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The end-to-end tests run the built CLI as subprocesses, several at once; each start loads every package.
    testTimeout: 60_000,
    typecheck: {
      enabled: true,
      include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
  },
});
