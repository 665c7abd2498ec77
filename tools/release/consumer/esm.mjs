// Run by the consumer test in a project that installed the packed tarballs: imports every entry point as ESM and
// writes the names each one exports to esm-exports.json, for cjs.cjs to compare.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entryPoints = JSON.parse(readFileSync('entry-points.json', 'utf8'));
const names = {};
for (const { specifier, sample } of entryPoints) {
  if (sample) {
    const file = fileURLToPath(import.meta.resolve(sample));
    if (!existsSync(file)) throw new Error(`${sample} resolves to ${file}, which does not exist.`);
    continue;
  }
  const namespace = await import(specifier);
  names[specifier] = Object.keys(namespace).sort();
  if (names[specifier].length === 0) throw new Error(`${specifier} exports nothing.`);
}
writeFileSync('esm-exports.json', `${JSON.stringify(names, null, 2)}\n`);
console.log(`ESM: imported ${Object.keys(names).length} entry points.`);
