// `pnpm release`: publishes every published package whose version the registry does not have yet, dependencies
// first. Each tarball is packed by pnpm (workspace: ranges become versions) and published by npm, whose CLI does the
// trusted-publishing (OIDC) exchange and attaches provenance. `--dry-run` publishes nothing. See docs/releasing.md.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packPackage } from './pack-package.ts';
import { type PublishedPackage, readPublishedPackages } from './published-packages.ts';
import { runCommand } from './run-command.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const dryRun = process.argv.includes('--dry-run');
const work = mkdtempSync(join(tmpdir(), 'vntip-publish-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

const packages = inDependencyOrder(readPublishedPackages(root));
const unplaced = packages.filter((pkg) => !hasRepository(pkg));
if (!dryRun && unplaced.length > 0) {
  process.stderr.write(
    `Provenance needs each package.json to name its repository ("repository": { "type": "git", "url": …, "directory": … }); missing in ${unplaced.map((pkg) => pkg.name).join(', ')}.\n`,
  );
  process.exit(1);
}

const published: PublishedPackage[] = [];
for (const pkg of packages) {
  const view = await runCommand('npm', ['view', `${pkg.name}@${pkg.version}`, 'version'], {
    cwd: root,
  });
  if (view.status === 0 && view.output.trim() === pkg.version) {
    process.stdout.write(`${pkg.name}@${pkg.version} is published already; skipped.\n`);
    continue;
  }
  const { tarball } = await packPackage(pkg, work);
  const args = ['publish', tarball, '--access', 'public', '--provenance'];
  const publish = await runCommand('npm', dryRun ? [...args, '--dry-run'] : args, { cwd: root });
  if (publish.status !== 0) {
    process.stderr.write(`npm publish of ${pkg.name}@${pkg.version} failed:\n${publish.output}`);
    process.exit(1);
  }
  process.stdout.write(`${pkg.name}@${pkg.version} published${dryRun ? ' (dry run)' : ''}.\n`);
  published.push(pkg);
}

// A git tag per published version (changeset tag skips the ones that exist); the "New tag:" lines are what
// changesets/action reads to push them and write the GitHub releases.
if (!dryRun && published.length > 0) {
  const tag = await runCommand('pnpm', ['exec', 'changeset', 'tag'], { cwd: root });
  if (tag.status !== 0) {
    process.stderr.write(`changeset tag failed:\n${tag.output}`);
    process.exit(1);
  }
  for (const pkg of published) process.stdout.write(`New tag: ${pkg.name}@${pkg.version}\n`);
}

function hasRepository(pkg: PublishedPackage): boolean {
  const repository = pkg.manifest.repository;
  return typeof repository === 'string' || (typeof repository === 'object' && repository !== null);
}

/** The packages ordered so that each comes after the workspace packages it depends on. */
function inDependencyOrder(all: readonly PublishedPackage[]): PublishedPackage[] {
  const byName = new Map(all.map((pkg) => [pkg.name, pkg]));
  const ordered: PublishedPackage[] = [];
  const visit = (pkg: PublishedPackage) => {
    if (ordered.includes(pkg)) return;
    const dependencies = Object.keys((pkg.manifest.dependencies ?? {}) as Record<string, string>);
    for (const name of dependencies) {
      const dependency = byName.get(name);
      if (dependency) visit(dependency);
    }
    ordered.push(pkg);
  };
  for (const pkg of all) visit(pkg);
  return ordered;
}
