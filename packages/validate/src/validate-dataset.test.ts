// Split per-type CSV files with Vietnamese headers, validated together as one dataset. Each folder of
// dataset-fixtures is a case: its files, and a case.json naming every issue (error or warning) it must raise, one per
// planted mistake, with its file and row (and column, for a cell). A valid case names none.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Issue } from '@vntip/core';
import { readFile } from '@vntip/read';
import { describe, expect, it } from 'vitest';
import { builtinRules } from './builtin-rules';
import { validateDataset } from './validate-dataset';

const FIXTURES = join(import.meta.dirname, 'dataset-fixtures');

interface Expected {
  readonly code: string;
  readonly file: string;
  readonly row?: number;
  readonly cell?: string;
  readonly column?: string | number;
}

async function validateFolder(folder: string, locale: 'vi' | 'en' = 'vi') {
  const files = readdirSync(folder)
    .filter((name) => name !== 'case.json')
    .sort();
  return validateDataset(
    files.map((name) => ({
      name,
      chunks: readFile({ name, bytes: readFileSync(join(folder, name)) }, { locale }),
    })),
    { locale, rules: builtinRules, today: '2025-01-10' },
  );
}

const found = (issue: Issue): Expected => ({
  code: issue.code,
  file: issue.location?.file ?? '',
  ...(issue.location?.row !== undefined ? { row: issue.location.row } : {}),
  ...(issue.location?.cell !== undefined ? { cell: issue.location.cell } : {}),
  ...(issue.location?.column !== undefined ? { column: issue.location.column } : {}),
});

describe('split per-type files validated as one dataset', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    const folder = join(FIXTURES, name);
    const spec = JSON.parse(readFileSync(join(folder, 'case.json'), 'utf8')) as {
      description: string;
      expect: Expected[];
    };
    it(`${name}: ${spec.description}`, async () => {
      for (const locale of ['vi', 'en'] as const) {
        const result = await validateFolder(folder, locale);
        const raised = result.issues.filter((issue) => issue.severity !== 'info');
        // Exactly the planted mistakes: one issue each, where it is: row, and the cell and header of the field.
        expect(raised.map(found)).toEqual(spec.expect);
        // No message shows a pattern: what was expected is said in words.
        for (const issue of result.issues) expect(issue.message).not.toMatch(/\^|\$|\\d|\[0-9]/);
        expect(result.ok).toBe(spec.expect.length === 0);
        // Each file keeps its own count and issues.
        expect(result.sources.map((source) => source.name)).toEqual(
          readdirSync(folder)
            .filter((file) => file !== 'case.json')
            .sort(),
        );
        for (const source of result.sources) {
          const own = source.issues.filter((issue) => issue.severity !== 'info').map(found);
          expect(own).toEqual(spec.expect.filter((wanted) => wanted.file === source.name));
          expect(Object.values(source.counts).reduce((sum, n) => sum + n, 0)).toBeGreaterThan(0);
        }
      }
    });
  }

  it('names each file by the record type its name, title or header says, and says so when it guessed', async () => {
    const result = await validateFolder(join(FIXTURES, 'valid-split-files'), 'en');
    // In the order given: `Người.csv`, `ho-tro-2024.csv`, `quyet-dinh-tinh-trang.csv`.
    expect(result.sources.map((source) => Object.keys(source.counts))).toEqual([
      ['person'],
      ['support_service'],
      ['status_decision'],
    ]);
    expect(result.counts).toEqual({ support_service: 4, status_decision: 4, person: 4 });
    const inferred = result.issues.filter((issue) => issue.code === 'record_type_inferred');
    expect(inferred.map((issue) => [issue.location?.file, issue.params?.recordType])).toEqual([
      ['ho-tro-2024.csv', 'support_service'],
      ['quyet-dinh-tinh-trang.csv', 'status_decision'],
    ]);
    expect(inferred[0]?.message).toBe(
      'The data was read as "Support service" (support_service) records, inferred from the file name.',
    );
  });

  it('says in words what each planted mistake is: the missing column and its rows, the form a cell needed', async () => {
    const message = async (name: string, locale: 'vi' | 'en') =>
      (await validateFolder(join(FIXTURES, name), locale)).issues.find(
        (issue) => issue.severity === 'error',
      )?.message;
    expect(await message('missing-required-column', 'vi')).toBe(
      'Bảng không có cột "Người" (personId), là thông tin bắt buộc: 4 dòng thiếu thông tin này.',
    );
    expect(await message('missing-required-column', 'en')).toBe(
      'The table has no "Person" column (personId), which is required: 4 row(s) lack it.',
    );
    expect(await message('missing-nested-column', 'vi')).toBe(
      'Bảng không có cột "Cơ quan quyết định.Loại cơ quan" (decidingAgency.type), là thông tin bắt buộc: 4 dòng thiếu thông tin này.',
    );
    expect(await message('text-in-number-cell', 'en')).toMatch(
      /^The value "năm 1998" in column Năm sinh cannot be read as a whole number/,
    );
    expect(await message('bad-date-cell', 'en')).toMatch(
      /^The value "2024-13-45" in column Ngày cannot be read as a date/,
    );
  });

  it('checks each file alone when given alone: references to another file are then unknown', async () => {
    const folder = join(FIXTURES, 'valid-split-files');
    const bytes = readFileSync(join(folder, 'ho-tro-2024.csv'));
    const alone = await validateDataset(
      [{ name: 'ho-tro-2024.csv', chunks: readFile({ name: 'ho-tro-2024.csv', bytes }) }],
      { rules: builtinRules, today: '2025-01-10' },
    );
    expect(alone.issues.filter((issue) => issue.code === 'unknown_person_reference')).toHaveLength(
      4,
    );
  });
});
