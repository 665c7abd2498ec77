// The packages as a developer gets them: a new project installs the packed tarballs (offline, from the pnpm store),
// imports every entry point from ESM and from CommonJS, type-checks a file using every typed entry point with node16
// and bundler resolution, and runs each package README's example.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PackedPackage } from './pack-package.ts';
import type { EntryPoint } from './published-packages.ts';
import { shortName } from './published-packages.ts';
import { readmeExample } from './readme-example.ts';
import { type CommandResult, runCommand } from './run-command.ts';

const CONSUMER_FILES = join(dirname(fileURLToPath(import.meta.url)), '../consumer');

export interface ConsumerTestOptions {
  /** The repository root: its package.json pins the TypeScript and @types/node the project installs. */
  readonly root: string;
  /** An empty folder for the project. */
  readonly dir: string;
  /** Called with one line per step. */
  readonly log: (line: string) => void;
}

/** A step that failed, with what it printed. */
export interface ConsumerFailure {
  readonly step: string;
  readonly output: string;
}

/** Runs the consumer project's steps in order, stopping at the first that fails. */
export async function runConsumerTest(
  packed: readonly PackedPackage[],
  options: ConsumerTestOptions,
): Promise<ConsumerFailure | undefined> {
  const { dir, log } = options;
  const setup = writeProject(packed, options);
  if (typeof setup === 'string') return { step: 'set-up', output: setup };

  const steps: [string, () => Promise<CommandResult>][] = [
    ['install the tarballs, offline', () => install(dir, log)],
    ['import every entry point (ESM)', () => node(dir, 'esm.mjs')],
    ['require every entry point (CJS)', () => node(dir, 'cjs.cjs')],
    [
      'run the installed vntip binary',
      () => runCommand(join(dir, 'node_modules/.bin/vntip'), ['--version'], { cwd: dir }),
    ],
    ['a .ts config without tsx is refused with the way out', () => tsConfigRefused(dir)],
    ['tsc, node16 resolution (ESM and CJS files)', () => tsc(dir, 'tsconfig.node16.json')],
    ['tsc, bundler resolution', () => tsc(dir, 'tsconfig.bundler.json')],
    ...setup.map(({ file, readme }): [string, () => Promise<CommandResult>] => [
      `run the example of ${readme}`,
      () => node(dir, `out/${file.replace(/\.ts$/, '.js')}`),
    ]),
  ];
  for (const [step, run] of steps) {
    const started = Date.now();
    const result = await run();
    if (result.status !== 0) return { step, output: result.output };
    const last = result.output.trim().split('\n').at(-1) ?? '';
    log(`  ✓ ${step} (${((Date.now() - started) / 1000).toFixed(1)} s)${last ? `: ${last}` : ''}`);
  }
  return undefined;
}

/**
 * tsx is an optional peer of @vntip/cli, so the project has none: a `vntip.config.ts` must give the usage exit code
 * and the vi/en message naming both ways out (install tsx, or write .mjs/.json), never a stack trace.
 */
async function tsConfigRefused(dir: string): Promise<CommandResult> {
  if (existsSync(join(dir, 'node_modules/tsx'))) {
    return {
      status: 1,
      output: 'tsx is installed in the consumer project; it is meant to be an optional peer.',
    };
  }
  mkdirSync(join(dir, 'ts-config'), { recursive: true });
  writeFileSync(join(dir, 'ts-config/vntip.config.ts'), 'export default { plugins: [] };\n');
  const result = await runCommand(
    join(dir, 'node_modules/.bin/vntip'),
    ['validate', 'entry-points.json', '--config', 'ts-config/vntip.config.ts', '--lang', 'en'],
    { cwd: dir },
  );
  const refused =
    result.status === 2 &&
    result.output.includes('npm i -D tsx') &&
    !result.output.includes('    at ');
  return refused
    ? { status: 0, output: 'refused with exit code 2 and the message naming tsx, .mjs and .json' }
    : {
        status: 1,
        output: `expected exit code 2 and the tsx message, got ${result.status}:\n${result.output}`,
      };
}

