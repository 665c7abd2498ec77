// `pnpm check:schema-diff`: compares schemas/ with the last released standard (schemas/released/<version>/),
// classifies every change (docs/standard/versioning.md) and fails when the largest change exceeds the step of
// STANDARD_VERSION or the bump the pending changesets give @vntip/schema. Released folders must be unchanged.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReleasePlan } from './release-plan.ts';
import { releasedFolderProblems, releasedVersions } from './released-standards.ts';
import { runCommand } from './run-command.ts';
import {
  type ChangeClass,
  diffStandard,
  highestClass,
  versionGateProblems,
} from './schema-diff.ts';
import { readStandardFolder } from './standard-folder.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const releasedDir = join(root, 'schemas/released');
const versions = releasedVersions(releasedDir);
const last = versions.at(-1);
if (last === undefined) {
  process.stderr.write('schemas/released/ holds no released version to compare with.\n');
  process.exit(1);
}
const problems = versions.flatMap((version) =>
  releasedFolderProblems(join(releasedDir, version), version),
);

const changes = diffStandard(
  readStandardFolder(join(releasedDir, last)),
  readStandardFolder(join(root, 'schemas')),
);
for (const cls of ['major', 'minor', 'patch'] as const) {
  const list = changes.filter((change) => change.class === cls);
  if (list.length === 0) continue;
  process.stdout.write(`${cls.toUpperCase()} (${list.length}):\n`);
  for (const change of list)
    process.stdout.write(
      `  ${change.file}${change.path ? ` ${change.path}` : ''}: ${change.what}\n`,
    );
}

const standardVersion = /STANDARD_VERSION = '([^']+)'/.exec(
  readFileSync(join(root, 'packages/schema/src/standard-version.ts'), 'utf8'),
)?.[1];
if (standardVersion === undefined) {
  process.stderr.write('STANDARD_VERSION not found in packages/schema/src/standard-version.ts.\n');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'vntip-schema-diff-'));
const planFile = join(work, 'plan.json');
const status = await runCommand('pnpm', ['exec', 'changeset', 'status', '--output', planFile], {
  cwd: root,
});
let changesetBump: ChangeClass | 'none' = 'none';
if (status.status === 0) {
  const plan = JSON.parse(readFileSync(planFile, 'utf8')) as ReleasePlan;
  const type = plan.releases.find((release) => release.name === '@vntip/schema')?.type;
  if (type === 'major' || type === 'minor' || type === 'patch') changesetBump = type;
} else {
  problems.push(`changeset status failed:\n${status.output}`);
}
rmSync(work, { recursive: true, force: true });

problems.push(
  ...versionGateProblems(changes, { releasedVersion: `${last}.0`, standardVersion, changesetBump }),
);
const highest = highestClass(changes);
process.stdout.write(
  `Schema diff against released standard ${last}: ${changes.length} change(s), largest ${highest.toUpperCase()}; STANDARD_VERSION ${standardVersion}; changesets bump @vntip/schema: ${changesetBump}.\n`,
);
if (problems.length > 0) {
  process.stderr.write(`${problems.join('\n')}\n`);
  process.exit(1);
}
