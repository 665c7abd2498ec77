import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectEvents, eachEvent } from '../../collect-events';
import { declaredDelimiter, readCsv, sniffDelimiter } from './read-csv';

// The tables here hold only the columns each test is about: their missing required columns are not its subject.
const PARTIAL_TABLES = ['required_column_missing'];
/** The issues other than `code_read_from_label` infos (a label read as its code), which tests of other things ignore. */
const notLabel = <T extends { code: string }>(list: readonly T[]) =>
  list.filter((issue) => issue.code !== 'code_read_from_label');

const encoder = new TextEncoder();
const fixtures = new URL('../../../test/fixtures/', import.meta.url);
const read = (name: string, text: string, options = {}) =>
  collectEvents(readCsv({ name, bytes: encoder.encode(text) }, { locale: 'en', ...options }), {
    except: PARTIAL_TABLES,
  });

describe('readCsv', () => {
  it('ends a row at a bare CR after an LF header, so no row runs into the next (every line a record)', async () => {
    const text =
      'id,category,sex,notes\nP-1,VICTIM,FEMALE,x\rP-2,VICTIM,MALE,y\rP-3,VICTIM,MALE,z\r';
    const { records, issues } = await read('person.csv', text);
    // The notes column is no field of the standard: a warning, the only issue.
    expect(issues.map((issue) => issue.code)).toEqual(['unknown_column']);
    expect(
      records.map((record) => [record.location?.row, (record.value as { id: string }).id]),
    ).toEqual([
      [2, 'P-1'],
      [3, 'P-2'],
      [4, 'P-3'],
    ]);
  });

  it('matches headers by id, Vietnamese or English title, ignoring case and diacritics', async () => {
    const text =
      '\ufeffID;ĐỐI TƯỢNG;gioi tinh;Birth year;residence.Code list version;Nơi cư trú.cấp;RESIDENCE.CODE\nP-1;Nạn nhân;nữ;1.990;124/2004;province;24\n';
    const { records, issues } = await read('person.csv', text);
    expect(notLabel(issues)).toEqual([]);
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

  it('still reads the titles and labels of standard 1.0 (formerTitles, formerLabels)', async () => {
    // 1.0 called the pseudonym "mã giả danh" and a person's category "đối tượng"; 1.1 says
    // "mã bí danh" and "nhóm người", and "Không được hỗ trợ" for NOT_PROVIDED.
    const persons = await read('person.csv', 'Mã giả danh;Đối tượng;Giới tính\nP-1;Nạn nhân;nữ\n');
    expect(notLabel(persons.issues)).toEqual([]);
    expect(persons.records[0]?.value).toEqual({ id: 'P-1', category: 'VICTIM', sex: 'FEMALE' });
    const current = await read('person.csv', 'Mã bí danh;Nhóm người;Giới tính\nP-1;Nạn nhân;nữ\n');
    expect(current.records[0]?.value).toEqual(persons.records[0]?.value);
    const supports = await read(
      'support_service.csv',
      'id;personId;status\nS-1;P-1;Chưa được hỗ trợ\nS-2;P-1;Không được hỗ trợ\nS-3;P-1;Under verification\n',
    );
    expect(supports.records.map((record) => (record.value as { status: string }).status)).toEqual([
      'NOT_PROVIDED',
      'NOT_PROVIDED',
      'Under verification',
    ]);
  });

  it('detects the delimiter', () => {
    expect(sniffDelimiter('a,b,c\n1;2;3')).toBe(',');
    expect(sniffDelimiter('a;b;c\n')).toBe(';');
    expect(sniffDelimiter('a\tb\tc')).toBe('\t');
    expect(sniffDelimiter('a|b')).toBe('|');
    expect(sniffDelimiter('"a;b",c')).toBe(',');
    expect(sniffDelimiter('single')).toBe(',');
    // A stray quote in the header does not hide the delimiters after it.
    expect(sniffDelimiter('i"d;name;sex\n')).toBe(';');
  });

  it('sniffs the delimiter on the first line that has one, so a bare title line does not decide it', () => {
    expect(sniffDelimiter('BÁO CÁO NĂM 2024\nid;sex\nP-1;MALE\n')).toBe(';');
    expect(sniffDelimiter('BÁO CÁO NĂM 2024\r\n\r\nid\tsex\r\n')).toBe('\t');
    expect(sniffDelimiter('BÁO CÁO\nDANH SÁCH\n')).toBe(',');
  });

  it("reads Excel's sep= line as the delimiter, never as the header or a title", async () => {
    expect(declaredDelimiter('sep=;\r\nid;sex')).toBe(';');
    expect(declaredDelimiter('\ufeffsep=,\nid,sex')).toBe(',');
    expect(declaredDelimiter('"sep=|"\n')).toBe('|');
    expect(declaredDelimiter('sep=\t\n')).toBe('\t');
    expect(declaredDelimiter('SEP=\\t\n')).toBe('\t');
    expect(declaredDelimiter('sep=;x\n')).toBeUndefined();
    expect(declaredDelimiter('id;sep=;\n')).toBeUndefined();
    // Declared `,` although the next line has more `;`: the declaration wins.
    const { records, issues, tallies } = await read(
      'person.csv',
      'sep=,\nid,sex,Ghi chú\nP-1,FEMALE,"a;b;c;d"\n',
    );
    expect(records.map((r) => [r.location?.row, r.value])).toEqual([
      [3, { id: 'P-1', sex: 'FEMALE' }],
    ]);
    expect(issues.map((i) => [i.code, i.location?.cell])).toEqual([['unknown_column', 'C2']]);
    expect(tallies[0]).toMatchObject({ lines: 3, rowsRead: 1, recordsMade: 1 });
  });

  it('finds the header under a title block, reporting the titles once', async () => {
    const text = [
      'ỦY BAN NHÂN DÂN TỈNH BẮC GIANG;;',
      'BÁO CÁO DANH SÁCH NGƯỜI ĐƯỢC TIẾP NHẬN TRỞ VỀ NĂM 2024;;',
      ';;',
      'Mã bí danh;Nhóm người;Giới tính',
      ';;',
      'P-1;Nạn nhân;Nữ',
      '',
    ].join('\n');
    const { records, issues } = await read('person.csv', text);
    expect(records.map((r) => [r.location?.row, r.value])).toEqual([
      [6, { id: 'P-1', category: 'VICTIM', sex: 'FEMALE' }],
    ]);
    expect(notLabel(issues).map((i) => [i.code, i.location?.row, i.params])).toEqual([
      [
        'title_rows_skipped',
        1,
        {
          count: 2,
          rows: '1–2',
          text: '"ỦY BAN NHÂN DÂN TỈNH…"; "BÁO CÁO DANH SÁCH NG…"',
          header: 4,
        },
      ],
      ['empty_row', 5, { rows: '5' }],
    ]);
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
    expect(notLabel(issues)).toEqual([]);
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
      'STT,id,Mã bí danh,,__proto__\n1,P-1,P-X,,x\n',
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
      // The ignored column says another id than the one read: an error, not a silent choice (ids are not quoted).
      {
        code: 'duplicate_column_conflict',
        severity: 'error',
        path: [0, 'id'],
        location: { cell: 'C2' },
        message:
          'Column C ("Mã bí danh") and column "id" give different values for the field id: "(value withheld)" and "(value withheld)"; only the value of column "id" is read.',
      },
    ]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('reports an error at a duplicate column cell whose value differs from the first column for the field', async () => {
    const text = 'id,sex,Giới tính\nP-1,FEMALE,Nữ\nP-2,FEMALE,Nam\nP-3,,Nam\nP-4,MALE,\n';
    const { records, issues } = await read('person.csv', text);
    // Control: the first column's value is kept, so what column C says of P-2 and P-3 is lost.
    expect(records.map((r) => r.value)).toEqual([
      { id: 'P-1', sex: 'FEMALE' },
      { id: 'P-2', sex: 'FEMALE' },
      { id: 'P-3' },
      { id: 'P-4', sex: 'MALE' },
    ]);
    // Equal values (Nữ is FEMALE) and an empty duplicate say nothing more.
    expect(
      notLabel(issues).map((i) => [i.code, i.severity, i.location?.cell, i.path?.join('.')]),
    ).toEqual([
      ['duplicate_column', 'warning', 'C1', ''],
      ['duplicate_column_conflict', 'error', 'C3', '1.sex'],
      ['duplicate_column_conflict', 'error', 'C4', '2.sex'],
    ]);
    const conflict = notLabel(issues)[1];
    expect(conflict?.params).toMatchObject({ column: 'C', first: 'sex', field: 'sex' });
    expect(conflict?.message).toMatch(
      /^Column C \("Giới tính"\) and column "sex" give different values/,
    );
    const vi = await read('person.csv', text, { locale: 'vi' });
    expect(notLabel(vi.issues)[1]?.message).toMatch(
      /^Cột C \("Giới tính"\) và cột "sex" ghi hai giá trị khác nhau/,
    );
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

  it('skips a row whose quote never closes, at its line and column, and reads on from the next line', async () => {
    const { records, issues, incomplete, tallies } = await read(
      'person.csv',
      'id,sex\nP-1,FEMALE\nP-2,"MALE\nP-3,MALE\n',
    );
    expect(records.map((r) => [r.location?.row, r.value])).toEqual([
      [2, { id: 'P-1', sex: 'FEMALE' }],
      [4, { id: 'P-3', sex: 'MALE' }],
    ]);
    expect(incomplete).toBe(true);
    expect(issues).toMatchObject([
      {
        code: 'invalid_csv',
        severity: 'error',
        location: { file: 'person.csv', row: 3, column: 5, cell: 'B3' },
        message:
          'The CSV file is malformed: the quote opened at line 3, character 5 is never closed; line 3 was skipped and reading resumed at line 4.',
      },
    ]);
    expect(tallies).toEqual([
      { file: 'person.csv', lines: 4, rowsRead: 3, recordsMade: 2, rowsSkipped: 1 },
    ]);
  });

  it('does not let an unclosed quote in an ignored notes column swallow the next row', async () => {
    // Before: the quote opened in row 2's notes ran to the quote in row 3's notes, the file was valid and P-2 was lost.
    const text = 'id,sex,Ghi chú\nP-1,FEMALE,"chưa rõ\nP-2,MALE,"đã xác minh"\nP-3,MALE,\n';
    const { records, issues, incomplete, tallies } = await read('person.csv', text);
    expect(records.map((r) => (r.value as { id: string }).id)).toEqual(['P-2', 'P-3']);
    expect(incomplete).toBe(true);
    // The quote problem is met while the first rows are held back to find the header, so it comes first.
    expect(issues.map((i) => [i.code, i.location?.row, i.location?.cell])).toEqual([
      ['invalid_csv', 2, 'C2'],
      ['unknown_column', 1, 'C1'],
    ]);
    expect(issues[0]?.message).toContain('followed by text at line 3, character 11');
    expect(tallies[0]).toMatchObject({ rowsRead: 3, recordsMade: 2, rowsSkipped: 1 });
  });

  it('warns when a quoted notes cell swallows lines shaped like rows (a quote is likely missing)', async () => {
    // The quote opened in row 2's notes closes at the end of row 4: rows P-2 and P-3 are inside the notes.
    const text =
      'id,sex,Ghi chú\nP-1,FEMALE,"chưa rõ\nP-2,MALE,\nP-3,MALE,đã xác minh"\nP-4,FEMALE,\n';
    const { records, issues, tallies } = await read('person.csv', text);
    // Control: the input is the attack it claims, a well-formed quote that hides two records.
    expect(records.map((r) => (r.value as { id: string }).id)).toEqual(['P-1', 'P-4']);
    expect(tallies[0]).toMatchObject({ lines: 5, rowsRead: 2, recordsMade: 2 });
    const closed = await read(
      'person.csv',
      text.replace('"chưa rõ', '"chưa rõ"').replace('minh"', 'minh'),
    );
    expect(closed.records).toHaveLength(4);
    // Met while the first rows are held back to find the header, so it comes first.
    expect(issues.map((i) => [i.code, i.severity, i.location?.row, i.location?.cell])).toEqual([
      ['csv_rows_in_quoted_cell', 'warning', 2, 'C2'],
      ['unknown_column', 'warning', 1, 'C1'],
    ]);
    expect(issues[0]?.params).toMatchObject({ count: 2, lines: 3, first: 2, last: 4 });
    expect(issues[0]?.message).toBe(
      'Cell C2 is a quoted value over lines 2–4, and 2 of the lines inside it look like rows of the table (as many delimiters as the header, starting like the first cell of a row): a closing quote may be missing, and those rows were not read as records.',
    );
    const vi = await read('person.csv', text, { locale: 'vi' });
    expect(vi.issues[0]?.message).toContain('2 dòng bên trong trông giống dòng của bảng');
  });

  it('takes the header width from the widest of the first rows, past a short title row', async () => {
    const text = 'Danh sách,2024\nid,sex,Ghi chú\nP-1,FEMALE,"chưa rõ\nP-2,MALE,\nP-3,MALE,ok"\n';
    const { issues } = await read('person.csv', text);
    expect(issues.find((i) => i.code === 'csv_rows_in_quoted_cell')?.params).toMatchObject({
      count: 2,
      first: 3,
    });
  });

  it('does not warn about free-text notes over several lines, even with commas in them', async () => {
    const text =
      'id,sex,Ghi chú\nP-1,FEMALE,"Gặp tại chợ, đã báo\ngia đình, chờ xác minh\nP-2 là anh trai"\nP-2,MALE,\n';
    const { records, issues } = await read('person.csv', text);
    expect(records).toHaveLength(2);
    expect(issues.map((i) => i.code)).toEqual(['unknown_column']);
  });

  it('keeps a row with a stray quote inside an unquoted value, and reports the quote', async () => {
    const { records, issues, incomplete } = await read(
      'media_outlet.csv',
      'id,name\nM-1,Báo 5" Hà Nội\nM-2,Đài\n',
    );
    expect(records.map((r) => r.value)).toEqual([
      { id: 'M-1', name: 'Báo 5" Hà Nội' },
      { id: 'M-2', name: 'Đài' },
    ]);
    expect(incomplete).toBe(false);
    expect(issues).toMatchObject([
      {
        code: 'invalid_csv',
        severity: 'error',
        location: { row: 2, column: 10, cell: 'B2' },
        message:
          'The CSV file is malformed: a stray quote at line 2, character 10, inside a value that is not quoted; the value was kept as written.',
      },
    ]);
  });

  it('reads quoted values over several lines and doubled quotes, counting the lines they span', async () => {
    const text = 'id,name\r\nM-1,"Báo ""Tiền phong""\r\nchi nhánh"\r\nM-2,"a,b"\r\n';
    const { records, issues, tallies } = await read('media_outlet.csv', text);
    expect(issues).toEqual([]);
    expect(records.map((r) => [r.location?.row, r.value])).toEqual([
      [2, { id: 'M-1', name: 'Báo "Tiền phong"\r\nchi nhánh' }],
      [4, { id: 'M-2', name: 'a,b' }],
    ]);
    expect(tallies[0]).toMatchObject({ lines: 4, rowsRead: 2, recordsMade: 2, rowsSkipped: 0 });
  });

  it('reads files whose only line break is a carriage return', async () => {
    const { records } = await read('person.csv', 'id,sex\rP-1,FEMALE\rP-2,MALE');
    expect(records.map((r) => [r.location?.row, r.value])).toEqual([
      [2, { id: 'P-1', sex: 'FEMALE' }],
      [3, { id: 'P-2', sex: 'MALE' }],
    ]);
  });

  it('skips a row over the size limit and reads on', async () => {
    const { records, issues, tallies } = await read(
      'person.csv',
      `id,sex\nP-1,${'x'.repeat(5000)}\nP-2,MALE\nP-3,"${'y'.repeat(5000)}\nP-4,MALE\n`,
      { limits: { maxRecordBytes: 1000 } },
    );
    expect(records.map((r) => (r.value as { id: string }).id)).toEqual(['P-2', 'P-4']);
    expect(issues.map((i) => [i.code, i.location?.row])).toEqual([
      ['record_too_large', 2],
      ['record_too_large', 4],
    ]);
    expect(tallies[0]).toMatchObject({ lines: 5, rowsRead: 4, recordsMade: 2, rowsSkipped: 2 });
  });

  it('counts every row below an unreadable header as skipped', async () => {
    const { records, issues, incomplete, tallies } = await read(
      'person.csv',
      'id,"sex\nP-1,FEMALE\nP-2,MALE\n',
    );
    expect(records).toEqual([]);
    expect(incomplete).toBe(true);
    expect(issues.map((i) => [i.code, i.location?.row])).toEqual([
      ['invalid_csv', 1],
      ['invalid_csv', undefined],
    ]);
    expect(issues[1]?.message).toContain('the 2 data rows below it were not read');
    expect(tallies[0]).toMatchObject({ rowsRead: 2, recordsMade: 0, rowsSkipped: 2 });
  });

  it('gives the same rows whatever the chunk boundaries', async () => {
    const text =
      'id,name\r\nM-1,"Báo ""A""\r\nB"\r\nM-2,x"y\r\nM-3,"open\r\nM-4,"z"\r\nM-5,"c",\r\n';
    const whole = await read('media_outlet.csv', text);
    const bytes = encoder.encode(text);
    for (let size = 1; size <= 7; size++) {
      async function* pieces(): AsyncGenerator<Uint8Array> {
        for (let at = 0; at < bytes.length; at += size) yield bytes.slice(at, at + size);
      }
      const split = await collectEvents(
        readCsv({ name: 'media_outlet.csv', bytes: pieces() }, { locale: 'en' }),
        { except: PARTIAL_TABLES },
      );
      expect(split.events).toEqual(whole.events);
    }
    expect(whole.tallies[0]).toMatchObject({ rowsRead: 5, recordsMade: 4, rowsSkipped: 1 });
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
    expect(notLabel(issues)).toMatchObject([
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
    expect(notLabel(issues)).toMatchObject([
      { code: 'encoding_converted', params: { encoding: label } },
    ]);
    expect(records[1]?.value).toMatchObject({
      residence: { name: 'Huyện Lục Ngạn, tỉnh Bắc Giang' },
    });
  });

  it('stays UTF-8 when Word punctuation bytes outnumber the multi-byte letters, as long as Vietnamese letters are there', async () => {
    // Found on review: two names and four notes of Word quotes and dashes read as VISCII, "Bắc Giang" as mojibake.
    const note = [0x93, ...encoder.encode('x'), 0x94, 0x20, 0x96, ...encoder.encode(' y')];
    const bytes = Uint8Array.from([
      ...encoder.encode('id,name,Ghi chú\nM-1,Báo Bắc Giang,\nM-2,Đài Bắc Giang,\n'),
      ...[3, 4, 5, 6].flatMap((n) => [...encoder.encode(`M-${n},Loa ${n},`), ...note, 0x0a]),
    ]);
    const { records, issues } = await collectEvents(
      readCsv({ name: 'media_outlet.csv', bytes }, { locale: 'en' }),
      { except: PARTIAL_TABLES },
    );
    expect(records.slice(0, 2).map((r) => (r.value as { name: string }).name)).toEqual([
      'Báo Bắc Giang',
      'Đài Bắc Giang',
    ]);
    expect(issues.filter((i) => i.code === 'encoding_invalid_bytes')).toHaveLength(12);
    expect(issues.some((i) => i.code === 'encoding_converted')).toBe(false);
  });

  it('keeps a UTF-8 file with Word curly quotes UTF-8, reporting the quotes where they are', async () => {
    // Before: the two bytes sent the whole file down the legacy path, as VNI, and every name became mojibake.
    const bytes = Uint8Array.from([
      ...encoder.encode('id,name\nM-1,Báo '),
      0x93,
      ...encoder.encode('Bắc Giang'),
      0x94,
      ...encoder.encode('\nM-2,Đài Phát thanh và Truyền hình tỉnh\n'),
    ]);
    const { records, issues } = await collectEvents(
      readCsv({ name: 'media_outlet.csv', bytes }, { locale: 'en' }),
      { except: PARTIAL_TABLES },
    );
    expect(records.map((r) => r.value)).toEqual([
      { id: 'M-1', name: 'Báo \ufffdBắc Giang\ufffd' },
      { id: 'M-2', name: 'Đài Phát thanh và Truyền hình tỉnh' },
    ]);
    expect(issues.map((i) => [i.code, i.severity, i.location?.row, i.location?.column])).toEqual([
      ['encoding_invalid_bytes', 'error', 2, 9],
      ['encoding_invalid_bytes', 'error', 2, 19],
      ['invalid_encoding', 'error', undefined, undefined],
    ]);
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

describe('readCsv: a required column missing', () => {
  it('is one issue naming the column and the rows left without it, and no issue per row', async () => {
    const text =
      'Mã bản ghi,Tình trạng\nSS-1,NOT_REQUESTED\nSS-2,NOT_REQUESTED\nSS-3,NOT_REQUESTED\n';
    const { issues, records } = await collectEvents(
      readCsv({ name: 'support_service.csv', bytes: encoder.encode(text) }, { locale: 'vi' }),
    );
    expect(issues.map((i) => [i.code, i.location, i.params])).toEqual([
      [
        'required_column_missing',
        { file: 'support_service.csv', row: 1 },
        { column: 'Người', field: 'personId', rows: 3 },
      ],
    ]);
    // Each record says the reader reported its missing person, so the structural check adds nothing.
    expect(records.map((r) => r.reported)).toEqual([
      [[0, 'personId']],
      [[1, 'personId']],
      [[2, 'personId']],
    ]);
  });

  it('is nothing for a header with no rows under it (a blank template)', async () => {
    const { issues } = await collectEvents(
      readCsv({ name: 'support_service.csv', bytes: encoder.encode('Mã bản ghi,Tình trạng\n') }),
    );
    expect(issues.map((i) => i.code)).toEqual(['no_records']);
  });
});
