// Run by the consumer test after esm.mjs: requires every entry point from CommonJS (the CJS build where there is
// one, the ESM build through require(esm) where not) and checks it exports the same names as its ESM import.
const { existsSync, readFileSync } = require('node:fs');

const entryPoints = JSON.parse(readFileSync('entry-points.json', 'utf8'));
const esmNames = JSON.parse(readFileSync('esm-exports.json', 'utf8'));
let count = 0;
for (const { specifier, sample } of entryPoints) {
  if (sample) {
    const file = require.resolve(sample);
    if (!existsSync(file)) throw new Error(`${sample} resolves to ${file}, which does not exist.`);
    if (sample.endsWith('.json')) require(sample);
    continue;
  }
  const names = Object.keys(require(specifier))
    .filter((name) => name !== '__esModule' && name !== 'module.exports')
    .sort();
  const expected = esmNames[specifier];
  if (JSON.stringify(names) !== JSON.stringify(expected)) {
    const missing = expected.filter((name) => !names.includes(name));
    const extra = names.filter((name) => !expected.includes(name));
    throw new Error(
      `${specifier} exports different names to require and to import: missing ${missing.join(', ') || 'none'}; extra ${extra.join(', ') || 'none'}.`,
    );
  }
  count++;
}
console.log(`CJS: required ${count} entry points, each with the same names as its ESM import.`);
