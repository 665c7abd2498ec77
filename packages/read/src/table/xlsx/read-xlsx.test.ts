import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { collectEvents } from '../../collect-events';
import { encodeVni } from '../../text/vni';
import { readXlsx } from './read-xlsx';

// The tables here hold only the columns each test is about: their missing required columns are not its subject.
const PARTIAL_TABLES = ['required_column_missing'];
/** The issues other than `code_read_from_label` infos (a label read as its code), which tests of other things ignore. */
const notLabel = <T extends { code: string }>(list: readonly T[]) =>
  list.filter((issue) => issue.code !== 'code_read_from_label');

/** Text as a spreadsheet typed with a legacy font stores it: one Windows-1252 character per legacy byte. */
const asFontText = (bytes: Uint8Array) =>
  Array.from(bytes, (byte) => String.fromCharCode(byte)).join('');

type Rows = readonly (readonly ExcelJS.CellValue[])[];

async function workbook(sheets: Readonly<Record<string, Rows>>): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    for (const row of rows) sheet.addRow([...row]);
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const read = (name: string, bytes: Uint8Array, options = {}) =>
  collectEvents(readXlsx({ name, bytes }, { locale: 'en', ...options }), {
    except: PARTIAL_TABLES,
  });

describe('readXlsx', () => {
  it('reads one record type per sheet, named by id or title, with sheet, row and typed cells', async () => {
    const bytes = await workbook({
      'Hướng dẫn': [['Điền mỗi người một dòng.']],
      Người: [
        ['Mã bí danh', 'Giới tính', 'Năm sinh', 'residence.provinceCode', 'Khuyết tật'],
        ['P-1', 'Nữ', 1990, 1, true],
        [],
        [
          'P-2',
          { richText: [{ text: 'MA' }, { text: 'LE' }] },
          { formula: '2000+5', result: 2005 },
          '24',
          'x',
        ],
      ],
      process_event: [
        ['id', 'personId', 'type', 'date'],
        ['E-1', 'P-1', 'RESCUE', new Date(Date.UTC(2024, 4, 5))],
        ['E-2', 'P-1', 'RECEIPT', 45420],
        ['E-3', 'P-2', 'RECEIPT', '06/05/2024'],
      ],
    });
    const { records, issues } = await read('bao-cao.xlsx', bytes);
    expect(records.map((r) => [r.recordType, r.location?.sheet, r.location?.row, r.value])).toEqual(
      [
        [
          'person',
          'Người',
          2,
          {
            id: 'P-1',
            sex: 'FEMALE',
            birthYear: 1990,
            residence: { provinceCode: '01' },
            disability: true,
          },
        ],
        [
          'person',
          'Người',
          4,
          {
            id: 'P-2',
            sex: 'MALE',
            birthYear: 2005,
            residence: { provinceCode: '24' },
            disability: true,
          },
        ],
        [
          'process_event',
          'process_event',
          2,
          { id: 'E-1', personId: 'P-1', type: 'RESCUE', date: '2024-05-05' },
        ],
        [
          'process_event',
          'process_event',
          3,
          { id: 'E-2', personId: 'P-1', type: 'RECEIPT', date: '2024-05-08' },
        ],
        [
          'process_event',
          'process_event',
          4,
          { id: 'E-3', personId: 'P-2', type: 'RECEIPT', date: '2024-05-06' },
        ],
      ],
    );
    expect(notLabel(issues)).toMatchObject([
      {
        code: 'unknown_sheet',
        severity: 'warning',
        params: { sheet: 'Hướng dẫn' },
        location: { sheet: 'Hướng dẫn' },
      },
      { code: 'empty_row', location: { sheet: 'Người', row: 3 } },
    ]);
  });

  it('reports rows a sheet does not store between records as empty, and ignores a far styled cell', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('person');
    sheet.getRow(1).values = ['id'];
    sheet.getRow(2).values = ['P-1'];
    sheet.getRow(6).values = ['P-2'];
    sheet.getCell('A1048576').fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FFFF0000' },
    };
    const { records, issues } = await read(
      'person.xlsx',
      new Uint8Array(await book.xlsx.writeBuffer()),
    );
    expect(records.map((r) => r.location?.row)).toEqual([2, 6]);
    expect(issues).toMatchObject([{ code: 'empty_row', params: { rows: '3–5' } }]);
  });

  it('converts text typed with legacy fonts, sheet by sheet', async () => {
    const rows = (encode: (text: string) => Uint8Array): Rows => [
      ['Mã bí danh', 'Giới tính', 'Nơi cư trú.Tên đơn vị'].map((text) => asFontText(encode(text))),
      ['P-1', 'Nữ', 'Huyện Lục Ngạn, tỉnh Bắc Giang'].map((text) => asFontText(encode(text))),
    ];
    const bytes = await workbook({
      person: rows((text) => iconv.encode(text, 'tcvn')),
      Người: rows(encodeVni),
      media_outlet: [
        ['id', 'name'],
        ['M-1', 'Cà Mau'],
      ],
    });
    const { records, issues } = await read('people.xlsx', bytes);
    const expected = {
      id: 'P-1',
      sex: 'FEMALE',
      residence: { name: 'Huyện Lục Ngạn, tỉnh Bắc Giang' },
    };
    expect(records.map((r) => r.value)).toEqual([
      expected,
      expected,
      { id: 'M-1', name: 'Cà Mau' },
    ]);
    expect(notLabel(issues)).toMatchObject([
      {
        code: 'encoding_converted',
        params: { encoding: 'TCVN3 (ABC)' },
        location: { sheet: 'person' },
      },
      { code: 'encoding_converted', params: { encoding: 'VNI' }, location: { sheet: 'Người' } },
    ]);
  });

  it('locates bad cells, unknown columns and formula errors by sheet and cell', async () => {
    const bytes = await workbook({
      Person: [
        ['id', 'Ghi chú', 'birthYear'],
        ['P-1', 'x', 'năm 1990'],
        ['P-2', '', { formula: '1/0', result: { error: '#DIV/0!' } }],
      ],
    });
    const { issues } = await read('people.xlsx', bytes);
    expect(issues).toMatchObject([
      {
        code: 'unknown_column',
        location: { sheet: 'Person', row: 1, cell: 'B1' },
        params: { column: 'B' },
      },
      {
        code: 'invalid_cell_value',
        path: [0, 'birthYear'],
        location: { sheet: 'Person', row: 2, cell: 'C2', column: 'birthYear' },
      },
      {
        code: 'invalid_cell_value',
        path: [1, 'birthYear'],
        params: { received: '#DIV/0!' },
        location: { cell: 'C3' },
      },
    ]);
  });

  it('takes the type of a one-sheet workbook from the file name or options', async () => {
    const bytes = await workbook({ Sheet1: [['id'], ['P-1']] });
    expect((await read('person.xlsx', bytes)).records.map((r) => r.recordType)).toEqual(['person']);
    expect((await read('data.xlsx', bytes, { recordType: 'person' })).records).toHaveLength(1);
    expect((await read('data.xlsx', bytes)).issues.map((i) => i.code)).toEqual(['unknown_sheet']);
  });

  it('reports a file that is not a workbook, or is cut short, as incomplete', async () => {
    const bytes = await workbook({ person: [['id'], ['P-1']] });
    for (const input of [
      new TextEncoder().encode('id\nP-1\n'),
      bytes.subarray(0, bytes.length - 100),
    ]) {
      const { issues, incomplete, records } = await read('person.xlsx', input);
      expect(records).toEqual([]);
      expect(incomplete).toBe(true);
      expect(issues.map((i) => i.code)).toEqual(['invalid_xlsx']);
    }
    const notExcel = zipSync({ 'hello.txt': new TextEncoder().encode('hello') });
    expect((await read('person.xlsx', notExcel)).issues.map((i) => i.code)).toEqual([
      'invalid_xlsx',
    ]);
  });

  it('refuses a zip bomb before inflating it', async () => {
    const bomb = zipSync(
      { 'xl/worksheets/sheet1.xml': new Uint8Array(20 * 1024 * 1024) },
      { level: 9 },
    );
    const { issues, incomplete } = await read('person.xlsx', bomb);
    expect(issues.map((i) => i.code)).toEqual(['archive_ratio_exceeded']);
    expect(incomplete).toBe(true);
  });

  it('reads a hidden row 2 of field ids as the header, whatever row 1 says, and skips # sheets', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Người');
    sheet.addRow(['Mã (ghi chú tự do)', 'Giới tính của người', 'Nơi cư trú']);
    const ids = sheet.addRow(['id', 'sex', 'residence.code']);
    ids.hidden = true;
    sheet.addRow(['P-1', 'FEMALE', '24']);
    book.addWorksheet('#sex').addRow(['FEMALE', 'Nữ']);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const { records, issues } = await read('x.xlsx', bytes);
    expect(issues).toEqual([]);
    expect(records.map((r) => [r.location?.row, r.value])).toEqual([
      [3, { id: 'P-1', sex: 'FEMALE', residence: { code: '24' } }],
    ]);
  });

  it('reads row 2 as data when it is not hidden, or holds anything but field ids', async () => {
    for (const [hidden, second] of [
      [false, ['id', 'sex']],
      [true, ['P-2', 'MALE']],
    ] as const) {
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('person');
      sheet.addRow(['id', 'sex']);
      sheet.addRow([...second]).hidden = hidden;
      const bytes = new Uint8Array(await book.xlsx.writeBuffer());
      const { records } = await read('x.xlsx', bytes);
      expect(records.map((r) => r.value)).toEqual([{ id: second[0], sex: second[1] }]);
    }
  });
});
