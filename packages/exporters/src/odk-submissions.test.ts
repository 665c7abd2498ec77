import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ImportFile, importRecords } from '@vntip/core';
import { validate } from '@vntip/validate';
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { concatBytes, endRecord, storedEntry } from './internal/package-zip';
import { odkSubmissionsImporter } from './odk-submissions';
import { createXlsForm } from './xlsform';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../test/fixtures/submissions');
const FORM = 'vntip_person_process_event_support_service';

function odkFiles(): Record<string, Uint8Array> {
  const folder = join(fixtures, 'odk-central');
  return Object.fromEntries(
    readdirSync(folder).map((name) => [name, new Uint8Array(readFileSync(join(folder, name)))]),
  );
}

/** ODK Central's "Download" of the form's submissions: the CSV files in `<form>.csv.zip`. */
function odkZip(): ImportFile {
  return { name: `${FORM}.csv.zip`, bytes: zipSync(odkFiles()) };
}

function kobo(name: string): ImportFile {
  return { name, bytes: new Uint8Array(readFileSync(join(fixtures, 'kobo', name))) };
}

async function importAndValidate(files: readonly ImportFile[]) {
  return validate(importRecords(files, { importer: odkSubmissionsImporter, locale: 'en' }));
}

const EXPECTED_PERSON = {
  id: 'BG-2024-017',
  category: 'VICTIM',
  sex: 'FEMALE',
  birthYear: 2003,
  ethnicity: { codeSystem: 'VN-GSO-121-1979', code: '01' },
  nationality: 'VN',
  residence: { codeListVersion: '124/2004', level: 'province', code: '24', name: 'Tỉnh Bắc Giang' },
  householdPoverty: 'NEAR_POOR',
  disability: false,
};

