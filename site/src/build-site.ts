// `pnpm site`: writes the reference pages from the standard, builds the site with VitePress into site/build/, then
// checks translations and internal links. Runs offline.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vitepress';
import { writeValidatorHtml } from './build-validator';
import { writeReferencePages } from './generate-pages';
import { linkProblems } from './links';
import { translationProblems } from './translations';

const site = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const root = resolve(site, '..');
const pages = writeReferencePages(join(site, 'pages'), join(root, 'schemas/examples/valid'));
process.stdout.write(`Reference: ${pages} pages written.\n`);
await writeValidatorHtml(join(site, 'pages/public/vntip-validator.html'));
process.stdout.write('Validator: pages/public/vntip-validator.html written.\n');
const translation = translationProblems(join(site, 'pages'));
await build(site);
const links = linkProblems(join(site, 'build'));
const problems = [...translation, ...links];
if (problems.length > 0) {
  process.stderr.write(`${problems.join('\n')}\n${problems.length} problem(s) in the site.\n`);
  process.exit(1);
}
process.stdout.write(
  'Site: built into site/build/; translations current, internal links and anchors resolve.\n',
);
