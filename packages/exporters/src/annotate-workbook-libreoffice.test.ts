// Headless LibreOffice opens the annotated workbook and renders it to PNG, kept in test-artifacts/ (gitignored)
// so a person can see the red cells. Skipped only where soffice is missing, and never in CI.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { annotateWorkbook } from './annotate-workbook';

const hasSoffice = spawnSync('soffice', ['--version']).status === 0;
const ARTIFACTS = join(import.meta.dirname, '..', 'test-artifacts');

it('fails in CI when LibreOffice is missing', () => {
  if (process.env.CI && !hasSoffice)
    throw new Error(
      'CI must install LibreOffice (libreoffice-calc) to check the annotated workbook',
    );
});

describe.skipIf(!hasSoffice)('annotateWorkbook in LibreOffice', () => {
  it('opens and renders the annotated workbook with its fills', { timeout: 120_000 }, async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Người');
    ws.addRow(['Mã', 'Giới tính', 'Tỉnh']);
    ws.addRow(['P-1', 'F', 'Bắc Giang']);
    const dir = await mkdtemp(join(tmpdir(), 'vntip-annotate-lo-'));
    try {
      // LibreOffice prints the first sheet to PDF; render the data sheet alone to see its fills.
      const out = await annotateWorkbook(
        { kind: 'xlsx', bytes: new Uint8Array(await wb.xlsx.writeBuffer()) },
        [
          {
            code: 'invalid_code',
            severity: 'error',
            path: ['sex'],
            message: 'Giới tính "F" không hợp lệ',
            location: { sheet: 'Người', row: 2, cell: 'B2' },
          },
        ],
      );
      const input = join(dir, 'annotated.xlsx');
      await writeFile(input, out);
      const result = spawnSync(
        'soffice',
        [
          `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          input,
        ],
        { encoding: 'utf8', timeout: 110_000 },
      );
      expect(result.status, result.stderr).toBe(0);
      const pdf = join(dir, 'annotated.pdf');
      expect(existsSync(pdf)).toBe(true);
      await mkdir(ARTIFACTS, { recursive: true });
      const png = spawnSync('pdftoppm', [
        '-png',
        '-r',
        '60',
        pdf,
        join(ARTIFACTS, 'annotated-workbook'),
      ]);
      expect(png.status).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
