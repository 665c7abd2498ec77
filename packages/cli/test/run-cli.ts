import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
/** The built CLI; the tests assume `pnpm build` ran, as CI builds first. */
export const CLI = join(ROOT, 'packages/cli/dist/cli.js');

/** What a run of the CLI printed and its exit code. */
export interface CliRun {
  readonly code: number | null;
  /** The signal that ended the child, when one did. */
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of `vntip`. */
export interface VntipOptions {
  readonly cwd?: string;
  readonly env?: Record<string, string>;
  /** Close the reading end of stdout at once, as `vntip … | head` does when head has read enough. */
  readonly closeStdout?: boolean;
  /** Node options for the child, e.g. `['--import', preload]`. */
  readonly nodeArgs?: readonly string[];
  /** Called with the child as soon as it is started (to signal it). */
  readonly onSpawn?: (child: ChildProcess) => void;
}

/** Runs `node dist/cli.js …args` as a subprocess, without colour, CI or a language from the environment. */
export function vntip(args: readonly string[], options: VntipOptions = {}): Promise<CliRun> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run pnpm build first`);
  return new Promise((resolve, reject) => {
    const { VNTIP_LANG: _, VNTIP_PSEUDONYM_KEY: __, ...env } = process.env;
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), CLI, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...env, NO_COLOR: '1', CI: 'true', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (options.closeStdout) child.stdout.destroy();
    options.onSpawn?.(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** The Bắc Giang example, the input most end-to-end tests start from. */
export const EXAMPLE_DIR = join(ROOT, 'examples/bac-giang-2024');

/** Exports the example as an internal exchange package into `out`, quietly: the start of the signing and zip tests. */
export function exportExamplePackage(out: string): Promise<CliRun> {
  return vntip([
    'export',
    EXAMPLE_DIR,
    '--to',
    'package',
    '--profile',
    'internal',
    '--out',
    out,
    '--quiet',
  ]);
}

/** A fresh temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'vntip-cli-'));
}

/** Every file under a folder, relative, sorted; empty when the folder does not exist. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? '', entry.name).slice(dir.length + 1))
    .sort();
}
