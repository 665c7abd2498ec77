// Builds the validator page, vntip-validator.html: one self-contained file that opens from disk (file://) as well as
// from the site. The worker (the @vntip/validate engine and built-in rules) and the page script are bundled with
// esbuild and inlined; a Content-Security-Policy with the scripts' hashes allows nothing else: no network
// (connect-src 'none'), no remote asset, no eval.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CODELISTS_VERSION, STANDARD_VERSION } from '@vntip/schema';
import { BUILTIN_RULES } from '@vntip/validate';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);

/** What every result of the page names: the standard, codelists and rule set it was checked against. */
export function validatorVersions() {
  const rules = Object.values(BUILTIN_RULES)
    .map((rule) => `${rule.meta.id}@${rule.meta.version}`)
    .sort();
  const hash = createHash('sha256')
    .update(JSON.stringify({ standard: STANDARD_VERSION, codelists: CODELISTS_VERSION, rules }))
    .digest('hex')
    .slice(0, 12);
  return {
    standard: STANDARD_VERSION,
    codelists: CODELISTS_VERSION,
    rules: String(rules.length),
    hash,
  };
}

async function bundle(entry: string, define: Record<string, string>): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    conditions: ['@vntip/source'],
    // iconv-lite (legacy Vietnamese encodings) uses Node's Buffer and StringDecoder: their browser packages stand in.
    alias: {
      buffer: require.resolve('buffer/'),
      string_decoder: require.resolve('string_decoder/'),
    },
    inject: [join(dirname(fileURLToPath(import.meta.url)), '../validator/buffer-shim.ts')],
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis', ...define },
    logLevel: 'warning',
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error(`esbuild wrote nothing for ${entry}`);
  // Inlined in <script>: a literal "</script" would end the element early.
  return file.text.replace(/<\/script/gi, '<\\/script');
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const STYLE = `
:root { font-family: system-ui, sans-serif; color: #1f2937; }
body { max-width: 1100px; margin: 2rem auto; padding: 0 1rem; }
header { display: flex; justify-content: space-between; align-items: baseline; gap: 1rem; }
#drop { border: 2px dashed #94a3b8; border-radius: 12px; padding: 2rem; text-align: center; margin: 1rem 0; color: #475569; }
#drop.over { background: #eef2ff; border-color: #4f46e5; }
.file.ok strong { color: #15803d; } .file.bad strong { color: #b91c1c; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { border-bottom: 1px solid #e2e8f0; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
tr.error td:nth-child(6) { color: #b91c1c; font-weight: 600; } tr.warning td:nth-child(6) { color: #b45309; }
#versions { color: #64748b; font-size: 0.8rem; }
button { font: inherit; padding: 0.4rem 0.9rem; border-radius: 8px; border: 1px solid #cbd5e1; background: #fff; cursor: pointer; }
`;

/** The page's HTML. */
export async function buildValidatorHtml(): Promise<string> {
  const here = dirname(fileURLToPath(import.meta.url));
  const worker = await bundle(join(here, '../validator/worker.ts'), {});
  const main = await bundle(join(here, '../validator/main.ts'), {
    VNTIP_VERSIONS: JSON.stringify(validatorVersions()),
  });
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(main)}`,
    'worker-src blob:',
    `style-src ${sha256(STYLE)}`,
    "connect-src 'none'",
    // Only the empty data: favicon, so that the browser asks nothing for one.
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>VN-TIP</title>
<style>${STYLE}</style>
</head>
<body data-state="ready">
<header><h1 id="title"></h1><button id="language" type="button"></button></header>
<p id="lead"></p>
<label><span id="pick-label"></span> <input id="files" type="file" multiple accept=".xlsx,.ods,.csv,.tsv,.json,.ndjson,.jsonl,.zip"></label>
<div id="drop"></div>
<p id="status" role="status"></p>
<section id="summary"></section>
<p><button id="download" type="button" hidden></button></p>
<table id="issues"></table>
<p id="versions"></p>
<script type="text/plain" id="worker-source">${worker}</script>
<script>${main}</script>
</body>
</html>
`;
}

/** Writes the page to `file`. */
export async function writeValidatorHtml(file: string): Promise<void> {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, await buildValidatorHtml());
}
