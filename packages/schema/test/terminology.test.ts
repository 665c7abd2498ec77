import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CODELISTS, JSON_SCHEMAS } from '../src/index';

// The standard's wording (issue 13, point 7; domain reference, corrections 8): each term below has
// one word, and the words on the left mean something else or are the wrong spelling.
const FORBIDDEN: readonly { readonly pattern: RegExp; readonly use: string }[] = [
  // "Giả danh" is impersonation (Law 53/2024 Art. 3(11) forbids impersonating a victim).
  { pattern: /giả danh/iu, use: '"mã bí danh" for a pseudonym' },
  // "Đối tượng" means suspects in crime statistics.
  { pattern: /đối tượng/iu, use: '"nhóm người" or "nhóm mục tiêu" for a category of persons' },
  { pattern: /chuyển tuyến/iu, use: '"chuyển gửi" for a referral' },
  { pattern: /chưa được hỗ trợ/iu, use: '"Không được hỗ trợ" for NOT_PROVIDED' },
  { pattern: /tỉ lệ/iu, use: '"tỷ lệ"' },
  { pattern: /\bunder verification\b/iu, use: '"undergoing victim identification"' },
];

// Where a forbidden word is the right one, by file and the exact phrase.
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  // Suspects (đối tượng) are what crime statistics count.
  'crime-statistic.schema.json': ['Số đối tượng'],
  'codelists/agencyType.csv': ['thống kê vụ án, đối tượng'],
  // A JSON object, not a person.
  'packages/validate/src/from-zod-issues.ts': ['đối tượng JSON'],
  'packages/read/src/table/tabular-records.ts': ['đối tượng JSON'],
  'packages/exporters/src/internal/xlsform-model.ts': ['đối tượng JSON'],
};

// Columns and keywords that keep an earlier version's wording on purpose, so old files still read.
const FORMER_WORDING = new Set(['formerLabels', 'formerTitles']);

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Every string in a JSON value with its path, leaving out the keywords of former wording. */
function strings(value: unknown, at: string): { at: string; text: string }[] {
  if (typeof value === 'string') return [{ at, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${at}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) =>
    FORMER_WORDING.has(key) ? [] : strings(child, `${at}.${key}`),
  );
}

/** The forbidden words in a text, once the phrases allowed in its file are taken out. */
function findForbidden(file: string, text: string): string[] {
  let rest = text;
  for (const phrase of ALLOWED[file] ?? []) rest = rest.split(phrase).join('');
  return FORBIDDEN.filter(({ pattern }) => pattern.test(rest)).map(
    ({ pattern, use }) => `${pattern.source} (use ${use})`,
  );
}

/** Hand-written TypeScript under packages/<name>/src, where rule, indicator, exporter and CLI messages live. */
function messageSources(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'generated' && entry.name !== 'node_modules') walk(path);
      } else if (entry.name.endsWith('.ts') && !/\.test(-d)?\.ts$/.test(entry.name)) {
        out.push(path);
      }
    }
  };
  for (const pkg of readdirSync(join(root, 'packages'))) walk(join(root, 'packages', pkg, 'src'));
  return out;
}

describe('terminology of the standard', () => {
  it('finds each forbidden word where it is used, and not where it is allowed', () => {
    expect(findForbidden('person.schema.json', 'Mã giả danh của người')).toHaveLength(1);
    expect(findForbidden('person.schema.json', 'Nhóm đối tượng')).toHaveLength(1);
    expect(findForbidden('crime-statistic.schema.json', 'Số đối tượng')).toEqual([]);
    expect(findForbidden('crime-statistic.schema.json', 'nhóm đối tượng')).toHaveLength(1);
    expect(findForbidden('x.ts', 'Tỉ lệ nén; a person Under Verification')).toHaveLength(2);
    expect(findForbidden('x.ts', 'tỷ lệ; persons undergoing victim identification')).toEqual([]);
  });

  it('keeps them out of the schemas', () => {
    const found = Object.entries(JSON_SCHEMAS).flatMap(([file, schema]) =>
      strings(schema, file).flatMap(({ at, text }) =>
        findForbidden(file, text).map((word) => `${at}: ${word}`),
      ),
    );
    expect(found).toEqual([]);
  });

  it('keeps them out of the codelists', () => {
    const found = Object.values(CODELISTS).flatMap((codelist) =>
      codelist.rows.flatMap((row) =>
        Object.entries(row)
          .filter(([column]) => !FORMER_WORDING.has(column))
          .flatMap(([column, text]) =>
            findForbidden(`codelists/${codelist.name}.csv`, text).map(
              (word) => `${codelist.name}.${row.code}.${column}: ${word}`,
            ),
          ),
      ),
    );
    expect(found).toEqual([]);
  });

  it('keeps them out of the message catalogues and other hand-written sources', () => {
    const sources = messageSources();
    expect(sources.length).toBeGreaterThan(50);
    const found = sources.flatMap((path) => {
      const file = relative(root, path);
      return findForbidden(file, readFileSync(path, 'utf8')).map((word) => `${file}: ${word}`);
    });
    expect(found).toEqual([]);
  });
});
