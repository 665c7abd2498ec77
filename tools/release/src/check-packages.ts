// `pnpm check:packages`: packs every published package as `pnpm publish` would, then checks each tarball's files
// (LICENSE and README present, nothing but dist/ besides), runs `publint --strict` and `attw` on it, and installs
// the tarballs in a consumer project (consumer-test.ts). Needs `pnpm build` first. Exits 1 on any problem.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runConsumerTest } from './consumer-test.ts';
import { type PackedPackage, packPackage } from './pack-package.ts';
import { readPublishedPackages } from './published-packages.ts';
import { runCommand } from './run-command.ts';
import { tarballProblems } from './tarball-rules.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const work = mkdtempSync(join(tmpdir(), 'vntip-packages-'));
const failures: string[] = [];
const fail = (what: string, detail: string) => {
  failures.push(what);
  process.stdout.write(`✗ ${what}\n${detail.replace(/^/gm, '    ')}\n`);
};

const packages = readPublishedPackages(root);
const missingBuild = packages.filter((pkg) => !existsSync(join(pkg.dir, 'dist')));
if (missingBuild.length > 0) {
  process.stderr.write(
    `No dist/ in ${missingBuild.map((pkg) => relative(root, pkg.dir)).join(', ')}: run \`pnpm build\` first.\n`,
  );
  process.exit(2);
}

const tarballs = join(work, 'tarballs');
mkdirSync(tarballs);
const license = readFileSync(join(root, 'LICENSE'));
const packed: PackedPackage[] = [];
for (const pkg of packages) {
  const result = await packPackage(pkg, tarballs);
  packed.push(result);
  const problems = tarballProblems(result.files);
  const own = join(pkg.dir, 'LICENSE');
  if (existsSync(own) && !readFileSync(own).equals(license))
    problems.push(`LICENSE differs from the repository's: cp LICENSE ${relative(root, own)}`);
  if (problems.length > 0) fail(`${pkg.name}: tarball contents`, problems.join('\n'));
  else
    process.stdout.write(
      `✓ ${pkg.name}: ${result.files.length} files, all in dist/ but package.json, README.md and LICENSE\n`,
    );
}

// publint and attw read the tarball itself; attw takes its profile from the package's .attw.json when there is one.
await Promise.all(
  [0, 1].map(async (lane) => {
    for (const { pkg, tarball } of packed.filter((_, i) => i % 2 === lane)) {
      const publint = await runCommand('publint', ['--strict', tarball], { cwd: pkg.dir });
      if (publint.status !== 0) fail(`${pkg.name}: publint --strict`, publint.output);
      const attw = await runCommand('attw', [tarball, '--format', 'ascii'], { cwd: pkg.dir });
      if (attw.status !== 0) fail(`${pkg.name}: attw`, attw.output);
      if (publint.status === 0 && attw.status === 0)
        process.stdout.write(`✓ ${pkg.name}: publint --strict and attw pass\n`);
    }
  }),
);

process.stdout.write('Consumer project (the tarballs installed offline):\n');
const consumer = await runConsumerTest(packed, {
  root,
  dir: join(work, 'consumer'),
  log: (line) => process.stdout.write(`${line}\n`),
});
if (consumer) fail(`consumer project: ${consumer.step}`, consumer.output);

if (failures.length > 0) {
  process.stdout.write(
    `\n${failures.length} package check(s) failed; the tarballs and the consumer project are in ${work}.\n`,
  );
  process.exit(1);
}
rmSync(work, { recursive: true, force: true });
process.stdout.write(`Packages: ${packed.length} tarballs checked, consumer project passed.\n`);
