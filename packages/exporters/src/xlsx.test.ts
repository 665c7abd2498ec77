import { createMemorySink, exportRecords, importRecords } from '@vntip/core';
import { exporterConformance, SAMPLE_RECORDS } from '@vntip/core/testing';
import { RECORD_TYPE_SCHEMA_FILES } from '@vntip/schema';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';
import { XLSX_SINGLE_FILE, XLSX_TEMPLATE_FILE, xlsxExporter, xlsxImporter } from './xlsx';

describe('xlsxExporter conformance', () => {
  for (const c of exporterConformance({ exporter: xlsxExporter, importer: xlsxImporter })) {
    it(c.name, c.run, c.timeout);
  }
});

async function exportXlsx(records: typeof SAMPLE_RECORDS, options: object = {}) {
  const sink = createMemorySink();
  const result = await exportRecords(records, {
    exporter: xlsxExporter,
    options,
    sink,
    profile: 'internal',
  });
  const files = new Map(
    [...sink.files].filter(([name]) => name.endsWith('.xlsx')).map(([n, f]) => [n, f.bytes]),
  );
  return { result, files };
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book;
}

/** The data validation of a cell; exceljs has it at runtime but leaves it out of its type declarations. */
function validationAt(sheet: ExcelJS.Worksheet | undefined, address: string): unknown {
  const withValidations = sheet as unknown as { dataValidations: { find(at: string): unknown } };
  return withValidations.dataValidations.find(address);
}

async function readBack(files: Map<string, Uint8Array>) {
  const records: unknown[] = [];
  const issues: { code: string; params?: Readonly<Record<string, unknown>> }[] = [];
  const input = [...files].map(([name, bytes]) => ({ name, bytes }));
  for await (const chunk of importRecords(input, { importer: xlsxImporter })) {
    for (const event of Array.isArray(chunk) ? chunk : [chunk]) {
      if (event.kind === 'record') records.push(event.value);
      if (event.kind === 'issue') issues.push(event.issue);
    }
  }
  return { records, issues };
}

