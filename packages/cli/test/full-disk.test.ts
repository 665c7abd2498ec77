// Output that cannot be written (a full disk, here /dev/full) is said on stderr and exits 2: never a silent success.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLI, EXAMPLE_DIR } from './run-cli';

describe.skipIf(!existsSync('/dev/full'))('a full disk', () => {
  it('exits 2 with a message when stdout cannot be written', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const run = spawnSync(process.execPath, [CLI, 'validate', EXAMPLE_DIR], {
        stdio: ['ignore', full, 'pipe'],
        env: { ...process.env, NO_COLOR: '1' },
        encoding: 'utf8',
      });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('the output could not be written (ENOSPC)');
    } finally {
      closeSync(full);
    }
  });
});
