import type { Issue } from '@vntip/core';
import ExcelJS from 'exceljs';
import { escapeCell } from './spreadsheet-safety';

/** Formats of the plain issue report. */
export type IssueReportFormat = 'xlsx' | 'csv' | 'html';

const HEADERS = {
  vi: ['Mức độ', 'Mã lỗi', 'Thông báo', 'Gợi ý', 'Tệp', 'Trang tính', 'Dòng', 'Cột', 'Ô', 'Trường'],
  en: ['Severity', 'Code', 'Message', 'Hint', 'File', 'Sheet', 'Row', 'Column', 'Cell', 'Field'],
} as const;

/**
 * The plain list of every issue (no cap) as XLSX, CSV (UTF-8 with BOM, so Excel reads Vietnamese right) or one
 * self-contained, escaped HTML page. Text cells are protected against formula injection.
 */
export async function issueReport(
  issues: readonly Issue[],
  format: IssueReportFormat,
  lang: 'vi' | 'en' = 'vi',
): Promise<Uint8Array> {
  const rows = issues.map((i) => [
    i.severity,
    i.code,
    i.message,
    i.hint ?? '',
    i.location?.file ?? '',
    i.location?.sheet ?? '',
    i.location?.row === undefined ? '' : String(i.location.row),
    i.location?.column === undefined ? '' : String(i.location.column),
    i.location?.cell ?? '',
    i.path.join('.'),
  ]);
  const head = [...HEADERS[lang]];
  if (format === 'csv') {
    const line = (cells: readonly string[]) =>
      cells.map((c) => `"${escapeCell(c).replaceAll('"', '""')}"`).join(',');
    return new TextEncoder().encode(`\uFEFF${[head, ...rows].map(line).join('\r\n')}\r\n`);
  }
  if (format === 'html') {
    const esc = (t: string) => t.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);
    const tr = (cells: readonly string[], tag: 'td' | 'th') =>
      `<tr>${cells.map((c) => `<${tag}>${esc(c)}</${tag}>`).join('')}</tr>`;
    const title = lang === 'vi' ? 'Danh sách lỗi' : 'Issues';
    return new TextEncoder().encode(
      `<!doctype html>\n<html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title>` +
        '<style>table{border-collapse:collapse}td,th{border:1px solid #999;padding:2px 6px}</style></head>' +
        `<body><h1>${title}</h1><table>${tr(head, 'th')}${rows.map((r) => tr(r, 'td')).join('')}</table></body></html>\n`,
    );
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(lang === 'vi' ? 'Lỗi' : 'Issues');
  sheet.addRow(head).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map(escapeCell));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
