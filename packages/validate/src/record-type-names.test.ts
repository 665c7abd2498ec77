import { matchFileName, readFile } from '@vntip/read';
import { describe, expect, it } from 'vitest';
import { builtinRules } from './builtin-rules';
import { validate } from './validate';

// Record types and codes are names from the data: `constructor`, `__proto__` or `toString` must be plain unknown names,
// counted as such, never a lookup that finds Object.prototype.
describe('record types named after Object.prototype members', () => {
  for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
    const bytes = new TextEncoder().encode(
      JSON.stringify([{ id: 'X-1' }, { id: 'X-2', polluted: true }]),
    );

    it(`a file named ${name}.json is not taken for a record type, and nothing is polluted`, async () => {
      const result = await validate(readFile({ name: `${name}.json`, bytes }), {
        rules: builtinRules,
        locale: 'en',
      });
      expect(result.ok).toBe(false);
      expect(result.issues.map((issue) => issue.code)).toContain('missing_record_type');
      expect(Object.getOwnPropertyNames(result.counts)).toEqual([]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it(`--record-type ${name} is an unknown record type, and nothing is polluted`, async () => {
      const result = await validate(readFile({ name: 'data.json', bytes }, { recordType: name }), {
        rules: builtinRules,
        locale: 'en',
      });
      expect(result.ok).toBe(false);
      expect(result.issues.map((issue) => issue.code)).toContain('unknown_record_type');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
    });
  }

  it('a code named after an Object.prototype member is an unknown code, not a crash', async () => {
    const bytes = new TextEncoder().encode(
      JSON.stringify([{ id: 'X-1', category: 'constructor', sex: '__proto__' }]),
    );
    const result = await validate(readFile({ name: 'person.json', bytes }), {
      rules: builtinRules,
      locale: 'en',
    });
    expect(result.ok).toBe(false);
    const paths = result.issues.map((issue) => issue.path.at(-1));
    expect(paths).toEqual(expect.arrayContaining(['category', 'sex']));
  });
});

describe('the record type of a file, from its name or its header', () => {
  it('reads it from the whole name, a name it contains, or the title its leading words begin', () => {
    expect(
      [
        'person.csv',
        'Người.csv',
        'NGUOI.xlsx',
        'data/Hỗ trợ.csv',
        'bao-cao-nguoi-2024.csv',
        'person_2024_q1.csv',
        'bao-cao-so-lieu-toi-pham-mua-ban-nguoi-2024.csv',
        'hoat-dong-v2.csv',
        'Hoạt động 2024.csv',
        'data.csv',
        'bao-cao.csv',
      ].map((name) => [name, matchFileName(name)]),
    ).toEqual([
      ['person.csv', { recordType: 'person', match: 'exact' }],
      ['Người.csv', { recordType: 'person', match: 'exact' }],
      ['NGUOI.xlsx', { recordType: 'person', match: 'exact' }],
      ['data/Hỗ trợ.csv', { recordType: 'support_service', match: 'exact' }],
      ['bao-cao-nguoi-2024.csv', { recordType: 'person', match: 'contains' }],
      ['person_2024_q1.csv', { recordType: 'person', match: 'contains' }],
      // The longest name it holds wins: "số liệu tội phạm mua bán người", not "người".
      [
        'bao-cao-so-lieu-toi-pham-mua-ban-nguoi-2024.csv',
        { recordType: 'crime_statistic', match: 'contains' },
      ],
      ['hoat-dong-v2.csv', { recordType: 'prevention_activity', match: 'prefix' }],
      ['Hoạt động 2024.csv', { recordType: 'prevention_activity', match: 'prefix' }],
      ['data.csv', undefined],
      ['bao-cao.csv', undefined],
    ]);
  });

  it('says which type a file was read as when its name only contains or begins it', async () => {
    const bytes = new TextEncoder().encode('id,activityType\nPA-1,CONTEST\n');
    const result = await validate(readFile({ name: 'hoat-dong-v2.csv', bytes }), { locale: 'vi' });
    expect(result.counts).toEqual({ prevention_activity: 1 });
    expect(result.issues.filter((issue) => issue.code === 'record_type_inferred')).toMatchObject([
      {
        severity: 'info',
        location: { file: 'hoat-dong-v2.csv' },
        message:
          'Đã đọc dữ liệu là loại bản ghi "Hoạt động phòng ngừa" (prevention_activity), suy ra từ tên tệp.',
      },
    ]);
  });

  it('reads it from the fields the header names when the name says nothing, and refuses a tie', async () => {
    const csv = (text: string) => new TextEncoder().encode(text);
    const people = await validate(
      readFile(
        {
          name: 'data.csv',
          bytes: csv('Mã bí danh,Nhóm người,Giới tính\nP-1,VICTIM,FEMALE\n'),
        },
        { locale: 'en' },
      ),
      { locale: 'en' },
    );
    expect(people.counts).toEqual({ person: 1 });
    expect(people.ok).toBe(true);
    expect(people.issues.map((issue) => [issue.code, issue.params?.from])).toEqual([
      ['record_type_inferred', 'the column headers'],
    ]);
    // Only an id: every record type has one, so the header tells nothing.
    const unknown = await validate(readFile({ name: 'data.csv', bytes: csv('id\nX-1\n') }));
    expect(unknown.issues.map((issue) => issue.code)).toEqual(['missing_record_type']);
  });

  it('takes --record-type as an id or a title, diacritics and case aside', async () => {
    const bytes = new TextEncoder().encode('id,activityType\nPA-1,CONTEST\n');
    for (const recordType of [
      'prevention_activity',
      'Hoạt động phòng ngừa',
      'HOAT DONG PHONG NGUA',
    ]) {
      const result = await validate(readFile({ name: 'x.csv', bytes }, { recordType }));
      expect(result.counts, recordType).toEqual({ prevention_activity: 1 });
    }
  });
});
