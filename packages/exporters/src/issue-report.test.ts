import type { Issue } from '@vntip/core';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { issueReport } from './issue-report';

const issues: Issue[] = [
  {
    code: 'invalid_code',
    severity: 'error',
    path: ['sex'],
    message: '=1+1 <b>sai</b>',
    location: { sheet: 'Người', row: 3, cell: 'B3' },
  },
];

describe('issueReport', () => {
  it('writes CSV with a BOM and escaped formulas', async () => {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      await issueReport(issues, 'csv', 'vi'),
    );
    expect(text.startsWith('\uFEFF"Mức độ"')).toBe(true);
    expect(text).toContain(`"'=1+1 <b>sai</b>"`);
  });

  it('writes escaped HTML with a lang attribute', async () => {
    const html = new TextDecoder().decode(await issueReport(issues, 'html', 'en'));
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('&#60;b&#62;sai');
    expect(html).not.toContain('<b>');
  });

  it('writes an XLSX listing every issue', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await issueReport(issues, 'xlsx', 'en')) as unknown as ArrayBuffer);
    expect(wb.getWorksheet('Issues')?.getCell('I2').value).toBe('B3');
    expect(wb.getWorksheet('Issues')?.getCell('C2').value).toBe("'=1+1 <b>sai</b>");
  });
});
