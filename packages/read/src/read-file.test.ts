import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { collectEvents } from './collect-events';
import { readFile, sniffFormat } from './read-file';

const text = (value: string) => new TextEncoder().encode(value);
const person = { id: 'P-1', category: 'VICTIM', sex: 'FEMALE' };
const fixtures = new URL('../test/fixtures/', import.meta.url);

async function xlsx(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('person').addRows([
    ['id', 'category', 'sex'],
    ['P-1', 'VICTIM', 'FEMALE'],
  ]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('readFile', () => {
  it('picks the reader from the extension', async () => {
    const cases: [string, Uint8Array][] = [
      ['person.json', text(JSON.stringify([person]))],
      ['person.ndjson', text(`${JSON.stringify(person)}\n`)],
      ['person.jsonl', text(`${JSON.stringify(person)}\n`)],
      ['person.csv', text('id,category,sex\nP-1,VICTIM,FEMALE\n')],
      ['person.xlsx', await xlsx()],
    ];
    for (const [name, bytes] of cases) {
      const { records, issues } = await collectEvents(readFile({ name, bytes }));
      expect({ name, issues, types: records.map((r) => r.recordType) }).toEqual({
        name,
        issues: [],
        types: ['person'],
      });
    }
    const zip = await collectEvents(
      readFile({
        name: 'bac-giang.zip',
        bytes: readFileSync(new URL('bac-giang-2024.zip', fixtures)),
      }),
    );
    expect(zip.events[0]?.kind).toBe('descriptor');
  });

  it('sniffs the format when the extension says nothing', async () => {
    expect(sniffFormat(text('[{"id": 1}]'))).toBe('json');
    expect(sniffFormat(text('{"id": 1}\n{"id": 2}\n'))).toBe('ndjson');
    expect(sniffFormat(text('{\n  "id": 1\n}'))).toBe('json');
    expect(sniffFormat(text('id;sex\nP-1;FEMALE'))).toBe('csv');
    expect(sniffFormat(await xlsx())).toBe('xlsx');
    expect(sniffFormat(readFileSync(new URL('bac-giang-2024.zip', fixtures)))).toBe('zip');
    async function* stream(): AsyncGenerator<Uint8Array> {
      yield text('{"id": "P-1", "category": "VICTIM",');
      yield text(' "sex": "FEMALE"}\n{"id": "P-2"}\n');
    }
    const { records } = await collectEvents(
      readFile({ name: 'upload', bytes: stream() }, { recordType: 'person' }),
    );
    expect(records.map((r) => r.value)).toEqual([person, { id: 'P-2' }]);
  });

  it('reads a lone datapackage.json and says its resources were not read', async () => {
    const descriptor = {
      name: 'x',
      resources: [{ name: 'p', path: 'data/p.ndjson', recordType: 'person', format: 'ndjson' }],
    };
    const { events, issues, incomplete } = await collectEvents(
      readFile(
        { name: 'pkg/datapackage.json', bytes: text(JSON.stringify(descriptor)) },
        { locale: 'en' },
      ),
    );
    expect(events[0]).toEqual({
      kind: 'descriptor',
      descriptor,
      location: { file: 'pkg/datapackage.json' },
    });
    expect(issues).toMatchObject([{ code: 'resources_not_read', params: { count: 1 } }]);
    expect(incomplete).toBe(true);
  });

  it('refuses the old binary Excel format by its extension, saying to save it as .xlsx or .ods', async () => {
    const { issues, incomplete } = await collectEvents(
      readFile({ name: 'bao-cao.xls', bytes: text('\xd0\xcf') }, { locale: 'en' }),
    );
    expect(issues).toMatchObject([
      { code: 'xls_not_supported', severity: 'error', location: { file: 'bao-cao.xls' } },
    ]);
    expect(issues[0]?.hint).toContain('.xlsx or .ods');
    expect(incomplete).toBe(true);
    const vi = await collectEvents(readFile({ name: 'BAO-CAO.XLS', bytes: text('') }));
    expect(vi.issues[0]?.hint).toContain('.xlsx hoặc .ods');
  });

  it('refuses an OLE2 compound file whatever its name (a renamed .xls, a password-protected workbook)', async () => {
    const ole2 = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    for (const name of ['bao-cao.xlsx', 'bao-cao.csv', 'bao-cao']) {
      async function* stream(): AsyncGenerator<Uint8Array> {
        yield ole2.subarray(0, 3);
        yield ole2.subarray(3);
      }
      const { issues, records, incomplete } = await collectEvents(
        readFile({ name, bytes: stream() }, { locale: 'en', recordType: 'person' }),
      );
      expect(records).toEqual([]);
      expect(issues.map((i) => [i.code, i.location?.file])).toEqual([['xls_not_supported', name]]);
      expect(incomplete).toBe(true);
    }
    // Four bytes of the signature are not enough: a file with only those is read as what it says it is.
    const bytes = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, ...text(',id\n,P-1\n')]);
    const csv = await collectEvents(readFile({ name: 'person.csv', bytes }, { locale: 'en' }));
    expect(csv.issues.map((i) => i.code)).not.toContain('xls_not_supported');
  });

  it('turns a failing input stream into an incomplete read', async () => {
    async function* failing(): AsyncGenerator<Uint8Array> {
      yield text('{"id": "P-1"}\n');
      throw new Error('disk gone');
    }
    const { issues, incomplete } = await collectEvents(
      readFile({ name: 'person.ndjson', bytes: failing() }),
    );
    expect(issues).toMatchObject([{ code: 'read_failed', params: { detail: 'disk gone' } }]);
    expect(incomplete).toBe(true);
  });
});