describe('odkSubmissionsImporter', () => {
  it('reads the fixture laid out as the current form lays it out', () => {
    const form = createXlsForm();
    const names = form.sheets.survey.rows
      .filter(([type]) => !type?.startsWith('begin_') && !type?.startsWith('end_'))
      .map(([, name]) => name);
    const columns = JSON.parse(readFileSync(join(fixtures, 'form-columns.json'), 'utf8')) as Record<
      string,
      { name: string }[]
    >;
    expect(Object.values(columns).flatMap((table) => table.map((column) => column.name))).toEqual(
      names,
    );
  });

  it('imports an ODK Central download into records that validate', async () => {
    const result = await importAndValidate([odkZip()]);
    expect(result.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    const byType = (type: string) => result.records.filter((entry) => entry.recordType === type);
    expect(byType('person')).toHaveLength(3);
    expect(byType('process_event')).toHaveLength(5);
    expect(byType('support_service')).toHaveLength(2);
    expect(byType('person')[0]?.record).toEqual(EXPECTED_PERSON);
    expect(byType('process_event').map((entry) => entry.record.id)).toContain(
      'BG-2024-017.process_event.2',
    );
    const shelter = byType('process_event').find((entry) => entry.record.type === 'SHELTER');
    expect(shelter?.record).toEqual({
      id: 'BG-2024-017.process_event.2',
      personId: 'BG-2024-017',
      type: 'SHELTER',
      date: '2024-03-13',
      shelter: {
        facility: { type: 'SOCIAL_ASSISTANCE_FACILITY', name: 'Cơ sở trợ giúp xã hội tỉnh' },
        entryDate: '2024-03-13',
        exitDate: '2024-04-20',
      },
      lawVersion: '2011',
    });
    const followUp = byType('process_event').find(
      (entry) => entry.record.type === 'REINTEGRATION_FOLLOW_UP',
    );
    expect(followUp?.record.location).toEqual({
      codeListVersion: '19/2025',
      level: 'province',
      code: '24',
      name: 'Tỉnh Bắc Ninh',
    });
    const support = byType('support_service')[0]?.record;
    expect(support).toMatchObject({
      supportType: { lawVersion: '2011', code: 'ESSENTIAL_NEEDS_AND_TRAVEL' },
      amountVnd: 1_500_000,
    });
  });

  it('imports the CSV files of the download given one by one', async () => {
    const files = Object.entries(odkFiles()).map(([name, bytes]) => ({ name, bytes }));
    const result = await importAndValidate(files);
    expect(result.records).toHaveLength(10);
    expect(result.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  });

  it('imports a KoboToolbox XLSX export (a sheet per repeat, groups in headers) into the same records', async () => {
    const odk = await importAndValidate([odkZip()]);
    const result = await importAndValidate([kobo('submissions.xlsx')]);
    expect(result.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    const plain = (records: typeof result.records) =>
      records
        .map((entry) => [entry.recordType, entry.record])
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    expect(plain(result.records)).toEqual(plain(odk.records));
    expect(result.records[0]?.location).toMatchObject({ file: 'submissions.xlsx', row: 2 });
  });

  it('imports a KoboToolbox CSV export (`;`, every value quoted, no groups in headers)', async () => {
    const result = await importAndValidate([kobo('submissions.csv')]);
    expect(result.records.map((entry) => entry.record)).toContainEqual(EXPECTED_PERSON);
    expect(result.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  });

  it('reports a cell that is not of the question’s type where it is, and validation fails the record', async () => {
    const files = odkFiles();
    const main = new TextDecoder().decode(files[`${FORM}.csv`]).replace(',2003,', ',hai nghìn,');
    files[`${FORM}.csv`] = new TextEncoder().encode(main);
    const result = await importAndValidate([{ name: `${FORM}.csv.zip`, bytes: zipSync(files) }]);
    const issue = result.issues.find((entry) => entry.code === 'invalid_cell_value');
    expect(issue).toMatchObject({
      severity: 'error',
      location: { file: `${FORM}.csv.zip/${FORM}.csv`, row: 2, column: 'person-person.birthYear' },
      message:
        'The value "hai nghìn" in column person-person.birthYear cannot be read as a whole number.',
    });
    expect(result.issues.some((entry) => entry.code === 'invalid_type')).toBe(true);
  });

  it('refuses a label-headed KoboToolbox export and says how to export it again', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('VN-TIP');
    sheet.addRow(['Giới tính', 'Năm sinh', '_id']);
    sheet.addRow(['Nữ', 2003, 1]);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const result = await validate(
      importRecords([{ name: 'labels.xlsx', bytes }], {
        importer: odkSubmissionsImporter,
        locale: 'vi',
      }),
    );
    const [issue] = result.issues;
    expect(issue).toMatchObject({ code: 'submission_labels_export', severity: 'error' });
    expect(issue?.message).toContain('"Giới tính"');
    expect(issue?.hint).toContain('XML values and headers');
    expect(result.records).toEqual([]);
  });

  it('warns about a question added to the form by hand and ignores it', async () => {
    const files = odkFiles();
    const name = `${FORM}-support_service.csv`;
    const lines = new TextDecoder().decode(files[name]).split('\n');
    const patched = lines.map((line, i) =>
      line === '' ? line : `${line},${i === 0 ? 'ghi_chu' : 'x'}`,
    );
    files[name] = new TextEncoder().encode(patched.join('\n'));
    const result = await importAndValidate([{ name: `${FORM}.csv.zip`, bytes: zipSync(files) }]);
    const warning = result.issues.find((issue) => issue.code === 'submission_unknown_column');
    expect(warning).toMatchObject({ severity: 'warning', location: { row: 1, column: 'ghi_chu' } });
    expect(result.records).toHaveLength(10);
  });

  it('reports a damaged zip instead of throwing', async () => {
    const result = await importAndValidate([
      { name: 'submissions.csv.zip', bytes: new Uint8Array([80, 75, 3, 4, 1]) },
    ]);
    expect(result.issues.map((issue) => issue.code)).toEqual(['invalid_archive']);
  });

  it('reads submission zips with the bounded zip reader: duplicates and bombs refused with their codes', async () => {
    const files = odkFiles();
    const name = `${FORM}.csv`;
    // The main table twice: a plain unzip keeps the second, forged one.
    const forged = new TextEncoder().encode('forged\n1\n');
    const locals: Uint8Array[] = [];
    const centrals: Uint8Array[] = [];
    let offset = 0;
    for (const [entry, content] of [...Object.entries(files), [name, forged] as const]) {
      const { local, central } = storedEntry(entry, content, offset);
      locals.push(local);
      centrals.push(central);
      offset += local.length;
    }
    const directory = concatBytes(centrals);
    const twice = concatBytes([
      ...locals,
      directory,
      endRecord(centrals.length, directory.length, offset),
    ]);
    expect(unzipSync(twice)[name]).toEqual(forged);
    const duplicate = await importAndValidate([{ name: `${FORM}.csv.zip`, bytes: twice }]);
    expect(duplicate.issues.map((issue) => issue.code)).toEqual(['archive_duplicate_entry']);
    // Names that unpack outside the folder, or only the case of the main table changed: refused the same way.
    const unsafe = zipSync({ ...files, '../x.csv': forged });
    expect(Object.keys(unzipSync(unsafe))).toContain('../x.csv');
    const outside = await importAndValidate([{ name: `${FORM}.csv.zip`, bytes: unsafe }]);
    expect(outside.issues.map((issue) => issue.code)).toEqual(['archive_unsafe_entry_name']);
    const cased = zipSync({ ...files, [name.toUpperCase()]: forged });
    const collision = await importAndValidate([{ name: `${FORM}.csv.zip`, bytes: cased }]);
    expect(collision.issues.map((issue) => issue.code)).toEqual(['archive_name_collision']);
    const bomb = zipSync({ ...files, 'zeros.csv': new Uint8Array(16 * 1024 * 1024) }, { level: 9 });
    const refused = await importAndValidate([{ name: `${FORM}.csv.zip`, bytes: bomb }]);
    expect(refused.issues.map((issue) => issue.code)).toEqual(['archive_ratio_exceeded']);
  });

  it('checks a workbook with the bounded zip reader before the workbook library inflates it', async () => {
    const [workbook] = readdirSync(join(fixtures, 'kobo')).filter((file) => file.endsWith('.xlsx'));
    const book = kobo(workbook ?? '');
    const parts = unzipSync(book.bytes as Uint8Array);
    const bomb = zipSync(
      { ...parts, 'xl/media/zeros.bin': new Uint8Array(16 * 1024 * 1024) },
      {
        level: 9,
      },
    );
    const result = await importAndValidate([{ name: book.name, bytes: bomb }]);
    expect(result.issues.map((issue) => issue.code)).toEqual(['archive_ratio_exceeded']);
    expect(result.records).toHaveLength(0);
  });
});
