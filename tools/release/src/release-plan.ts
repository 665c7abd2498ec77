// The release plan `changeset status --output` writes, checked against the one `fixed` group every published
// package belongs to: all of them move together, to one version.

/** The part of changesets' release plan this check reads. */
export interface ReleasePlan {
  readonly releases: readonly {
    readonly name: string;
    readonly type: string;
    readonly oldVersion: string;
    readonly newVersion: string;
  }[];
}

/** Problems with a plan for the published packages `published` (name → current version), as sentences. */
export function releasePlanProblems(
  plan: ReleasePlan,
  published: ReadonlyMap<string, string>,
): string[] {
  const problems: string[] = [];
  const versions = new Set(published.values());
  if (versions.size > 1)
    problems.push(
      `The published packages have different versions (${[...published].map(([name, version]) => `${name}@${version}`).join(', ')}); one fixed group keeps one version.`,
    );
  const releases = plan.releases.filter(
    (release) => published.has(release.name) && release.type !== 'none',
  );
  if (releases.length === 0) return problems;
  const missing = [...published.keys()].filter((name) => !releases.some((r) => r.name === name));
  if (missing.length > 0)
    problems.push(
      `The release leaves out ${missing.join(', ')}: every published package is in the changesets "fixed" group (.changeset/config.json).`,
    );
  const targets = new Set(releases.map((release) => release.newVersion));
  if (targets.size > 1)
    problems.push(
      `The release gives different versions (${releases.map((r) => `${r.name}@${r.newVersion}`).join(', ')}); the "fixed" group must give one.`,
    );
  return problems;
}