/** Writes the project; returns the README examples it holds, or a sentence saying what is wrong. */
function writeProject(
  packed: readonly PackedPackage[],
  options: ConsumerTestOptions,
): { file: string; readme: string }[] | string {
  const { root, dir } = options;
  const pins = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies;
  const tarballs = Object.fromEntries(packed.map((p) => [p.pkg.name, `file:${p.tarball}`]));
  mkdirSync(dir, { recursive: true });
  writeJson(join(dir, 'package.json'), {
    name: 'vntip-consumer',
    private: true,
    type: 'module',
    dependencies: { ...tarballs, typescript: pins.typescript, '@types/node': pins['@types/node'] },
  });
  // The tarballs depend on each other by version; overrides point those at the tarballs too.
  writeFileSync(
    join(dir, 'pnpm-workspace.yaml'),
    `overrides:\n${Object.entries(tarballs)
      .map(([name, spec]) => `  '${name}': '${spec}'\n`)
      .join('')}allowBuilds:\n  esbuild: true\n`,
  );

  const entryPoints: { specifier: string; sample?: string }[] = [];
  const typed: EntryPoint[] = [];
  for (const { pkg, files } of packed) {
    for (const entry of pkg.entryPoints) {
      if (entry.wildcard) {
        const sample = wildcardSample(entry, pkg.manifest, files);
        if (!sample) return `No file in ${pkg.name}'s tarball matches ${entry.specifier}.`;
        entryPoints.push({ specifier: entry.specifier, sample });
      } else if (!entry.types) {
        return `${entry.specifier} has no types for import.`;
      } else {
        entryPoints.push({ specifier: entry.specifier });
        typed.push(entry);
      }
    }
  }
  writeJson(join(dir, 'entry-points.json'), entryPoints);
  copyFileSync(join(CONSUMER_FILES, 'esm.mjs'), join(dir, 'esm.mjs'));
  copyFileSync(join(CONSUMER_FILES, 'cjs.cjs'), join(dir, 'cjs.cjs'));
  const ids = typed.map((_, i) => `entry${i}`);
  writeFileSync(
    join(dir, 'every-entry.ts'),
    `${typed.map((entry, i) => `import * as ${ids[i]} from '${entry.specifier}';\n`).join('')}
export const entries = [${ids.join(', ')}];\n`,
  );
  // CommonJS code loads an ESM-only entry point with import().
  writeFileSync(
    join(dir, 'every-entry.cts'),
    `${typed
      .map((entry, i) =>
        entry.cjs
          ? `import ${ids[i]} = require('${entry.specifier}');\n`
          : `export const ${ids[i]} = async () => import('${entry.specifier}');\n`,
      )
      .join('')}
export const entries = [${ids.filter((_, i) => typed[i]?.cjs).join(', ')}];\n`,
  );

  const examples: { file: string; readme: string }[] = [];
  for (const { pkg } of packed) {
    const readme = join(pkg.dir, 'README.md');
    const example = existsSync(readme) ? readmeExample(readFileSync(readme, 'utf8')) : undefined;
    if (!example)
      return `${pkg.name}'s README.md has no "## Example" section with a \`\`\`ts block.`;
    const file = `readme-${shortName(pkg)}.ts`;
    writeFileSync(join(dir, file), example);
    examples.push({ file, readme: relative(root, readme) });
  }
  const compilerOptions = {
    target: 'es2022',
    lib: ['es2022'],
    strict: true,
    skipLibCheck: false,
    types: ['node'],
  };
  writeJson(join(dir, 'tsconfig.node16.json'), {
    compilerOptions: {
      ...compilerOptions,
      module: 'node16',
      moduleResolution: 'node16',
      outDir: 'out',
      rootDir: '.',
    },
    files: ['every-entry.ts', 'every-entry.cts', ...examples.map((example) => example.file)],
  });
  writeJson(join(dir, 'tsconfig.bundler.json'), {
    compilerOptions: {
      ...compilerOptions,
      module: 'esnext',
      moduleResolution: 'bundler',
      noEmit: true,
    },
    files: ['every-entry.ts', ...examples.map((example) => example.file)],
  });
  return examples;
}

/** Installs offline from the pnpm store; when the store lacks something, says so and installs online. */
async function install(dir: string, log: (line: string) => void): Promise<CommandResult> {
  const offline = await runCommand('pnpm', ['install', '--offline', '--no-frozen-lockfile'], {
    cwd: dir,
    env: { CI: 'true' },
  });
  if (offline.status === 0) return offline;
  log(
    '  offline install failed (a package or its metadata is not in the pnpm cache); retrying online',
  );
  return runCommand('pnpm', ['install', '--prefer-offline', '--no-frozen-lockfile'], {
    cwd: dir,
    env: { CI: 'true' },
  });
}

/** A concrete import of a wildcard subpath, from the first tarball file its target matches. */
function wildcardSample(
  entry: EntryPoint,
  manifest: Readonly<Record<string, unknown>>,
  files: readonly string[],
): string | undefined {
  const target = (manifest.exports as Record<string, unknown>)[entry.subpath];
  if (typeof target !== 'string') return undefined;
  const [before = '', after = ''] = target.replace(/^\.\//, '').split('*');
  const match = files.find(
    (file) =>
      file.startsWith(before) && file.endsWith(after) && file.length > before.length + after.length,
  );
  return (
    match && entry.specifier.replace('*', match.slice(before.length, match.length - after.length))
  );
}

function node(cwd: string, script: string): Promise<CommandResult> {
  return runCommand(process.execPath, [script], { cwd, timeoutMs: 120_000 });
}

function tsc(cwd: string, project: string): Promise<CommandResult> {
  return runCommand(process.execPath, ['node_modules/typescript/bin/tsc', '-p', project], { cwd });
}

function writeJson(path: string, value: unknown): void {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}
