// How the built `vntip` behaves as a process: closed pipes, internal errors, signals and memory. Each test runs the
// real binary as a child process, as a shell pipeline or a scheduler would.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, vntip } from './run-cli';

const EXAMPLE = 'examples/bac-giang-2024';
/** A stack trace line as Node prints it. */
const STACK = /^\s+at /m;

describe.concurrent('vntip as a process', () => {
  it('ends quietly with its own exit code when stdout is closed (validate, report, codes | head)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'person.csv'), 'id,category,sex\nP-1,VICTIM,X\nP-2,VICTIM,Y\n');
    const cases: [string[], number][] = [
      [['validate', join(dir, 'person.csv')], 1],
      [['validate', join(dir, 'person.csv'), '--format', 'json'], 1],
      [['validate', EXAMPLE], 0],
      [['report', EXAMPLE, '--format', 'json', '--quiet'], 0],
      [['report', EXAMPLE, '--quiet'], 0],
      [['codes', 'nationality'], 0],
      [['codes'], 0],
    ];
    for (const [args, expected] of cases) {
      const run = await vntip(args, { closeStdout: true });
      expect({ args, code: run.code, stderr: run.stderr }).toEqual({
        args,
        code: expected,
        stderr: '',
      });
    }
  });

  it('prints an unexpected error as one coded line and exits 2; the stack only with --debug', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'plugin'));
    // A plugin factory with a bug: not a coded VN-TIP error, so it is an internal error of this run.
    writeFileSync(
      join(dir, 'plugin/index.mjs'),
      'export default () => { const options = undefined; return options.rules; };\n',
    );
    writeFileSync(join(dir, 'vntip.config.json'), '{ "plugins": ["./plugin/index.mjs"] }\n');
    const config = join(dir, 'vntip.config.json');
    const vi = await vntip(['validate', EXAMPLE, '--config', config, '--quiet']);
    expect(vi.code).toBe(2);
    expect(vi.stderr).toMatch(
      /^vntip: lỗi nội bộ E_TYPE_ERROR_[0-9a-f]{6} — vui lòng báo cho nhóm VN-TIP/,
    );
    expect(vi.stderr.trim().split('\n')).toHaveLength(1);
    expect(vi.stderr).not.toMatch(STACK);
    expect(vi.stderr).not.toContain('rules');
    const en = await vntip(['validate', EXAMPLE, '--config', config, '--quiet', '--lang', 'en']);
    expect(en.stderr).toMatch(/^vntip: internal error E_TYPE_ERROR_[0-9a-f]{6} — please report/);
    // The same bug gives the same code.
    expect(en.stderr.match(/E_\w+/)?.[0]).toBe(vi.stderr.match(/E_\w+/)?.[0]);
    const json = await vntip(['validate', EXAMPLE, '--config', config, '--json']);
    expect(JSON.parse(json.stderr)).toMatchObject({
      level: 'error',
      code: expect.stringMatching(/^E_TYPE_ERROR_/),
    });
    const debug = await vntip(['validate', EXAMPLE, '--config', config, '--quiet', '--debug']);
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(STACK);
  });
});
