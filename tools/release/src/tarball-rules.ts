// What a published tarball may hold: the manifest, README and LICENSE at the top, the build in dist/, nothing else.

/** Files every tarball carries at its top. */
export const REQUIRED_FILES = ['package.json', 'README.md', 'LICENSE'] as const;

/** Paths that never belong in a tarball, wherever they are, with what they are. */
const FORBIDDEN: readonly (readonly [RegExp, string])[] = [
  [/(^|\/)(test|tests|__tests__|__snapshots__|fixtures?)\//, 'a test or fixture folder'],
  [/\.(test|spec|test-d|bench)\.[cm]?[jt]sx?(\.map)?$/, 'a test'],
  [/\.fixture\.[cm]?[jt]sx?(\.map)?$/, 'a fixture'],
  [/\.tsbuildinfo$/, 'a TypeScript build cache'],
  [/(^|\/)\.[^/]+$/, 'a dotfile'],
];

/** The problems of a tarball's file list (paths inside `package/`), each a sentence naming the file. */
export function tarballProblems(files: readonly string[]): string[] {
  const problems: string[] = [];
  const present = new Set(files);
  for (const required of REQUIRED_FILES) {
    if (!present.has(required)) problems.push(`${required} is missing.`);
  }
  for (const file of files) {
    const forbidden = FORBIDDEN.find(([pattern]) => pattern.test(file));
    if (forbidden) problems.push(`${file} is ${forbidden[1]}.`);
    else if (!file.startsWith('dist/') && !(REQUIRED_FILES as readonly string[]).includes(file))
      problems.push(`${file} is outside dist/ (source maps, sources and data ship only in dist/).`);
  }
  return problems;
}
