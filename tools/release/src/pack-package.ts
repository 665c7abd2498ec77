// `pnpm pack` of one package: the tarball a user would install, with the list of what it holds.
import type { PublishedPackage } from './published-packages.ts';
import { runCommand } from './run-command.ts';

export interface PackedPackage {
  readonly pkg: PublishedPackage;
  /** Absolute path of the .tgz. */
  readonly tarball: string;
  /** Paths inside the tarball, relative to its `package/` folder. */
  readonly files: readonly string[];
}

/** Packs `pkg` into `destination` as its publish would (workspace: ranges replaced by versions). */
export async function packPackage(
  pkg: PublishedPackage,
  destination: string,
): Promise<PackedPackage> {
  const { status, output } = await runCommand(
    'pnpm',
    ['pack', '--pack-destination', destination, '--json'],
    { cwd: pkg.dir },
  );
  const json = output.slice(output.indexOf('{'));
  if (status !== 0) throw new Error(`pnpm pack failed in ${pkg.dir}:\n${output}`);
  const packed = JSON.parse(json) as { filename: string; files: { path: string }[] };
  return { pkg, tarball: packed.filename, files: packed.files.map((file) => file.path).sort() };
}
