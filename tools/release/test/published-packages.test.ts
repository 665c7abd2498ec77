import { describe, expect, it } from 'vitest';
import { entryPointsOf, reportName } from '../src/published-packages.ts';

describe('entryPointsOf', () => {
  it('lists dual, ESM-only and wildcard subpaths, and leaves out package.json and blocked ones', () => {
    const entries = entryPointsOf('@vntip/x', {
      '.': {
        '@vntip/source': './src/index.ts',
        import: { types: './dist/index.d.ts', default: './dist/index.js' },
        require: { types: './dist/index.d.cts', default: './dist/index.cjs' },
      },
      './run': {
        '@vntip/source': './src/run.ts',
        types: './dist/run.d.ts',
        default: './dist/run.js',
      },
      './schemas/*.json': './dist/schemas/*.json',
      './package.json': './package.json',
      './internal/*': null,
    });
    expect(entries).toEqual([
      {
        subpath: '.',
        specifier: '@vntip/x',
        types: './dist/index.d.ts',
        cjs: true,
        wildcard: false,
      },
      {
        subpath: './run',
        specifier: '@vntip/x/run',
        types: './dist/run.d.ts',
        cjs: false,
        wildcard: false,
      },
      {
        subpath: './schemas/*.json',
        specifier: '@vntip/x/schemas/*.json',
        cjs: false,
        wildcard: true,
      },
    ]);
    expect(entries.map(reportName)).toEqual(['index', 'run', 'schemas-*.json']);
  });
});
