import type { Issue } from '@vntip/core';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { annotateWorkbook, ISSUES_SHEET_NAME } from './annotate-workbook';

async function officerWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Hoạt động');
  ws.getCell('A1').value = 'ỦY BAN NHÂN DÂN TỈNH BẮC GIANG';
  ws.mergeCells('A1:D1');
  ws.getCell('A3').value = 'Mã';
  ws.getCell('B3').value = 'Địa bàn';
  ws.mergeCells('B3:C3');
  ws.getCell('B4').value = 'Cấp';
  ws.getCell('C4').value = 'Mã tỉnh';
  ws.addRow(['A-1', 'Cấp tỉnh', 'Bắc Giang']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function sheetOf(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = wb.getWorksheet(name);
  if (sheet === undefined) throw new Error(`no sheet ${name}`);
  return sheet;
}

const issues: Issue[] = [
  {
    code: 'invalid_code',
    severity: 'error',
    path: ['x'],
    message: '=HYPERLINK("x") sai',
    hint: 'Sửa',
    location: { sheet: 'Hoạt động', row: 5, cell: 'C5' },
  },
  {
    code: 'label_read',
    severity: 'warning',
    path: ['x'],
    message: 'đọc là tỉnh',
    location: { sheet: 'Hoạt động', row: 5, cell: 'C5' },
  },
  {
    code: 'near',
    severity: 'warning',
    path: ['y'],
    message: 'gần',
    location: { sheet: 'Hoạt động', row: 5, column: 2 },
  },
  {
    code: 'no_records',
    severity: 'warning',
    path: [],
    message: 'tệp',
    location: { file: 'a.xlsx' },
  },
];

describe('annotateWorkbook', () => {
  it('fills, comments and lists every issue with links, keeping values', async () => {
    const out = await annotateWorkbook({ kind: 'xlsx', bytes: await officerWorkbook() }, issues);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual([ISSUES_SHEET_NAME, 'Hoạt động']);
    const ws = sheetOf(wb, 'Hoạt động');
    expect(ws.getCell('A1').value).toBe('ỦY BAN NHÂN DÂN TỈNH BẮC GIANG');
    expect(ws.getCell('C5').value).toBe('Bắc Giang');
    expect((ws.getCell('C5').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFF8080');
    expect((ws.getCell('B5').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFE066');
    expect(JSON.stringify(ws.getCell('C5').note)).toContain('đọc là tỉnh');
    expect(ws.getCell('A5').fill).toBeUndefined();
    const list = sheetOf(wb, ISSUES_SHEET_NAME);
    expect(list.rowCount).toBe(5);
    expect(list.getCell('C2').value).toBe('\'=HYPERLINK("x") sai');
    expect(list.getCell('J2').value).toEqual({ text: 'C5', hyperlink: "#'Hoạt động'!C5" });
    expect(list.getCell('J5').value).toBe('');
  });

  it('turns CSV rows into one text sheet', async () => {
    const out = await annotateWorkbook(
      { kind: 'rows', sheet: 'person.csv', rows: [['id'], ['007']] },
      [{ code: 'x', severity: 'error', path: [], message: 'm', location: { row: 2, column: 1 } }],
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out as unknown as ArrayBuffer);
    const ws = sheetOf(wb, 'person.csv');
    expect(ws.getCell('A2').value).toBe('007');
    expect((ws.getCell('A2').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFF8080');
  });
});
