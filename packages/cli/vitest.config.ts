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
    // A shared machine can be slow to start them; the ceiling guards against hangs, it measures nothing.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    typecheck: {
      enabled: true,
      include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
  },
});
