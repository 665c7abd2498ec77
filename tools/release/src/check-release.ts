// `pnpm check:release`: the release flow as far as it runs without publishing. `changeset status` (every changed
// package has a changeset; the plan moves every published package to one version, the fixed group), then
// `pnpm -r publish --dry-run`, and `pnpm release --dry-run`, the very command a release runs.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPublishedPackages } from './published-packages.ts';
import { type ReleasePlan, releasePlanProblems } from './release-plan.ts';
import { runCommand } from './run-command.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const work = mkdtempSync(join(tmpdir(), 'vntip-release-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

const planFile = join(work, 'release-plan.json');
const status = await runCommand('pnpm', ['exec', 'changeset', 'status', '--output', planFile], {
  cwd: root,
});
process.stdout.write(status.output);
if (status.status !== 0) {
  process.stderr.write(
    'changeset status failed: a changed package needs a changeset (`pnpm changeset`), or a changeset is malformed.\n',
  );
  process.exit(1);
}
const published = new Map(readPublishedPackages(root).map((pkg) => [pkg.name, pkg.version]));
const plan = JSON.parse(readFileSync(planFile, 'utf8')) as ReleasePlan;
const problems = releasePlanProblems(plan, published);
if (problems.length > 0) {
  process.stderr.write(`${problems.join('\n')}\n`);
  process.exit(1);
}

const publish = await runCommand('pnpm', ['-r', 'publish', '--dry-run', '--no-git-checks'], {
  cwd: root,
});
if (publish.status !== 0) {
  process.stderr.write(`pnpm -r publish --dry-run failed:\n${publish.output}`);
  process.exit(1);
}
const release = await runCommand('pnpm', ['release', '--dry-run'], { cwd: root });
if (release.status !== 0) {
  process.stderr.write(`pnpm release --dry-run failed:\n${release.output}`);
  process.exit(1);
}
const next = plan.releases.find((release) => published.has(release.name))?.newVersion;
process.stdout.write(
  `Release: ${published.size} packages publish (dry run)${next ? `; the pending changesets take them to ${next}` : '; no changesets pending'}.\n`,
);
