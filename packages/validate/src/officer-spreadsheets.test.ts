// Spreadsheets laid out the way Vietnamese provincial reports are: a title block above the header, two-level
// headers in merged cells, merged data cells, Vietnamese labels, LibreOffice- and Excel-saved CSV. Each invalid
// case names the issue code it must raise and where; each valid case must give no error at all.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Issue } from '@vntip/core';
import { readFile } from '@vntip/read';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { builtinRules } from './builtin-rules';
import { validate } from './validate';

type Cell = ExcelJS.CellValue;

interface SheetSpec {
  readonly name: string;
  readonly rows: readonly (readonly Cell[])[];
  /** Ranges to merge, such as `A1:J1`. */
  readonly merges?: readonly string[];
}

async function workbook(sheets: readonly SheetSpec[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = book.addWorksheet(spec.name);
    spec.rows.forEach((row, index) => {
      sheet.getRow(index + 1).values = [...row];
    });
    for (const range of spec.merges ?? []) sheet.mergeCells(range);
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const encoder = new TextEncoder();

/** LibreOffice's command, when it is installed (CI installs it); the .ods case needs the real application. */
const soffice = ['soffice', 'libreoffice'].find(
  (name) => spawnSync(name, ['--version'], { encoding: 'utf8' }).status === 0,
);

/** The workbook converted by headless LibreOffice into its own format, as an officer saving it in Calc would. */
function saveAsOds(name: string, xlsx: Uint8Array): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'vntip-ods-'));
  writeFileSync(join(dir, `${name}.xlsx`), xlsx);
  const run = spawnSync(
    soffice as string,
    [
      '--headless',
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
      '--convert-to',
      'ods',
      '--outdir',
      dir,
      join(dir, `${name}.xlsx`),
    ],
    { encoding: 'utf8', timeout: 150_000 },
  );
  if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr}`);
  return new Uint8Array(readFileSync(join(dir, `${name}.ods`)));
}

async function check(name: string, bytes: Uint8Array, locale: 'vi' | 'en' = 'vi') {
  const result = await validate(readFile({ name, bytes }, { locale }), {
    locale,
    rules: builtinRules,
    today: '2025-01-10',
  });
  const codes = (severity: Issue['severity']) =>
    result.issues.filter((issue) => issue.severity === severity).map((issue) => issue.code);
  return { result, errors: codes('error'), warnings: codes('warning'), infos: codes('info') };
}

const located = (issues: readonly Issue[], code: string) =>
  issues.filter((issue) => issue.code === code).map((issue) => issue.location);

/** The title block of a provincial report: agency, national motto, report title, reference. */
const TITLE_BLOCK: readonly (readonly Cell[])[] = [
  ['ỦY BAN NHÂN DÂN TỈNH BẮC GIANG', null, null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
  ['SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', null, null, null, 'Độc lập - Tự do - Hạnh phúc'],
  [],
  ['BÁO CÁO KẾT QUẢ CÔNG TÁC TUYÊN TRUYỀN PHÒNG, CHỐNG MUA BÁN NGƯỜI NĂM 2024'],
  ['(Kèm theo Công văn số 15/SLĐTBXH-BTXH ngày 05/01/2025)'],
];
const TITLE_MERGES = ['A1:D1', 'E1:J1', 'A2:D2', 'E2:J2', 'A4:J4', 'A5:J5'];

/** Rows 6–7: a two-level header, single columns merged down over both rows, groups merged across. */
const HEADER: readonly (readonly Cell[])[] = [
  [
    'STT',
    'Mã bản ghi',
    'Loại hoạt động',
    'Ngày bắt đầu',
    'Địa bàn',
    null,
    null,
    'Cơ quan chủ trì',
    null,
    'Số hoạt động',
  ],
  [
    null,
    null,
    null,
    null,
    'Cấp',
    'Phiên bản danh mục',
    'Mã tỉnh',
    'Loại cơ quan',
    'Tên cơ quan',
    null,
  ],
];
const HEADER_MERGES = ['A6:A7', 'B6:B7', 'C6:C7', 'D6:D7', 'E6:G6', 'H6:I6', 'J6:J7'];

const day = (month: number, date: number) => new Date(Date.UTC(2024, month - 1, date));

/** Rows 8–10: three activities of the province's police and labour department; the area is merged down. */
const DATA: readonly (readonly Cell[])[] = [
  [
    1,
    'HD-01',
    'Buổi tuyên truyền',
    day(3, 5),
    'province',
    '124/2004',
    '24',
    'Công an cấp tỉnh',
    'Công an tỉnh Bắc Giang',
    3,
  ],
  [
    2,
    'HD-02',
    'Tập huấn',
    day(4, 10),
    null,
    null,
    null,
    'Sở Lao động - Thương binh và Xã hội',
    null,
    1,
  ],
  [3, 'HD-03', 'Hội nghị, tọa đàm', day(6, 20), null, null, null, null, null, 2],
];
const DATA_MERGES = ['E8:E10', 'F8:F10', 'G8:G10', 'H9:H10', 'I9:I10'];

const ACTIVITIES = 'Hoạt động phòng ngừa';

describe('officer spreadsheets', () => {
  it('valid: an XLSX report with a title block, a merged two-level header and merged data cells', async () => {
    const bytes = await workbook([
      {
        name: ACTIVITIES,
        rows: [...TITLE_BLOCK, ...HEADER, ...DATA],
        merges: [...TITLE_MERGES, ...HEADER_MERGES, ...DATA_MERGES],
      },
    ]);
    const { result, errors, warnings, infos } = await check(
      'bao-cao-tuyen-truyen-2024.xlsx',
      bytes,
    );
    expect(errors).toEqual([]);
    // The numbering column STT is no field: ignored, with a warning at its header cell.
    expect(warnings).toEqual(['unknown_column']);
    expect(located(result.issues, 'unknown_column')[0]).toMatchObject({ row: 6, cell: 'A6' });
    expect(result.counts).toEqual({ prevention_activity: 3 });
    expect(result.records.map((entry) => entry.record)).toEqual([
      {
        id: 'HD-01',
        activityType: 'COMMUNICATION_SESSION',
        startDate: '2024-03-05',
        location: { level: 'province', codeListVersion: '124/2004', code: '24' },
        organiser: { type: 'POLICE_PROVINCIAL', name: 'Công an tỉnh Bắc Giang' },
        activityCount: 3,
      },
      {
        id: 'HD-02',
        activityType: 'TRAINING',
        startDate: '2024-04-10',
        location: { level: 'province', codeListVersion: '124/2004', code: '24' },
        organiser: { type: 'DOLISA' },
        activityCount: 1,
      },
      {
        id: 'HD-03',
        activityType: 'CONFERENCE',
        startDate: '2024-06-20',
        location: { level: 'province', codeListVersion: '124/2004', code: '24' },
        organiser: { type: 'DOLISA' },
        activityCount: 2,
      },
    ]);
    const title = result.issues.find((issue) => issue.code === 'title_rows_skipped');
    expect(title?.location).toEqual({
      file: 'bao-cao-tuyen-truyen-2024.xlsx',
      sheet: ACTIVITIES,
      row: 1,
    });
    expect(title?.params).toMatchObject({ count: 4, rows: '1–5', header: 6 });
    expect(title?.message).toContain('"ỦY BAN NHÂN DÂN TỈNH…"');
    expect(title?.message).toContain('"BÁO CÁO KẾT QUẢ CÔNG…"');
    // I9:I10 is merged but empty: it fills nothing and is not reported.
    expect(infos.filter((code) => code === 'merged_cells_filled')).toHaveLength(4);
    expect(located(result.issues, 'merged_cells_filled')[0]).toEqual({
      file: 'bao-cao-tuyen-truyen-2024.xlsx',
      sheet: ACTIVITIES,
      row: 8,
      column: 'Địa bàn › Cấp',
      cell: 'E8:E10',
    });
  });

  it('fails in CI when LibreOffice is missing', () => {
    if (process.env.CI && !soffice)
      throw new Error('CI must install LibreOffice (libreoffice-calc)');
  });

  it.skipIf(!soffice)(
    'valid: the same report saved by LibreOffice Calc as .ods (its own format), read with the same records',
    async () => {
      const xlsx = await workbook([
        {
          name: ACTIVITIES,
          rows: [...TITLE_BLOCK, ...HEADER, ...DATA],
          merges: [...TITLE_MERGES, ...HEADER_MERGES, ...DATA_MERGES],
        },
      ]);
      const fromXlsx = await check('bao-cao.xlsx', xlsx);
      const { result, errors, warnings, infos } = await check(
        'bao-cao.ods',
        saveAsOds('bao-cao', xlsx),
      );
      expect(errors).toEqual([]);
      expect(warnings).toEqual(['unknown_column']);
      expect(result.records.map((entry) => entry.record)).toEqual(
        fromXlsx.result.records.map((entry) => entry.record),
      );
      expect(infos.filter((code) => code === 'merged_cells_filled')).toHaveLength(4);
      expect(located(result.issues, 'title_rows_skipped')).toEqual([
        { file: 'bao-cao.ods', sheet: ACTIVITIES, row: 1 },
      ]);
    },
    180_000,
  );

  it('valid: the same report saved as CSV by LibreOffice (merged cells become empty cells, dd/mm/yyyy dates)', async () => {
    // LibreOffice writes every row to the table's full width, quotes only cells that need it, and a date as shown.
    const csv = [
      'ỦY BAN NHÂN DÂN TỈNH BẮC GIANG,,,,CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM,,,,,',
      'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI,,,,Độc lập - Tự do - Hạnh phúc,,,,,',
      ',,,,,,,,,',
      '"BÁO CÁO KẾT QUẢ CÔNG TÁC TUYÊN TRUYỀN PHÒNG, CHỐNG MUA BÁN NGƯỜI NĂM 2024",,,,,,,,,',
      'STT,Mã bản ghi,Loại hoạt động,Ngày bắt đầu,Địa bàn,,,Cơ quan chủ trì,,Số hoạt động',
      ',,,,Cấp,Phiên bản danh mục,Mã tỉnh,Loại cơ quan,Tên cơ quan,',
      '1,HD-01,Buổi tuyên truyền,05/03/2024,province,124/2004,24,Công an cấp tỉnh,Công an tỉnh Bắc Giang,3',
      '2,HD-02,Tập huấn,10/04/2024,province,124/2004,24,Sở Lao động - Thương binh và Xã hội,,1',
      '3,HD-03,"Hội nghị, tọa đàm",20/06/2024,province,124/2004,24,Sở Lao động - Thương binh và Xã hội,,2',
      '',
    ].join('\r\n');
    const { result, errors, warnings } = await check(
      'hoat-dong-phong-ngua.csv',
      encoder.encode(csv),
      'en',
    );
    expect(errors).toEqual([]);
    expect(warnings).toEqual(['unknown_column']);
    expect(result.counts).toEqual({ prevention_activity: 3 });
    expect(result.records[2]?.record).toMatchObject({
      activityType: 'CONFERENCE',
      startDate: '2024-06-20',
      location: { level: 'province', codeListVersion: '124/2004', code: '24' },
      organiser: { type: 'DOLISA' },
    });
    const title = result.issues.find((issue) => issue.code === 'title_rows_skipped');
    expect(title?.location).toEqual({ file: 'hoat-dong-phong-ngua.csv', row: 1 });
    expect(title?.message).toBe(
      'Skipped 3 title row(s) above the column headers (rows 1–4): "ỦY BAN NHÂN DÂN TỈNH…"; "CỘNG HÒA XÃ HỘI CHỦ …"; "SỞ LAO ĐỘNG - THƯƠNG…"; "Độc lập - Tự do - Hạ…"; "BÁO CÁO KẾT QUẢ CÔNG…".',
    );
  });

  it('valid: an Excel CSV with its sep=; line above the title block', async () => {
    const csv = [
      'sep=;',
      'CÔNG AN TỈNH BẮC GIANG;;;',
      'PHÒNG CẢNH SÁT HÌNH SỰ;;;',
      'DANH SÁCH NGƯỜI ĐƯỢC TIẾP NHẬN, QUÝ I/2024;;;',
      'Mã bí danh;Nhóm người;Giới tính;Năm sinh',
      'P-1;Nạn nhân;Nữ;1998',
      'P-2;Nạn nhân;Nam;2004',
      '',
    ].join('\r\n');
    const { result, errors, warnings } = await check('person.csv', encoder.encode(csv));
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(result.counts).toEqual({ person: 2 });
    expect(result.records[0]?.record).toEqual({
      id: 'P-1',
      category: 'VICTIM',
      sex: 'FEMALE',
      birthYear: 1998,
    });
    expect(located(result.issues, 'title_rows_skipped')).toEqual([{ file: 'person.csv', row: 2 }]);
    expect(result.tallies[0]).toMatchObject({ lines: 7, rowsRead: 2, recordsMade: 2 });
  });

  it('valid: a district report whose two-level header is typed without merging, Mã huyện beside Mã tỉnh', async () => {
    const bytes = await workbook([
      {
        name: 'prevention_activity',
        rows: [
          ['ỦY BAN NHÂN DÂN HUYỆN LỤC NGẠN'],
          ['PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'],
          ['BÁO CÁO HOẠT ĐỘNG TUYÊN TRUYỀN 6 THÁNG ĐẦU NĂM 2024'],
          [
            'Mã bản ghi',
            'Loại hoạt động',
            'Ngày bắt đầu',
            'Địa bàn',
            null,
            null,
            null,
            'Cơ quan chủ trì',
            'Số hoạt động',
          ],
          [
            null,
            null,
            null,
            'Phiên bản danh mục',
            'Cấp',
            'Mã huyện',
            'Mã tỉnh',
            'Loại cơ quan',
            null,
          ],
          [
            'HD-01',
            'Buổi tuyên truyền',
            '05/03/2024',
            '124/2004',
            'district',
            '215',
            24,
            'Phòng Lao động - Thương binh và Xã hội cấp huyện',
            4,
          ],
        ],
      },
    ]);
    const { result, errors, warnings } = await check('luc-ngan.xlsx', bytes);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(result.records[0]?.record).toMatchObject({
      location: { codeListVersion: '124/2004', level: 'district', code: '215', provinceCode: '24' },
      organiser: { type: 'DISTRICT_LISA_OFFICE' },
    });
    expect(located(result.issues, 'title_rows_skipped')).toEqual([
      { file: 'luc-ngan.xlsx', sheet: 'prevention_activity', row: 1 },
    ]);
  });

  it('unknown_column_did_you_mean: a header with a typing slip under a title block', async () => {
    const bytes = await workbook([
      {
        name: ACTIVITIES,
        rows: [
          ...TITLE_BLOCK.slice(0, 4),
          [
            'Mã bản ghi',
            'Loại hoạt động',
            'Tên hoat độg',
            'Ngày bắt đầu',
            'Địa bàn',
            null,
            null,
            'Cơ quan chủ trì',
            'Số hoạt động',
          ],
          [null, null, null, null, 'Cấp', 'Phiên bản danh mục', 'Mã tỉnh', 'Loại cơ quan', null],
          [
            'HD-01',
            'Tập huấn',
            'Tập huấn cán bộ xã',
            day(4, 10),
            'province',
            '124/2004',
            '24',
            'Công an cấp tỉnh',
            1,
          ],
        ],
        merges: ['A1:D1', 'A4:I4', 'E5:G5', 'A5:A6', 'B5:B6', 'C5:C6', 'D5:D6', 'I5:I6'],
      },
    ]);
    const { result, errors, warnings } = await check('bao-cao.xlsx', bytes, 'en');
    expect(errors).toEqual([]);
    expect(warnings).toEqual(['unknown_column_did_you_mean']);
    const issue = result.issues.find((i) => i.code === 'unknown_column_did_you_mean');
    expect(issue?.location).toEqual({
      file: 'bao-cao.xlsx',
      sheet: ACTIVITIES,
      row: 5,
      column: 'Tên hoat độg',
      cell: 'C5',
    });
    expect(issue?.message).toBe(
      'Column C ("Tên hoat độg") matches no field of the record type; did you mean "Tên hoạt động" (title)? It was ignored.',
    );
    // "Cơ quan chủ trì" over "Loại cơ quan": a parent whose one child sits right under it.
    expect(result.records[0]?.record).toMatchObject({ organiser: { type: 'POLICE_PROVINCIAL' } });
  });

  it('no_records: a report with its header and no data rows, in CSV and in a sheet', async () => {
    const csv = [
      ...TITLE_BLOCK.slice(0, 2).map((row) => row.join(',')),
      'Mã bí danh,Nhóm người,Giới tính',
      ',,',
      '',
    ].join('\n');
    const fromCsv = await check('person.csv', encoder.encode(csv), 'en');
    expect(fromCsv.warnings).toEqual(['no_records']);
    const issue = fromCsv.result.issues.find((i) => i.code === 'no_records');
    expect(issue?.location).toEqual({ file: 'person.csv', row: 3 });
    expect(issue?.message).toBe(
      'No records: there is a header row (row 3) but no data rows under it.',
    );
    const bytes = await workbook([
      {
        name: 'Người',
        rows: [
          ['Mã bí danh', 'Nhóm người', 'Giới tính'],
          ['P-1', 'Nạn nhân', 'Nữ'],
        ],
      },
      { name: 'Bước xử lý', rows: [] },
    ]);
    const fromSheet = await check('bao-cao.xlsx', bytes, 'vi');
    expect(fromSheet.errors).toEqual([]);
    expect(fromSheet.warnings).toEqual(['no_records']);
    expect(located(fromSheet.result.issues, 'no_records')).toEqual([
      { file: 'bao-cao.xlsx', sheet: 'Bước xử lý' },
    ]);
    expect(fromSheet.result.issues.find((i) => i.code === 'no_records')?.message).toBe(
      'Không có bản ghi nào: trang tính "Bước xử lý" trống.',
    );
  });

  it('no_records: a workbook whose sheets have headers and no data rows is one warning at the file', async () => {
    const header = (name: string, cells: Cell[]) => ({
      name,
      rows: [...TITLE_BLOCK.slice(0, 2), cells],
    });
    const blank = await workbook([
      header('Người', ['Mã bí danh', 'Nhóm người', 'Giới tính']),
      header('Bước xử lý', ['Mã bản ghi', 'Người', 'Loại bước', 'Ngày']),
    ]);
    const { result, errors, warnings } = await check('mau-nhap-lieu.xlsx', blank, 'en');
    expect(errors).toEqual([]);
    expect(warnings).toEqual(['no_records']);
    expect(result.issues.find((i) => i.code === 'no_records')).toMatchObject({
      location: { file: 'mau-nhap-lieu.xlsx' },
      message:
        'No records: the workbook has header rows but no data rows (sheets "Người", "Bước xử lý").',
    });
    // Filled in on one sheet, the other sheets' empty tables are what a template leaves: no warning.
    const filled = await workbook([
      {
        name: 'Người',
        rows: [
          ['Mã bí danh', 'Nhóm người', 'Giới tính'],
          ['P-1', 'Nạn nhân', 'Nữ'],
        ],
      },
      header('Bước xử lý', ['Mã bản ghi', 'Người', 'Loại bước', 'Ngày']),
    ]);
    const used = await check('mau-nhap-lieu.xlsx', filled, 'en');
    expect(used.errors).toEqual([]);
    expect(used.warnings).toEqual([]);
  });

  it('no_records: an error when nothing at all (not even a header) was read and records are required', async () => {
    const empty = await validate(
      readFile({ name: 'person.csv', bytes: encoder.encode('') }, { locale: 'en' }),
      { locale: 'en', requireRecords: true },
    );
    expect(empty.ok).toBe(false);
    expect(empty.issues).toMatchObject([
      { code: 'no_records', severity: 'error', message: 'No records: the file is empty.' },
    ]);
    const headerOnly = await validate(
      readFile({ name: 'person.csv', bytes: encoder.encode('id,sex\n') }, { locale: 'en' }),
      { locale: 'en', requireRecords: true },
    );
    // A header was read: with no data rows it stays a warning even when records are required (a blank template).
    expect(headerOnly.ok).toBe(true);
    expect(headerOnly.issues).toMatchObject([{ code: 'no_records', severity: 'warning' }]);
    // A JSON array with nothing in it says nothing itself: required, it is one no_records error.
    const json = await validate(
      readFile({ name: 'person.json', bytes: encoder.encode('[]') }, { locale: 'en' }),
      { locale: 'en', requireRecords: true },
    );
    expect(json.issues).toMatchObject([
      {
        code: 'no_records',
        severity: 'error',
        message: 'No records: nothing at all was read from the input.',
      },
    ]);
  });

  it('xls_not_supported: a report kept in the old Excel format', async () => {
    const ole2 = new Uint8Array(512);
    ole2.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    for (const name of ['bao-cao-2024.xls', 'bao-cao-2024.xlsx']) {
      const { result, errors } = await check(name, ole2);
      expect(errors).toEqual(['xls_not_supported']);
      expect(result.issues[0]?.location).toEqual({ file: name });
      expect(result.issues[0]?.hint).toContain('.xlsx hoặc .ods');
    }
  });
});
