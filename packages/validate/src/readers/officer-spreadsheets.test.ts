// Spreadsheets laid out the way Vietnamese provincial reports are: a title block above the header, two-level
// headers in merged cells, merged data cells, Vietnamese labels, LibreOffice- and Excel-saved CSV. Each invalid
// case names the issue code it must raise and where; each valid case must give no error at all.
import type { Issue } from '@vntip/core';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../builtin-rules';
import { validate } from '../validate';
import { readFile } from './read-file';

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
  [
    'ỦY BAN NHÂN DÂN TỈNH BẮC GIANG',
    null,
    null,
    null,
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  ],
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
  [2, 'HD-02', 'Tập huấn', day(4, 10), null, null, null, 'Sở Lao động - Thương binh và Xã hội', null, 1],
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
    const { result, errors, warnings, infos } = await check('bao-cao-tuyen-truyen-2024.xlsx', bytes);
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
    expect(title?.location).toEqual({ file: 'bao-cao-tuyen-truyen-2024.xlsx', sheet: ACTIVITIES, row: 1 });
    expect(title?.params).toMatchObject({ count: 4, rows: '1–5', header: 6 });
    expect(title?.message).toContain('"ỦY BAN NHÂN DÂN TỈN…"');
    expect(title?.message).toContain('"BÁO CÁO KẾT QUẢ CÔN…"');
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
});
