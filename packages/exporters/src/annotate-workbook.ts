import type { Issue, Severity } from '@vntip/core';
import ExcelJS from 'exceljs';
import { escapeCell } from './spreadsheet-safety';

/**
 * Name of the first sheet of an annotated workbook, which lists every issue. Excel forbids `/` in sheet names, so
 * the separator is U+2215 DIVISION SLASH, which looks the same.
 */
export const ISSUES_SHEET_NAME = 'Lỗi \u2215 Issues';

/** The officer's input: XLSX bytes, or the rows of a CSV or ODS file as read (kept as text). */
export type AnnotateInput =
  | { readonly kind: 'xlsx'; readonly bytes: Uint8Array }
  | {
      readonly kind: 'rows';
      readonly sheet: string;
      readonly rows: readonly (readonly string[])[];
    };

/** Options of `annotateWorkbook`. */
export interface AnnotateOptions {
  /** Language of the issue sheet's headers. @default 'vi' */
  readonly lang?: 'vi' | 'en';
  /** Issues found but not listed (a cap was hit); the issue sheet says so when above 0. @default 0 */
  readonly notListed?: number;
}

// Error red, warning yellow; info cells get a light blue so they can be found without alarming anyone.
const FILLS: Record<Severity, string> = {
  error: 'FFFF8080',
  warning: 'FFFFE066',
  info: 'FFDDEBF7',
};
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const HEADERS = {
  vi: [
    'Mức độ',
    'Mã lỗi',
    'Thông báo',
    'Gợi ý',
    'Trang tính',
    'Dòng',
    'Cột',
    'Tiêu đề',
    'Giá trị',
    'Ô',
  ],
  en: ['Severity', 'Code', 'Message', 'Hint', 'Sheet', 'Row', 'Column', 'Header', 'Value', 'Cell'],
} as const;
const SEVERITY_WORDS = {
  vi: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' },
  en: { error: 'Error', warning: 'Warning', info: 'Info' },
} as const;

/**
 * Returns the officer's workbook with every cell that has an issue filled (red error, yellow warning, light blue
 * info) and commented (message and hint; several issues on one cell share one comment), plus a first sheet
 * "Lỗi / Issues" listing every issue with a link to its cell. Values and sheets are kept.
 */
export async function annotateWorkbook(
  input: AnnotateInput,
  issues: readonly Issue[],
  options: AnnotateOptions = {},
): Promise<Uint8Array> {
  const lang = options.lang ?? 'vi';
  const workbook = new ExcelJS.Workbook();
  if (input.kind === 'xlsx') {
    await workbook.xlsx.load(input.bytes as unknown as ArrayBuffer);
  } else {
    const sheet = workbook.addWorksheet(safeSheetName(input.sheet));
    for (const row of input.rows) {
      const added = sheet.addRow([...row]);
      added.eachCell((cell) => {
        cell.numFmt = '@';
      });
    }
  }
  const fallbackSheet = workbook.worksheets[0]?.name;
  const byCell = new Map<string, Issue[]>();
  for (const issue of issues) {
    const ref = cellOf(issue);
    const sheet = issue.location?.sheet ?? fallbackSheet;
    if (ref === undefined || sheet === undefined || workbook.getWorksheet(sheet) === undefined)
      continue;
    const key = `${sheet}\u0000${ref}`;
    byCell.set(key, [...(byCell.get(key) ?? []), issue]);
  }
  for (const [key, list] of byCell) {
    const [sheetName, ref] = key.split('\u0000') as [string, string];
    const cell = workbook.getWorksheet(sheetName)?.getCell(ref);
    if (cell === undefined) continue;
    const worst = list.reduce((a, b) => (RANK[b.severity] < RANK[a.severity] ? b : a)).severity;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILLS[worst] } };
    const text = list
      .map(
        (i) =>
          `${SEVERITY_WORDS[lang][i.severity]} [${i.code}]: ${i.message}${i.hint ? `\n→ ${i.hint}` : ''}`,
      )
      .join('\n\n');
    cell.note = text;
  }
  const list = workbook.addWorksheet(ISSUES_SHEET_NAME);
  list.addRow([...HEADERS[lang]]).font = { bold: true };
  if ((options.notListed ?? 0) > 0) {
    list.addRow([
      lang === 'vi'
        ? `Còn ${options.notListed} vấn đề không được liệt kê (đã đạt giới hạn).`
        : `${options.notListed} more issues were not listed (a cap was reached).`,
    ]);
  }
  for (const issue of issues) {
    const ref = cellOf(issue);
    const sheet = issue.location?.sheet ?? (ref === undefined ? undefined : fallbackSheet);
    const row = list.addRow([
      SEVERITY_WORDS[lang][issue.severity],
      issue.code,
      escapeCell(issue.message),
      escapeCell(issue.hint ?? ''),
      escapeCell(sheet ?? ''),
      issue.location?.row ?? '',
      columnLetter(issue) ?? '',
      escapeCell(text(issue.params?.header ?? headerOf(issue))),
      escapeCell(text(issue.params?.value ?? issue.params?.received)),
      ref ?? '',
    ]);
    row.getCell(1).fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: FILLS[issue.severity] },
    };
    if (ref !== undefined && sheet !== undefined && workbook.getWorksheet(sheet) !== undefined) {
      row.getCell(10).value = { text: ref, hyperlink: `#'${sheet.replaceAll("'", "''")}'!${ref}` };
    }
  }
  list.columns.forEach((column, index) => {
    column.width = index === 2 || index === 3 ? 60 : 14;
  });
  // Move the issue sheet first (exceljs writes sheets in the order of its internal list).
  const listId = list.id;
  const ordered = [list, ...workbook.worksheets.filter((s) => s.id !== listId)];
  ordered.forEach((sheet, index) => {
    (sheet as unknown as { orderNo: number }).orderNo = index;
  });
  (workbook as unknown as { _worksheets: unknown[] })._worksheets = [
    undefined,
    list,
    ...workbook.worksheets.filter((s) => s.id !== listId),
  ];
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The header the readers and the engine put in `location.column` (text), when the params name none. */
function headerOf(issue: Issue): string | undefined {
  const column = issue.location?.column;
  return typeof column === 'string' ? column : undefined;
}

function text(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

function cellOf(issue: Issue): string | undefined {
  const loc = issue.location;
  if (loc?.cell !== undefined && /^[A-Z]{1,3}[0-9]+$/u.test(loc.cell)) return loc.cell;
  const letter = columnLetter(issue);
  if (letter !== undefined && loc?.row !== undefined) return `${letter}${loc.row}`;
  return undefined;
}

function columnLetter(issue: Issue): string | undefined {
  const loc = issue.location;
  if (loc?.cell !== undefined) return /^[A-Z]+/u.exec(loc.cell)?.[0];
  if (typeof loc?.column === 'number') return letterOf(loc.column);
  return undefined;
}

function letterOf(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function safeSheetName(name: string): string {
  return name.replace(/[\\/?*[\]:]/gu, '_').slice(0, 31) || 'Sheet1';
}
