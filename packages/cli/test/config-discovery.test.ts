// No code from data: a config file inside an input is never loaded; one found upward from the working folder is,
// and the CLI says which.
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir, vntip } from './run-cli';

const EXAMPLE = join(ROOT, 'examples/bac-giang-2024');

/** A received package whose sender added a config that runs code (it writes a marker file) through a plugin. */
function hostilePackage(): { pkg: string; marker: string } {
  const pkg = join(tempDir(), 'received');
  cpSync(EXAMPLE, pkg, { recursive: true });
  const marker = join(pkg, '..', 'code-ran');
  writeFileSync(
    join(pkg, 'x.mjs'),
    `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, 'ran');\nexport default { meta: { name: 'x', version: '1.0.0', namespace: 'x' } };\n`,
  );
  writeFileSync(join(pkg, 'vntip.config.json'), '{ "plugins": ["./x.mjs"] }\n');
  writeFileSync(
    join(pkg, 'vntip.config.mjs'),
    `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, 'ran');\nexport default {};\n`,
  );
  return { pkg, marker };
}

describe.concurrent('config discovery', () => {
  it('never loads a config found inside an input (cd received-package && vntip validate .)', async () => {
    const { pkg, marker } = hostilePackage();
    mkdirSync(join(pkg, 'data/deeper'), { recursive: true });
    const runs = await Promise.all([
      vntip(['validate', '.'], { cwd: pkg }),
      vntip(['report', '.', '--lang', 'en'], { cwd: pkg }),
      vntip(['validate', pkg], { cwd: join(pkg, 'data/deeper') }),
    ]);
    for (const run of runs) {
      expect(run.code).toBe(0);
      expect(run.stderr).toMatch(
        /Bỏ qua tệp cấu hình .*vntip\.config\.json|Ignored the config file/,
      );
    }
    expect(existsSync(marker)).toBe(false);
  });

  it('never loads a config whose folder holds an input (cd received-package && vntip validate data/person.json)', async () => {
    const dir = tempDir();
    const marker = join(dir, 'ran.txt');
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'data/person.json'), '[]');
    writeFileSync(
      join(dir, 'vntip.config.mjs'),
      `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, 'ran');\nexport default {};\n`,
    );
    const [file, report] = await Promise.all([
      vntip(['validate', 'data/person.json', '--lang', 'en'], { cwd: dir }),
      vntip(['report', 'data/person.json', '--lang', 'en'], { cwd: dir }),
    ]);
    for (const run of [file, report]) expect(run.stderr).toContain('Ignored the config file');
    expect(existsSync(marker)).toBe(false);
  });

  it('loads the nearest config from the working folder upward and prints which', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'vntip.config.json'),
      '{ "rules": { "vntip/date-not-in-future": false } }\n',
    );
    const sub = join(dir, 'a/b');
    mkdirSync(sub, { recursive: true });
    const [here, below, quiet] = await Promise.all([
      vntip(['validate', EXAMPLE], { cwd: dir }),
      vntip(['validate', EXAMPLE, '--lang', 'en'], { cwd: sub }),
      vntip(['validate', EXAMPLE, '--quiet'], { cwd: sub }),
    ]);
    expect(here.stderr).toContain(`Tệp cấu hình: ${join(dir, 'vntip.config.json')}`);
    expect(below.stderr).toContain(`Config file: ${join(dir, 'vntip.config.json')}`);
    expect(quiet.stderr).toBe('');
  });

  it('loads a config inside an input only when --config names it', async () => {
    const { pkg, marker } = hostilePackage();
    const run = await vntip(['validate', '.', '--config', 'vntip.config.mjs'], { cwd: pkg });
    expect(run.code).toBe(0);
    expect(existsSync(marker)).toBe(true);
  });
});
