// Internal links and anchors of the built site: every `href` to a page of the site must reach a built file, and every
// `#anchor` an element with that id on the target page.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The built HTML files under `buildDir`. */
export function builtPages(buildDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) out.push(path);
    }
  };
  walk(buildDir);
  return out;
}

/** The file a site path is served from, or undefined. */
function target(buildDir: string, path: string): string | undefined {
  const clean = decodeURIComponent(path).replace(/\/$/, '/index');
  for (const candidate of [clean, `${clean}.html`, join(clean, 'index.html')]) {
    const file = join(buildDir, candidate);
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}

/** Broken internal links and anchors, as sentences. */
export function linkProblems(buildDir: string): string[] {
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let found = ids.get(file);
    if (!found) {
      found = new Set(
        [...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ''),
      );
      ids.set(file, found);
    }
    return found;
  };
  const problems: string[] = [];
  for (const page of builtPages(buildDir)) {
    const html = readFileSync(page, 'utf8');
    const from = `/${relative(buildDir, page)}`;
    for (const [, href = ''] of html.matchAll(/\shref="([^"]*)"/g)) {
      if (!href.startsWith('/') && !href.startsWith('#')) continue;
      if (href.startsWith('//')) continue;
      const [path = '', anchor] = href.split('#');
      const file = path === '' ? page : target(buildDir, path);
      if (!file) {
        problems.push(`${from}: link to ${href}, which is not a page of the site.`);
        continue;
      }
      if (anchor && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(anchor))) {
        problems.push(`${from}: link to ${href}, whose page has no #${anchor}.`);
      }
    }
  }
  return problems;
}
