import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATED_FOLDERS, generateAll } from './generate-all.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const files = await generateAll(root);

function walk(dir: string): string[] {
  let entries: string[] = [];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const full = join(dir, name);
    return name.includes('.') ? [full] : walk(full);
  });
}

for (const folder of GENERATED_FOLDERS) {
  for (const file of walk(join(root, folder))) {
    if (!files.has(relative(root, file))) rmSync(file);
  }
}
for (const [path, text] of files) {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
}
process.stdout.write(`Generated ${files.size} files.\n`);
