import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@vntip/source'] },
  ssr: { resolve: { conditions: ['@vntip/source'] } },
  test: {
    name: '@vntip/site',
    // Opening every page of the site in Chromium takes a while on a shared machine; nothing here measures speed.
    testTimeout: 600_000,
    hookTimeout: 120_000,
    include: ['src/**/*.test.ts'],
  },
});
