// `pnpm demo`: the built `vntip` CLI on the bundled example package: validate, report (terminal table and the
// offline HTML report), then a referral CSV export pseudonymised with a demo key made in out/demo (never committed).
// Usage: node scripts/demo.mjs [--lang en]
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'packages/cli/dist/cli.js');
const lang = process.argv.includes('--lang')
  ? ['--lang', process.argv[process.argv.indexOf('--lang') + 1] ?? 'vi']
  : [];
const example = 'examples/bac-giang-2024';
const out = 'out/demo';

if (!existsSync(cli)) {
  console.error('packages/cli/dist/cli.js is missing: run `pnpm build` first (pnpm demo does).');
  process.exit(2);
}
rmSync(join(root, out), { recursive: true, force: true });

const steps = [
  ['validate', example],
  ['report', example, '--scope', 'VN', '--scope', '24@124/2004'],
  [
    'report',
    example,
    '--scope',
    'VN',
    '--scope',
    '24@124/2004',
    '--format',
    'html',
    '--out',
    `${out}/report.html`,
  ],
  ['keygen', '--pseudonym', '--out', `${out}/demo-pseudonym.key`],
  [
    'export',
    example,
    '--to',
    'csv',
    '--profile',
    'referral',
    '--key-file',
    `${out}/demo-pseudonym.key`,
    '--out',
    `${out}/referral-csv`,
  ],
];
for (const args of steps) {
  console.error(`\n$ vntip ${args.join(' ')}`);
  const { status } = spawnSync(process.execPath, [cli, ...args, ...lang], {
    cwd: root,
    stdio: 'inherit',
  });
  if (status !== 0) process.exit(status ?? 2);
}
