// The workspace's published packages and their public entry points, read from their package.json files.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A subpath a consumer may import, from a package's `exports`. */
export interface EntryPoint {
  /** As written in `exports`: `.`, `./testing`, `./schemas/*.json`. */
  readonly subpath: string;
  /** What a consumer writes: `@vntip/core/testing`, `@vntip/schema/schemas/*.json`. */
  readonly specifier: string;
  /** The declarations an ESM import gets, e.g. `./dist/testing/index.d.ts`; absent for data files. */
  readonly types?: string;
  /** Whether `require` gets a CommonJS build of its own (ESM-only entry points are required as ESM, Node ≥ 20.19). */
  readonly cjs: boolean;
  /** A pattern (`*`) of data files rather than a module. */
  readonly wildcard: boolean;
}

export interface PublishedPackage {
  readonly name: string;
  readonly version: string;
  /** Absolute path of the package folder. */
  readonly dir: string;
  /** The package.json, as written. */
  readonly manifest: Readonly<Record<string, unknown>>;
  readonly entryPoints: readonly EntryPoint[];
}

type Conditions = { readonly [condition: string]: string | Conditions | null };

/** Every package under `packages/` that is not private, in folder order. */
export function readPublishedPackages(root: string): PublishedPackage[] {
  const packagesDir = join(root, 'packages');
  return readdirSync(packagesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(packagesDir, entry.name))
    .flatMap((dir) => {
      let manifest: Record<string, unknown>;
      try {
        manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      } catch {
        return [];
      }
      if (manifest.private === true) return [];
      const name = String(manifest.name);
      return [
        {
          name,
          version: String(manifest.version),
          dir,
          manifest,
          entryPoints: entryPointsOf(name, (manifest.exports ?? {}) as Conditions),
        },
      ];
    });
}

/** The importable subpaths of an `exports` map: `./package.json` and blocked (`null`) subpaths left out. */
export function entryPointsOf(name: string, exports: Conditions): EntryPoint[] {
  return Object.entries(exports).flatMap(([subpath, target]): EntryPoint[] => {
    if (target === null || subpath === './package.json') return [];
    const specifier = subpath === '.' ? name : `${name}/${subpath.slice(2)}`;
    const wildcard = subpath.includes('*');
    if (typeof target === 'string') return [{ subpath, specifier, cjs: false, wildcard }];
    const esm = target.import ?? target;
    const types = typeof esm === 'object' && esm !== null ? esm.types : undefined;
    return [
      {
        subpath,
        specifier,
        ...(typeof types === 'string' ? { types } : {}),
        cjs: typeof target.require === 'object' && target.require !== null,
        wildcard,
      },
    ];
  });
}

/** The name of an entry point's API report: `index` for `.`, else the subpath (`testing`, `csv`). */
export function reportName(entry: EntryPoint): string {
  return entry.subpath === '.' ? 'index' : entry.subpath.slice(2).replaceAll('/', '-');
}

/** The folder name of a package under `packages/` and `etc/`: `core` for `@vntip/core`. */
export function shortName(pkg: PublishedPackage): string {
  return pkg.name.replace(/^@[^/]+\//, '');
}
