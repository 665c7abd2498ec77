// Inputs that are not files: a device has no size for --max-bytes to check (/dev/zero never ends) and opening a FIFO
// blocks until something writes to it. Both are refused before anything is opened.
import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, vntip } from './run-cli';

describe('inputs that are not files or folders', () => {
  it('refuses a device behind a file name and a FIFO, at once, with exit 2', async () => {
    const dir = tempDir();
    symlinkSync('/dev/zero', join(dir, 'person.csv'));
    execFileSync('mkfifo', [join(dir, 'person.json')]);
    const runs = await Promise.all([
      vntip(['validate', join(dir, 'person.csv'), '--max-bytes', '1000', '--lang', 'en']),
      vntip(['validate', join(dir, 'person.json'), '--lang', 'en']),
      vntip(['report', join(dir, 'person.json')]),
    ]);
    for (const run of runs) expect(run.code).toBe(2);
    expect(runs[0]?.stderr).toContain('is not a file or a folder');
    expect(runs[2]?.stderr).toContain('không phải tệp hay thư mục');
  }, 30_000);
});
