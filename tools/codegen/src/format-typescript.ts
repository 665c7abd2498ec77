import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const biome = require.resolve('@biomejs/biome/bin/biome');

/** Formats generated TypeScript with the repository's Biome settings, so output is stable and readable. */
export function formatTypeScript(source: string, root: string): string {
  return execFileSync(process.execPath, [biome, 'format', '--stdin-file-path=generated.ts'], {
    cwd: root,
    input: source,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}
