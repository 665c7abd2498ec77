import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateAll } from '../src/index.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const files = await generateAll(root);

describe('generateAll', () => {
  it.each([...files.keys()])(
    'committed %s equals the generator output (run `pnpm generate` if not)',
    (path) => {
      const full = join(root, path);
      expect(existsSync(full), `${path} is missing; run pnpm generate`).toBe(true);
      expect(readFileSync(full, 'utf8')).toBe(files.get(path));
    },
  );

  it('produces the same output twice', async () => {
    const again = await generateAll(root);
    expect([...again.entries()]).toEqual([...files.entries()]);
  });
});
