import { describe, expect, it } from 'vitest';
import { tarballProblems } from '../src/tarball-rules.ts';

const good = [
  'LICENSE',
  'README.md',
  'package.json',
  'dist/index.js',
  'dist/index.js.map',
  'dist/index.cjs',
  'dist/index.d.ts',
  'dist/index.d.cts',
  'dist/schemas/person.schema.json',
];

describe('tarballProblems', () => {
  it('accepts the manifest, README and LICENSE beside a dist/ with its source maps', () => {
    expect(tarballProblems(good)).toEqual([]);
  });

  it('names each file that is missing', () => {
    expect(
      tarballProblems(good.filter((file) => file !== 'LICENSE' && file !== 'README.md')),
    ).toEqual(['README.md is missing.', 'LICENSE is missing.']);
  });

  it('refuses tests, fixtures, snapshots, build caches and dotfiles, even inside dist/', () => {
    const planted = [
      'dist/index.test.js',
      'dist/compute.test-d.ts',
      'dist/package.fixture.js',
      'dist/fixtures/person.json',
      'dist/__snapshots__/report.snap',
      'dist/tsconfig.tsbuildinfo',
      '.attw.json',
    ];
    expect(tarballProblems([...good, ...planted])).toEqual([
      'dist/index.test.js is a test.',
      'dist/compute.test-d.ts is a test.',
      'dist/package.fixture.js is a fixture.',
      'dist/fixtures/person.json is a test or fixture folder.',
      'dist/__snapshots__/report.snap is a test or fixture folder.',
      'dist/tsconfig.tsbuildinfo is a TypeScript build cache.',
      '.attw.json is a dotfile.',
    ]);
  });

  it('refuses sources and source maps outside dist/', () => {
    expect(tarballProblems([...good, 'src/index.ts', 'index.js.map'])).toEqual([
      'src/index.ts is outside dist/ (source maps, sources and data ship only in dist/).',
      'index.js.map is outside dist/ (source maps, sources and data ship only in dist/).',
    ]);
  });
});