describe('xlsxExporter', () => {
  it('writes one workbook per record type: titles, hidden field ids, frozen pane, date cells, dropdowns', async () => {
    const { files } = await exportXlsx(SAMPLE_RECORDS);
    expect([...files.keys()]).toEqual([
      'person.xlsx',
      'prevention_activity.xlsx',
      'support_service.xlsx',
      'process_event.xlsx',
      'trafficking_event.xlsx',
    ]);
    const book = await load(files.get('trafficking_event.xlsx') as Uint8Array);
    const [sheet, ...codelists] = book.worksheets;
    expect(sheet?.name).toBe('Sự việc bị mua bán');
    expect(codelists.map((s) => s.name)).toContain('#purpose');
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet?.getRow(1).getCell(1).value).toBe('Mã bản ghi');
    expect(sheet?.getRow(2).hidden).toBe(true);
    expect(sheet?.getRow(2).values).toContain('startDate');
    const startDate = sheet?.getRow(3).getCell(10);
    expect(startDate?.value).toEqual(new Date(Date.UTC(2024, 0, 10)));
    expect(startDate?.numFmt).toBe('dd/mm/yyyy');
    expect(sheet?.getRow(3).getCell(9).value).toBe(3.5);
    expect(sheet?.getRow(3).getCell(8).value).toBe(false);
    expect(validationAt(sheet, 'E3')).toMatchObject({
      type: 'list',
      formulae: ["'#recruiterRelation'!$A$2:$A$9"],
    });
  }, 30_000);

  it('pins document and zip entry dates, and writes no macros', async () => {
    const { files } = await exportXlsx(SAMPLE_RECORDS.slice(0, 1));
    const bytes = files.get('person.xlsx') as Uint8Array;
    const entries = unzipSync(bytes);
    expect(Object.keys(entries).some((name) => /vba|\.bin$/i.test(name))).toBe(false);
    expect(strFromU8(entries['[Content_Types].xml'] as Uint8Array)).not.toMatch(/macroEnabled/);
    expect(strFromU8(entries['docProps/core.xml'] as Uint8Array)).toContain('2025-01-01T00:00:00Z');
    // Every local file header (PK\3\4) carries the DOS date of 2025-01-01 00:00.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const dates = new Set<string>();
    for (let at = 0; at + 30 < bytes.length; at++) {
      if (view.getUint32(at, true) !== 0x04034b50) continue;
      dates.add(`${view.getUint16(at + 12, true)}/${view.getUint16(at + 10, true)}`);
      at += 29;
    }
    expect([...dates]).toEqual([`${((2025 - 1980) << 9) | (1 << 5) | 1}/0`]);
  });

  it('writes headers and date formats in English when asked', async () => {
    const { files } = await exportXlsx(SAMPLE_RECORDS.slice(0, 1), { language: 'en' });
    const [sheet] = (await load(files.get('person.xlsx') as Uint8Array)).worksheets;
    expect(sheet?.name).toBe('Person');
    expect(sheet?.getRow(1).getCell(3).value).toBe('Sex');
    expect((await readBack(files)).records).toEqual([SAMPLE_RECORDS[0]?.record]);
  }, 30_000);

  it('writes one workbook with a sheet per record type on request, which reads back to the same records', async () => {
    const { result, files } = await exportXlsx(SAMPLE_RECORDS, { workbook: 'single' });
    expect(result.issues).toEqual([]);
    expect([...files.keys()]).toEqual([XLSX_SINGLE_FILE]);
    const book = await load(files.get(XLSX_SINGLE_FILE) as Uint8Array);
    const data = book.worksheets.map((sheet) => sheet.name).filter((name) => !name.startsWith('#'));
    expect(data).toHaveLength(new Set(SAMPLE_RECORDS.map((r) => r.recordType)).size);
    const back = await readBack(files);
    expect(back.issues).toEqual([]);
    const sorted = (list: unknown[]) => list.map((r) => canonicalJson(r)).sort();
    expect(sorted(back.records)).toEqual(sorted(SAMPLE_RECORDS.map((r) => r.record)));
  }, 30_000);

  it('writes the blank data-entry template with the same writer, which reads back as no record and one no_records warning', async () => {
    const { result, files } = await exportXlsx([], { template: true });
    expect(result.records).toBe(0);
    expect([...files.keys()]).toEqual([XLSX_TEMPLATE_FILE]);
    const book = await load(files.get(XLSX_TEMPLATE_FILE) as Uint8Array);
    const names = book.worksheets.map((sheet) => sheet.name);
    // One data-entry sheet per record type of the standard.
    expect(names.filter((name) => !name.startsWith('#'))).toHaveLength(
      Object.keys(RECORD_TYPE_SCHEMA_FILES).length,
    );
    expect(names).toContain('Người');
    expect(names).toContain('#sex');
    const person = book.getWorksheet('Người');
    expect(person?.getRow(2).hidden).toBe(true);
    expect(validationAt(person, 'C1002')).toMatchObject({ type: 'list' });
    // Headers and no data rows on every sheet: one warning for the workbook, never an error.
    const back = await readBack(files);
    expect(back.records).toEqual([]);
    expect(back.issues).toMatchObject([
      { code: 'no_records', severity: 'warning', location: { file: XLSX_TEMPLATE_FILE } },
    ]);
  }, 30_000);

  it('reads what an officer types into the template: codes, labels, dates and numbers', async () => {
    const { files } = await exportXlsx([], { template: true });
    const book = await load(files.get(XLSX_TEMPLATE_FILE) as Uint8Array);
    const sheet = book.getWorksheet('Người') as ExcelJS.Worksheet;
    sheet.getRow(3).values = ['P-9', 'VICTIM', 'Nữ', 1999];
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const { records, issues } = await readBack(new Map([['mau.xlsx', bytes]]));
    // The label Nữ is read as FEMALE, and said once.
    expect(issues.map((issue) => [issue.code, issue.params?.code])).toEqual([
      ['code_read_from_label', 'FEMALE'],
    ]);
    expect(records).toEqual([{ id: 'P-9', category: 'VICTIM', sex: 'FEMALE', birthYear: 1999 }]);
  }, 30_000);

  it('lists the labels of the template language in the template dropdowns, by range, and marks required columns', async () => {
    for (const [language, column] of [
      ['vi', 'B'],
      ['en', 'C'],
    ] as const) {
      const { files } = await exportXlsx([], { template: true, language });
      const book = await load(files.get(XLSX_TEMPLATE_FILE) as Uint8Array);
      const person = book.getWorksheet(language === 'vi' ? 'Người' : 'Person');
      const sexRows = book.getWorksheet('#sex')?.rowCount ?? 0;
      expect(validationAt(person, 'C3')).toMatchObject({
        type: 'list',
        formulae: [`'#sex'!$${column}$2:$${column}$${sexRows}`],
      });
      // id, category and sex are required: filled and noted, header text unchanged; birth year is not.
      const header = person?.getRow(1);
      expect(header?.getCell(3).fill).toMatchObject({
        type: 'pattern',
        fgColor: { argb: 'FFFFE699' },
      });
      expect(String(header?.getCell(3).note ?? '')).toMatch(
        language === 'vi' ? /Bắt buộc/ : /Required/,
      );
      expect(header?.getCell(3).value).toBe(language === 'vi' ? 'Giới tính' : 'Sex');
      expect(header?.getCell(4).fill).not.toMatchObject({ pattern: 'solid' });
      expect(header?.getCell(4).note).toBeUndefined();
      // The instructions sheet comes first and gives each column's schema description, required mark and values.
      expect(book.worksheets[0]?.name).toBe(language === 'vi' ? '#Hướng dẫn' : '#Instructions');
      const lines = (book.worksheets[0]?.getSheetValues() ?? []).map((row) =>
        Array.isArray(row) ? row.slice(1).map(String) : [],
      );
      expect(lines).toContainEqual(
        language === 'vi'
          ? ['Giới tính', 'Giới tính.', 'Có', 'Danh sách chọn (trang #sex)']
          : ['Sex', 'Sex.', 'Yes', 'Dropdown (sheet #sex)'],
      );
    }
  }, 30_000);

  it('refuses records in template mode', async () => {
    await expect(exportXlsx(SAMPLE_RECORDS, { template: true })).rejects.toThrow(/blank/);
  });
});
