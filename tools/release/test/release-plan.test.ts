import { describe, expect, it } from 'vitest';
import { releasePlanProblems } from '../src/release-plan.ts';

const published = new Map([
  ['@vntip/core', '0.1.0'],
  ['@vntip/cli', '0.1.0'],
]);
const release = (name: string, newVersion: string) => ({
  name,
  type: 'minor',
  oldVersion: '0.1.0',
  newVersion,
});

describe('releasePlanProblems', () => {
  it('accepts no release, and a release of every published package to one version', () => {
    expect(releasePlanProblems({ releases: [] }, published)).toEqual([]);
    const plan = { releases: [release('@vntip/core', '0.2.0'), release('@vntip/cli', '0.2.0')] };
    expect(releasePlanProblems(plan, published)).toEqual([]);
  });

  it('refuses a release that leaves a package out or splits the versions, as without the fixed group', () => {
    expect(releasePlanProblems({ releases: [release('@vntip/core', '0.2.0')] }, published)).toEqual(
      [
        'The release leaves out @vntip/cli: every published package is in the changesets "fixed" group (.changeset/config.json).',
      ],
    );
    const split = { releases: [release('@vntip/core', '0.2.0'), release('@vntip/cli', '0.1.1')] };
    expect(releasePlanProblems(split, published)).toEqual([
      'The release gives different versions (@vntip/core@0.2.0, @vntip/cli@0.1.1); the "fixed" group must give one.',
    ]);
  });

  it('refuses published packages whose versions already differ', () => {
    const drifted = new Map([...published, ['@vntip/cli', '0.1.1']]);
    expect(releasePlanProblems({ releases: [] }, drifted)).toEqual([
      'The published packages have different versions (@vntip/core@0.1.0, @vntip/cli@0.1.1); one fixed group keeps one version.',
    ]);
  });
});
