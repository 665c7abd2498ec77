// Every hand-written page exists in Vietnamese (pages/…) and English (pages/en/…), and each English page names, in its
// front matter, the hash of the Vietnamese text it translates: when the Vietnamese page changes, the check fails until
// the translation is brought up to date and its `sourceHash` with it. Generated reference pages come from one source
// for both languages and are not checked here.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The hash an English page's `sourceHash` must hold for the Vietnamese text `text`. */
export function sourceHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** The hand-written pages under `pagesDir`, as paths relative to it. */
function handWritten(pagesDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const rel = relative(pagesDir, path);
      if (rel === 'reference' || rel === join('en', 'reference') || name.startsWith('.')) continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.md')) out.push(rel);
    }
  };
  walk(pagesDir);
  return out;
}

/** Pages missing in one language, and translations older than their source, as sentences. */
export function translationProblems(pagesDir: string): string[] {
  const pages = handWritten(pagesDir);
  const english = new Set(pages.filter((p) => p.startsWith(`en/`)).map((p) => p.slice(3)));
  const vietnamese = new Set(pages.filter((p) => !p.startsWith('en/')));
  const problems: string[] = [];
  for (const page of vietnamese) {
    if (!english.has(page)) {
      problems.push(`pages/${page} has no English translation (pages/en/${page}).`);
      continue;
    }
    const expected = sourceHash(readFileSync(join(pagesDir, page), 'utf8'));
    const translation = readFileSync(join(pagesDir, 'en', page), 'utf8');
    const declared = /^---\n[\s\S]*?^sourceHash:\s*([0-9a-f]+)\s*$[\s\S]*?^---$/m.exec(
      translation,
    )?.[1];
    if (declared !== expected) {
      problems.push(
        `pages/en/${page} translates an older pages/${page} (sourceHash ${declared ?? 'missing'}, the Vietnamese page is now ${expected}): update the translation, then its sourceHash.`,
      );
    }
  }
  for (const page of english) {
    if (!vietnamese.has(page))
      problems.push(`pages/en/${page} has no Vietnamese page (pages/${page}).`);
  }
  return problems;
}
