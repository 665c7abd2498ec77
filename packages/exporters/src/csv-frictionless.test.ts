/// <reference path="../test/datapackage.d.ts" />
// A CSV export is a Frictionless tabular data package: a Frictionless implementation (datapackage-js, with its
// tableschema-js) reads it, casts every cell against the Table Schemas and checks the keys. The control run shows the
// same tool passes the export as written; each broken copy shows it catches the fault.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemorySink, type ExportRecord, exportRecords } from '@vntip/core';
import { SAMPLE_RECORDS } from '@vntip/core/testing';
import { createDeidentifier, readPseudonymKey } from '@vntip/privacy';
import { Package } from 'datapackage';
import { afterAll, describe, expect, it } from 'vitest';
import { CSV_PACKAGE_FILE, csvExporter } from './csv';

/** The kit's sample records, with the person its support and process records name (P-0003), so keys resolve. */
const RECORDS: readonly ExportRecord[] = (() => {
  const person = SAMPLE_RECORDS.find((entry) => entry.recordType === 'person');
  if (!person) throw new Error('the sample has no person');
  return [...SAMPLE_RECORDS, { ...person, record: { ...person.record, id: 'P-0003' } }];
})();

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Writes a CSV export of the records to a new folder and returns it. */
async function exportToFolder(
  records: readonly ExportRecord[],
  options?: object,
  profile: 'internal' | 'public' = 'internal',
): Promise<string> {
  const sink = createMemorySink();
  const deidentify =
    profile === 'public'
      ? createDeidentifier({
          key: readPseudonymKey('c79e5a4ec253bcd655bb99b69d4aa080ac7ace0b889b12ae8c4fabef52a1c8c2'),
          referenceYear: 2024,
          release: 'frictionless-test',
        })
      : undefined;
  await exportRecords(records, {
    exporter: csvExporter,
    options,
    sink,
    profile,
    ...(deidentify ? { deidentify } : {}),
  });
  const dir = mkdtempSync(join(tmpdir(), 'vntip-frictionless-'));
  dirs.push(dir);
  for (const [path, file] of sink.files) writeFileSync(join(dir, path), file.bytes);
  return dir;
}

interface FrictionlessResource {
  name: string;
  read(options: { keyed: boolean; cast: boolean; relations?: boolean }): Promise<unknown[]>;
}

/** Every problem datapackage-js finds: descriptor errors, then each resource's cast and key errors. */
async function frictionlessErrors(dir: string): Promise<string[]> {
  const pkg = await Package.load(join(dir, CSV_PACKAGE_FILE), { basePath: dir });
  const errors: string[] = pkg.errors.map(String);
  for (const resource of pkg.resources as FrictionlessResource[]) {
    try {
      await resource.read({ keyed: true, cast: true, relations: true });
    } catch (error) {
      const nested = (error as { errors?: { message: string }[] }).errors;
      errors.push(
        ...(nested?.length
          ? nested.map((e) => `${resource.name}: ${e.message}`)
          : [`${resource.name}: ${String(error)}`]),
      );
    }
  }
  return errors;
}

const replaceInFile = (path: string, from: string, to: string) => {
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
};

describe('CSV export as a Frictionless tabular data package', () => {
  it('passes a content-checking Frictionless run as written (the control)', async () => {
    const dir = await exportToFolder(RECORDS);
    expect(await frictionlessErrors(dir)).toEqual([]);
    const descriptor = JSON.parse(readFileSync(join(dir, CSV_PACKAGE_FILE), 'utf8'));
    expect(descriptor.profile).toBe('tabular-data-package');
    for (const resource of descriptor.resources) {
      const header = readFileSync(join(dir, resource.path), 'utf8').split('\r\n')[0];
      expect(resource.schema.fields.map((f: { name: string }) => f.name).join(',')).toBe(header);
    }
  });

  // Not with a byte-order mark: tableschema-js keeps it in the first header name (the descriptor still says utf-8,
  // which a BOM-prefixed file is; Python's frictionless strips it).
  it('passes on the bundled Bắc Giang 2024 example', async () => {
    const data = join(import.meta.dirname, '../../../examples/bac-giang-2024/data');
    const records = readdirSync(data).flatMap((file) =>
      (JSON.parse(readFileSync(join(data, file), 'utf8')) as Record<string, unknown>[]).map(
        (record) => ({ recordType: file.replace(/\.json$/, ''), record }),
      ),
    );
    expect(records.length).toBeGreaterThan(10);
    const dir = await exportToFolder(records);
    expect(await frictionlessErrors(dir)).toEqual([]);
  });

  it('passes a public (de-identified) export: generalised values still fit the Table Schemas', async () => {
    const dir = await exportToFolder(RECORDS, undefined, 'public');
    const rows = readFileSync(join(dir, 'prevention_activity.csv'), 'utf8').trimEnd().split('\r\n');
    expect(rows.length).toBeGreaterThan(1);
    expect(await frictionlessErrors(dir)).toEqual([]);
  });

  it('passes with label columns and ";" as the delimiter', async () => {
    const dir = await exportToFolder(RECORDS, { labels: 'vi', delimiter: ';' });
    expect(await frictionlessErrors(dir)).toEqual([]);
  });

  it('fails a code outside its closed codelist, a non-number count and a missing required id', async () => {
    const dir = await exportToFolder(RECORDS);
    const person = readFileSync(join(dir, 'person.csv'), 'utf8').split('\r\n');
    const header = (person[0] ?? '').split(',');
    const row = (person[1] ?? '').split(',');
    row[header.indexOf('sex')] = 'F';
    row[header.indexOf('id')] = '';
    person[1] = row.join(',');
    writeFileSync(join(dir, 'person.csv'), person.join('\r\n'));
    const errors = await frictionlessErrors(dir);
    expect(errors.some((e) => /"F".*enum.*"sex"/.test(e))).toBe(true);
    expect(errors.some((e) => /required|primary key|"id"/i.test(e))).toBe(true);
  });

  it('fails a record that points at a person the package does not hold', async () => {
    const dir = await exportToFolder(RECORDS);
    const support = join(dir, 'support_service.csv');
    const lines = readFileSync(support, 'utf8').split('\r\n');
    const header = (lines[0] ?? '').split(',');
    const cells = (lines[1] ?? '').split(',');
    const personId = cells[header.indexOf('personId')] ?? '';
    replaceInFile(support, `,${personId},`, ',NO-SUCH-PERSON,');
    const errors = await frictionlessErrors(dir);
    expect(errors.some((e) => /foreign key/i.test(e))).toBe(true);
  });

  it('fails a date that is not a date', async () => {
    const dir = await exportToFolder(RECORDS);
    const support = join(dir, 'support_service.csv');
    const text = readFileSync(support, 'utf8');
    const date = /\d{4}-\d{2}-\d{2}/.exec(text)?.[0] ?? '';
    replaceInFile(support, date, '2024-02-30');
    expect((await frictionlessErrors(dir)).some((e) => /date/i.test(e))).toBe(true);
  });
});
