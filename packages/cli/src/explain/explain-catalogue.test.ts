import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtinPlugin } from '@vntip/exporters';
import { BUILTIN_RULES } from '@vntip/validate';
import { describe, expect, it } from 'vitest';
import { CODE_EXPLANATIONS } from './code-explanations';
import { type CodeOwner, explainCatalogue } from './explain-catalogue';
import { INDICATOR_NOTE_CODES } from './indicator-note-codes';

const owners: CodeOwner[] = [
  ...Object.entries(BUILTIN_RULES),
  ...Object.entries(builtinPlugin.exporters ?? {}),
];
const catalog = explainCatalogue(owners);

/** The `.ts` source files (tests left out) under a folder. */
function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.includes('.test') ? [path] : [];
  });
}

/** Note codes written in the source of the packages that make indicator results: `code: '…'` and `note('…'`. */
function noteCodesInSource(): Set<string> {
  const codes = new Set<string>();
  const packages = join(import.meta.dirname, '../../..');
  const folders = ['indicators/src', 'privacy/src', 'cli/src/report'].map((f) => join(packages, f));
  for (const file of folders.flatMap(sources)) {
    const text = readFileSync(file, 'utf8');
    for (const [, code] of text.matchAll(/\bcode: '([a-z][a-z0-9_]*)'/g)) codes.add(code as string);
    for (const [, code] of text.matchAll(/\bnote\(\s*'([a-z][a-z0-9_]*)'/g))
      codes.add(code as string);
    // A template `${dimension}_unknown` for the dimensions form and domestic.
    if (/`\$\{dimension\}_unknown`/.test(text))
      for (const d of ['form', 'domestic']) codes.add(`${d}_unknown`);
  }
  return codes;
}

describe('explainCatalogue', () => {
  it('gives every code its message, hint, example and fix in Vietnamese and English', () => {
    expect(catalog.size).toBeGreaterThan(150);
    for (const entry of catalog.values()) {
      const parts = {
        message: entry.definition.message,
        hint: entry.definition.hint,
        example: entry.example,
        fix: entry.fix,
      };
      for (const [part, text] of Object.entries(parts))
        for (const locale of ['vi', 'en'] as const)
          expect(text?.[locale]?.trim(), `${entry.code}: ${part} (${locale})`).toBeTruthy();
    }
  });

  it('has the core catalogue, the built-in rules and exporters, and the indicator notes', () => {
    for (const code of [
      'unknown_code',
      'date_in_future',
      'sdmx_code_unmapped',
      'ctdc_rows_suppressed',
    ])
      expect(catalog.get(code)?.kind).toBe('issue');
    for (const code of ['support_not_requested', 'missing_denominator', 'small_cell_suppressed'])
      expect(catalog.get(code)?.kind).toBe('note');
  });

  it('explains no code that nothing raises', () => {
    for (const code of Object.keys(CODE_EXPLANATIONS))
      expect(catalog.get(code)?.kind, code).toBe('issue');
  });

  it('knows every note code the indicators, the privacy protection and the report write', () => {
    const written = noteCodesInSource();
    expect(written.size).toBeGreaterThan(30);
    for (const code of written)
      expect(catalog.has(code), `note code ${code} has no entry in INDICATOR_NOTE_CODES`).toBe(
        true,
      );
    for (const code of Object.keys(INDICATOR_NOTE_CODES))
      expect(written.has(code), `INDICATOR_NOTE_CODES has ${code}, which nothing writes`).toBe(
        true,
      );
  });
});
