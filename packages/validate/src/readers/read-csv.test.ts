import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectEvents, eachEvent } from './collect-events';
import { readCsv, sniffDelimiter } from './read-csv';

const encoder = new TextEncoder();
const fixtures = new URL('../../test/fixtures/readers/', import.meta.url);
const read = (name: string, text: string, options = {}) =>
  collectEvents(readCsv({ name, bytes: encoder.encode(text) }, { locale: 'en', ...options }));

describe('readCsv', () => {
  it('matches headers by id, Vietnamese or English title, ignoring case and diacritics', async () => {
    const text =
      '\ufeffID;ĐỐI TƯỢNG;gioi tinh;Birth year;residence.Code list version;Nơi cư trú.cấp;RESIDENCE.CODE\nP-1;Nạn nhân;nữ;1.990;124/2004;province;24\n';
    const { records, issues } = await read('person.csv', text);
    expect(issues).toEqual([]);
    expect(records).toMatchObject([
      {
        recordType: 'person',
        basePath: [0],
        location: { file: 'person.csv', row: 2 },
        value: {
          id: 'P-1',
          category: 'VICTIM',
          sex: 'FEMALE',
          birthYear: 1990,
          residence: { codeListVersion: '124/2004', level: 'province', code: '24' },
        },
      },
    ]);
  });

  it('detects the delimiter', () => {
    expect(sniffDelimiter('a,b,c\n1;2;3')).toBe(',');
    expect(sniffDelimiter('a;b;c\n')).toBe(';');
    expect(sniffDelimiter('a\tb\tc')).toBe('\t');
    expect(sniffDelimiter('a|b')).toBe('|');
    expect(sniffDelimiter('"a;b",c')).toBe(',');
    expect(sniffDelimiter('single')).toBe(',');
  });

  it('converts cells by field type: Vietnamese numbers, dates, booleans, lists, indexed arrays and JSON cells', async () => {
    const header = [
      'id',
      'activityType',
      'startDate',
      'endDate',
      'location',
      'organiser.type',
      'activityCount',
      'participants.total',
      'participants.byAgeBand[0].ageBand',
      'participants.byAgeBand[0].count',
      'participants.byAgeBand[1].ageBand',
      'participants.byAgeBand[1].count',
      'targetGroups',
      'funding.source',
      'funding.amountVnd',
    ].join(',');
    const row = [
      'A-1',
      '"hội nghị, TỌA ĐÀM"',
      '05/03/2024',
      '45360',
      '"{""codeListVersion"":""124/2004"",""level"":""province"",""code"":""24""}"',
      'DOLISA',
      '1',
      '7.415',
      'UNDER_18',
      '1.200',
      'ADULT_18_PLUS',
      '6.215',
      '"Học sinh, sinh viên; WOMEN"',
      'STATE_BUDGET_PROVINCIAL',
      '12.500.000',
    ].join(',');
    const { records, issues } = await read('prevention_activity.csv', `${header}\n${row}\n`);
    expect(issues).toEqual([]);
    expect(records[0]?.value).toEqual({
      id: 'A-1',
      activityType: 'CONFERENCE',
      startDate: '2024-03-05',
      endDate: '2024-03-09',
      location: { codeListVersion: '124/2004', level: 'province', code: '24' },
      organiser: { type: 'DOLISA' },
      activityCount: 1,
      participants: {
        total: 7415,
        byAgeBand: [
          { ageBand: 'UNDER_18', count: 1200 },
          { ageBand: 'ADULT_18_PLUS', count: 6215 },
        ],
      },
      targetGroups: ['STUDENTS', 'WOMEN'],
      funding: [{ source: 'STATE_BUDGET_PROVINCIAL', amountVnd: 12500000 }],
    });
  });

  it('restores the leading zeros of fixed-width codes', async () => {
    const { records } = await read('person.csv', 'id,residence.provinceCode\nP-1,1\n');
    expect(records[0]?.value).toEqual({ id: 'P-1', residence: { provinceCode: '01' } });
  });

  it('reports a bad cell with its column, cell reference and path, keeping the raw text', async () => {
    const { records, issues } = await read('person.csv', 'id,Năm sinh,disability\nP-1,abc,maybe\n');
    expect(records[0]?.value).toEqual({ id: 'P-1', birthYear: 'abc', disability: 'maybe' });
    expect(issues).toMatchObject([
      {
        code: 'invalid_cell_value',
        severity: 'error',
        path: [0, 'birthYear'],
        location: { file: 'person.csv', row: 2, column: 'Năm sinh', cell: 'B2' },
        message:
          'The value "abc" in column Năm sinh cannot be read as a whole number (e.g. 7.415 or 7415).',
      },
      { code: 'invalid_cell_value', location: { cell: 'C2' } },
    ]);
  });

  it('reports unknown and duplicate columns with their letters, and ignores them', async () => {
    const { records, issues } = await read(
      'person.csv',
      'STT,id,Mã giả danh,,__proto__\n1,P-1,P-X,,x\n',
    );
    expect(records[0]?.value).toEqual({ id: 'P-1' });
    expect(issues).toMatchObject([
      {
        code: 'unknown_column',
        severity: 'warning',
        params: { column: 'A', header: 'STT' },
        location: { cell: 'A1' },
      },
      { code: 'duplicate_column', params: { column: 'C', field: 'id' }, location: { cell: 'C1' } },
      { code: 'unknown_column', params: { column: 'E', header: '__proto__' } },
    ]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('skips empty rows and reports them, trims cells, and refuses oversized cells', async () => {
    const text = `id,sex\n P-1 , FEMALE \n,\n\n  ,\t\nP-2,${'x'.repeat(300)}\n\n`;
    const { records, issues } = await read('person.csv', text, { limits: { maxCellBytes: 100 } });
    expect(records.map((r) => r.value)).toEqual([{ id: 'P-1', sex: 'FEMALE' }, { id: 'P-2' }]);
    expect(issues).toMatchObject([
      { code: 'empty_row', params: { rows: '3–5' } },
      { code: 'cell_too_large', path: [1, 'sex'], location: { row: 6, cell: 'B6' } },
    ]);
  });

  it('reports malformed CSV with its line, as incomplete', async () => {
    const { records, issues, incomplete } = await read(
      'person.csv',
      'id,sex\nP-1,FEMALE\nP-2,"MALE\n',
    );
    expect(records).toHaveLength(1);
    expect(incomplete).toBe(true);
    expect(issues).toMatchObject([{ code: 'invalid_csv', severity: 'error' }]);
  });

  it('needs a record type', async () => {
    const { issues, incomplete } = await read('data.csv', 'id\nP-1\n');
    expect(issues.map((i) => i.code)).toEqual(['missing_record_type']);
    expect(incomplete).toBe(true);
    const other = await read('data.csv', 'id\nP-1\n', { recordType: 'people' });
    expect(other.issues.map((i) => i.code)).toEqual(['unknown_record_type']);
  });

  it.each([
    ['windows-1258', 'Windows-1258'],
    ['tcvn3', 'TCVN3 (ABC)'],
    ['viscii', 'VISCII'],
    ['vni', 'VNI'],
    ['utf16le', 'UTF-16LE'],
    ['utf16be-no-bom', 'UTF-16BE'],
  ])('converts %s and says so', async (fixture, label) => {
    const expected = await collectEvents(
      readCsv({ name: 'person.csv', bytes: readFileSync(new URL('person-utf8.csv', fixtures)) }),
    );
    const { records, issues } = await collectEvents(
      readCsv(
        { name: 'person.csv', bytes: readFileSync(new URL(`person-${fixture}.csv`, fixtures)) },
        { locale: 'en' },
      ),
    );
    expect(issues).toMatchObject([
      {
        code: 'encoding_converted',
        severity: 'info',
        params: { encoding: label },
        location: { file: 'person.csv' },
      },
    ]);
    expect(records.map((r) => r.value)).toEqual(expected.records.map((r) => r.value));
    expect(records[4]?.value).toMatchObject({
      residence: { name: 'Phường Trần Phú, thành phố Bắc Giang' },
    });
  });

  it.each([
    ['tcvn3', 'TCVN3 (ABC)'],
    ['vni', 'VNI'],
  ])('converts %s font text saved as UTF-8', async (fixture, label) => {
    const legacy = readFileSync(new URL(`person-${fixture}.csv`, fixtures));
    const fontText = Array.from(legacy, (byte) => String.fromCharCode(byte)).join('');
    const { records, issues } = await read('person.csv', fontText);
    expect(issues).toMatchObject([{ code: 'encoding_converted', params: { encoding: label } }]);
    expect(records[1]?.value).toMatchObject({
      residence: { name: 'Huyện Lục Ngạn, tỉnh Bắc Giang' },
    });
  });

  it('leaves Unicode text with only Latin-1 letters alone', async () => {
    const { records, issues } = await read(
      'media_outlet.csv',
      'id,name\nM-1,Cà Mau\nM-2,Hà Giang\n',
    );
    expect(issues).toEqual([]);
    expect(records.map((r) => r.value)).toEqual([
      { id: 'M-1', name: 'Cà Mau' },
      { id: 'M-2', name: 'Hà Giang' },
    ]);
  });

  it('streams: an endless CSV yields rows as they come', async () => {
    async function* endless(): AsyncGenerator<Uint8Array> {
      yield encoder.encode('id,sex\n');
      for (let i = 0; ; i++) yield encoder.encode(`P-${i},FEMALE\n`.repeat(50));
    }
    let count = 0;
    for await (const event of eachEvent(readCsv({ name: 'person.csv', bytes: endless() }))) {
      if (event.kind === 'record' && ++count === 500) break;
    }
    expect(count).toBe(500);
  });
});
