import { readCsv } from '@vntip/read';
import { describe, expect, it } from 'vitest';
import { builtinRules } from './builtin-rules';
import { validate } from './validate';

const csv = (text: string) => ({ name: 'hoat-dong.csv', bytes: new TextEncoder().encode(text) });

describe('issues of table rows carry the column and cell of their field', () => {
  const text = [
    'BÁO CÁO HOẠT ĐỘNG (VÍ DỤ)',
    'id,Loại hoạt động,startDate,Ngày kết thúc,activityCount,organiser.type,organiser.name,Địa bàn,,',
    ',,,,,,,Phiên bản danh mục,Cấp,Mã tỉnh',
    'PA-1,CONTEST,2024-03-01,2024-02-01,1,DOLISA,Sở (ví dụ),124/2004,province,24',
    'PA-2,XYZ,2024-03-01,2024-03-02,1,DOLISA,Sở (ví dụ),124/2004,province,24',
  ].join('\n');

  it('gives a rule issue (end before start) and a structural one (unknown code) the cell the officer wrote', async () => {
    const result = await validate(
      readCsv(csv(text), { recordType: 'prevention_activity', locale: 'en' }),
      { rules: builtinRules, locale: 'en' },
    );
    const at = (code: string) =>
      result.issues
        .filter((issue) => issue.code === code)
        .map((issue) => [issue.location?.cell, issue.location?.column]);
    expect(at('end_date_before_start_date')).toEqual([['D4', 'Ngày kết thúc']]);
    expect(at('unknown_code')).toEqual([['B5', 'Loại hoạt động']]);
  });

  it('places an issue about a nested object at the first column of its two-level header', async () => {
    const bad = text.replace('124/2004,province,24\n', '124/2004,province,2x4\n');
    const result = await validate(
      readCsv(csv(bad), { recordType: 'prevention_activity', locale: 'en' }),
      { locale: 'en' },
    );
    // The province code fails the location's forms as a whole: the issue is at the location block's first column.
    const issue = result.issues.find((found) => found.path.join('.') === '0.location');
    expect(issue?.location).toMatchObject({
      row: 4,
      cell: 'H4',
      column: 'Địa bàn › Phiên bản danh mục',
    });
  });

  it('leaves JSON records as they were: no column to give', async () => {
    const json = JSON.stringify([{ id: 'P-1', category: 'VICTIM', sex: 'F' }]);
    const { readJson } = await import('@vntip/read');
    const result = await validate(
      readJson({ name: 'person.json', bytes: new TextEncoder().encode(json) }),
      { locale: 'en' },
    );
    const issue = result.issues.find((found) => found.code === 'unknown_code');
    expect(issue?.location?.cell).toBeUndefined();
  });
});
