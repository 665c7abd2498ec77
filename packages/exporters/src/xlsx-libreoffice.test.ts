// A real spreadsheet application reads our XLSX: headless LibreOffice converts each workbook's first sheet to CSV,
// which must hold the same table as our own CSV export. Skipped with a printed reason where LibreOffice is missing,
// except in CI (`CI` set), where a missing LibreOffice fails.
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMemorySink, type ExportRecord, exportRecords } from '@vntip/core';
import { SAMPLE_RECORDS } from '@vntip/core/testing';
import { readOds, readXlsx } from '@vntip/read';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { csvExporter } from './csv';
import { XLSX_TEMPLATE_FILE, xlsxExporter } from './xlsx';

const FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1';
const soffice = findSoffice();
const reason =
  'LibreOffice (soffice) is not installed: apt-get install -y --no-install-recommends libreoffice-calc';
if (!soffice && !process.env.CI)
  process.stderr.write(`xlsx-libreoffice.test.ts skipped: ${reason}\n`);

/** The sample plus copies whose names are formulas or Vietnamese text, to see what LibreOffice makes of them. */
const records: ExportRecord[] = [
  ...SAMPLE_RECORDS,
  ...['=1+1', '@SUM(A1)', '-', "'quoted", 'Thừa Thiên Huế 🇻🇳'].flatMap((name, i) =>
    SAMPLE_RECORDS.filter((entry) => entry.recordType === 'person').map((entry) => ({
      recordType: entry.recordType,
      record: {
        ...(entry.record as object),
        id: `P-LO-${i}`,
        residence: { ...(entry.record as { residence: object }).residence, name },
      },
    })),
  ),
];

describe('xlsxExporter in LibreOffice', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('fails in CI when LibreOffice is missing', () => {
    if (process.env.CI && !soffice)
      throw new Error(`${reason} (CI must run the LibreOffice check)`);
  });

  it.skipIf(!soffice)(
    'converts each workbook to the same table as the CSV export, titles row aside',
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'vntip-lo-'));
      dirs.push(dir);
      const xlsx = await exportTo(xlsxExporter, {});
      const csv = await exportTo(csvExporter, {});
      await mkdir(join(dir, 'in'));
      for (const [name, bytes] of xlsx) await writeFile(join(dir, 'in', name), bytes);
      const result = spawnSync(
        soffice as string,
        [
          '--headless',
          `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
          '--convert-to',
          FILTER,
          '--outdir',
          join(dir, 'out'),
          ...[...xlsx.keys()].map((name) => join(dir, 'in', name)),
        ],
        { encoding: 'utf8', timeout: 150_000 },
      );
      expect(result.status, result.stderr).toBe(0);
      expect([...xlsx.keys()].map((name) => name.replace('.xlsx', '.csv'))).toEqual([
        ...csv.keys(),
      ]);
      for (const [name, bytes] of csv) {
        const converted = parseCsv(await readFile(join(dir, 'out', name), 'utf8'));
        const ours = parseCsv(new TextDecoder().decode(bytes));
        // Row 1 holds the field titles, for people; row 2 (hidden) the field ids, which are our CSV header.
        expect(converted.slice(1).map(normalizeRow), name).toEqual(ours.map(normalizeRow));
      }
    },
    180_000,
  );

  it.skipIf(!soffice)(
    'reads a template filled with labels the same after LibreOffice re-saves it as xlsx and as ods',
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'vntip-lo-'));
      dirs.push(dir);
      const sink = createMemorySink();
      await exportRecords([], {
        exporter: xlsxExporter,
        options: { template: true },
        sink,
        profile: 'internal',
      });
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(sink.files.get(XLSX_TEMPLATE_FILE)?.bytes as unknown as ArrayBuffer);
      // A fictional person, picked from the dropdowns by label.
      (book.getWorksheet('Người') as ExcelJS.Worksheet).getRow(3).values = [
        'P-MAU-1',
        'Nạn nhân',
        'Nữ',
        1999,
      ];
      await mkdir(join(dir, 'in'));
      const filled = join(dir, 'in', 'mau.xlsx');
      await writeFile(filled, new Uint8Array(await book.xlsx.writeBuffer()));
      for (const format of ['xlsx', 'ods'] as const) {
        const result = spawnSync(
          soffice as string,
          [
            '--headless',
            `-env:UserInstallation=${pathToFileURL(join(dir, `profile-${format}`)).href}`,
            '--convert-to',
            format,
            '--outdir',
            join(dir, format),
            filled,
          ],
          { encoding: 'utf8', timeout: 150_000 },
        );
        expect(result.status, result.stderr).toBe(0);
        const file = {
          name: `mau.${format}`,
          bytes: new Uint8Array(await readFile(join(dir, format, `mau.${format}`))),
        };
        const records: unknown[] = [];
        const issues: { code: string; severity: string }[] = [];
        for await (const chunk of (format === 'xlsx' ? readXlsx : readOds)(file, {
          locale: 'en',
        })) {
          for (const event of Array.isArray(chunk) ? chunk : [chunk]) {
            if (event.kind === 'record') records.push(event.value);
            else if (event.kind === 'issue') issues.push(event.issue);
          }
        }
        expect(records, format).toEqual([
          { id: 'P-MAU-1', category: 'VICTIM', sex: 'FEMALE', birthYear: 1999 },
        ]);
        expect(
          issues.filter((issue) => issue.severity === 'error'),
          format,
        ).toEqual([]);
      }
    },
    180_000,
  );
});

// --- Internal helpers ---

function findSoffice(): string | undefined {
  for (const name of ['soffice', 'libreoffice']) {
    const found = spawnSync(name, ['--version'], { encoding: 'utf8' });
    if (found.status === 0) return name;
  }
  return undefined;
}

async function exportTo(
  exporter: typeof xlsxExporter | typeof csvExporter,
  options: object,
): Promise<Map<string, Uint8Array>> {
  const sink = createMemorySink();
  const result = await exportRecords(records, { exporter, options, sink, profile: 'internal' });
  expect(result.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  // Only the tables: the host may add files of its own (a report) beside them.
  return new Map(
    [...sink.files]
      .filter(([name]) => /\.(xlsx|csv)$/.test(name))
      .map(([name, file]) => [name, file.bytes]),
  );
}

/**
 * What legitimately differs between a cell as LibreOffice shows it and as our CSV writes it: dates shown dd/mm/yyyy
 * (the Vietnamese format of our date cells) against YYYY-MM-DD, booleans shown TRUE/FALSE, and the decimal point of
 * LibreOffice's English locale against our decimal comma.
 */
function normalizeRow(row: readonly string[]): string[] {
  return row.map((cell) => {
    const date = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(cell);
    if (date) return `${date[3]}-${date[2]}-${date[1]}`;
    if (cell === 'TRUE' || cell === 'FALSE') return cell.toLowerCase();
    if (/^-?\d+,\d+$/.test(cell)) return cell.replace(',', '.');
    return cell;
  });
}

/** RFC 4180 rows; a trailing line end ends the last row. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}
