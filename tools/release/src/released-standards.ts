// The released versions of the standard, kept unchanged in schemas/released/<major.minor>/ beside a SHA256SUMS file
// (the format `sha256sum -c` reads), so that their $ids keep resolving to what was published.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The file that pins a released folder's contents. */
export const SUMS_FILE = 'SHA256SUMS';

/** The released versions under `releasedDir`, lowest first (`1.0`, `1.1`, …). */
export function releasedVersions(releasedDir: string): string[] {
  if (!existsSync(releasedDir)) return [];
  return readdirSync(releasedDir)
    .filter((name) => /^\d+\.\d+$/.test(name))
    .sort((a, b) => {
      const [am = 0, an = 0] = a.split('.').map(Number);
      const [bm = 0, bn = 0] = b.split('.').map(Number);
      return am - bm || an - bn;
    });
}

/** `SHA256SUMS` text for every file of `dir` but the sums file itself, sorted by path. */
export function sumsOf(dir: string): string {
  return listFiles(dir)
    .filter((path) => path !== SUMS_FILE)
    .map(
      (path) =>
        `${createHash('sha256')
          .update(readFileSync(join(dir, path)))
          .digest('hex')}  ${path}\n`,
    )
    .join('');
}

/** Why the released folder `dir` of version `version` is not as it was released, as sentences. */
export function releasedFolderProblems(dir: string, version: string): string[] {
  const sumsPath = join(dir, SUMS_FILE);
  if (!existsSync(sumsPath)) return [`schemas/released/${version} has no ${SUMS_FILE}.`];
  const expected = parseSums(readFileSync(sumsPath, 'utf8'));
  const actual = parseSums(sumsOf(dir));
  const problems: string[] = [];
  for (const [path, sum] of expected) {
    const now = actual.get(path);
    if (now === undefined) problems.push(`schemas/released/${version}/${path} was removed.`);
    else if (now !== sum) problems.push(`schemas/released/${version}/${path} was changed.`);
  }
  for (const path of actual.keys()) {
    if (!expected.has(path)) problems.push(`schemas/released/${version}/${path} was added.`);
  }
  for (const path of actual.keys()) {
    if (!path.endsWith('.json')) continue;
    const id = (JSON.parse(readFileSync(join(dir, path), 'utf8')) as { $id?: unknown }).$id;
    if (typeof id === 'string' && !id.includes(`/schema/${version}/`)) {
      problems.push(
        `schemas/released/${version}/${path} has $id ${id}, not one under /schema/${version}/.`,
      );
    }
  }
  return problems.map(
    (p) => `${p} A released version of the standard never changes; release a new one instead.`,
  );
}

function parseSums(text: string): Map<string, string> {
  const sums = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (match?.[1] && match[2]) sums.set(match[2], match[1]);
  }
  return sums;
}

function listFiles(dir: string, root = dir): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? listFiles(path, root) : [relative(root, path)];
    });
}
