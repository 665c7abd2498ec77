import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CliIo, run } from '../src/index';
import { ROOT } from './run-cli';

function memoryIo(options: { tty?: boolean; env?: Record<string, string> } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: { write: (chunk) => out.push(String(chunk)), isTTY: options.tty ?? false },
    stderr: { write: (chunk) => err.push(String(chunk)), isTTY: options.tty ?? false },
    env: options.env ?? {},
    cwd: ROOT,
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

const INVALID = join(
  ROOT,
  'schemas/examples/invalid/unknown_code--person-sex-not-in-codelist.json',
);

describe('run', () => {
  it('colours a terminal, and not when NO_COLOR is set', async () => {
    const tty = memoryIo({ tty: true });
    expect(await run(['validate', INVALID], tty.io)).toBe(1);
    expect(tty.stdout()).toContain('\u001b[31m');
    const noColor = memoryIo({ tty: true, env: { NO_COLOR: '1' } });
    expect(await run(['validate', INVALID], noColor.io)).toBe(1);
    expect(noColor.stdout()).not.toContain('\u001b[');
  });

  it('prints JSON errors with --json and nothing on stderr with --quiet for a clean run', async () => {
    const json = memoryIo();
    expect(await run(['codes', 'nope', '--json'], json.io)).toBe(2);
    expect(JSON.parse(json.stderr())).toMatchObject({ level: 'error', code: 'UNKNOWN_CODELIST' });
    const quiet = memoryIo();
    expect(await run(['validate', 'examples/bac-giang-2024', '--quiet'], quiet.io)).toBe(0);
    expect(quiet.stderr()).toBe('');
  });

  it('draws a progress bar on a terminal only, never under CI', async () => {
    const terminal = memoryIo({ tty: true });
    expect(await run(['validate', 'examples/bac-giang-2024'], terminal.io)).toBe(0);
    expect(terminal.stderr()).toContain('\r');
    const ci = memoryIo({ tty: true, env: { CI: 'true' } });
    expect(await run(['validate', 'examples/bac-giang-2024'], ci.io)).toBe(0);
    expect(ci.stderr()).not.toContain('\r');
    const piped = memoryIo();
    expect(await run(['validate', 'examples/bac-giang-2024'], piped.io)).toBe(0);
    expect(piped.stderr()).not.toContain('\r');
  });

  it('takes the language from --lang, then VNTIP_LANG, Vietnamese by default', async () => {
    const env = memoryIo({ env: { VNTIP_LANG: 'en' } });
    await run(['explain', 'unknown_code'], env.io);
    expect(env.stdout()).toContain('Severity');
    const vi = memoryIo();
    await run(['explain', 'unknown_code'], vi.io);
    expect(vi.stdout()).toContain('Mức độ');
  });

  it('refuses a --lang it does not speak, saying so in Vietnamese and English', async () => {
    for (const argv of [
      ['validate', INVALID, '--lang', 'fr'],
      ['--lang=de', 'explain', 'unknown_code'],
    ]) {
      const io = memoryIo();
      expect(await run(argv, io.io)).toBe(2);
      expect(io.stdout()).toBe('');
      expect(io.stderr()).toContain('dùng --lang vi hoặc --lang en');
      expect(io.stderr()).toContain('use --lang vi or --lang en');
    }
    const json = memoryIo();
    expect(await run(['explain', 'unknown_code', '--lang', 'xx', '--json'], json.io)).toBe(2);
    expect(JSON.parse(json.stderr())).toMatchObject({ level: 'error', code: 'UNKNOWN_LANG' });
    // A region is fine: en-US is English.
    const region = memoryIo();
    expect(await run(['explain', 'unknown_code', '--lang', 'en-US'], region.io)).toBe(0);
    expect(region.stdout()).toContain('Severity');
  });
});
