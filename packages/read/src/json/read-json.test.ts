import { describe, expect, it } from 'vitest';
import { collectEvents } from '../collect-events';
import { readJson } from './read-json';

const bytes = (text: string) => new TextEncoder().encode(text);
const person = (id: string) => ({ id, category: 'VICTIM', sex: 'FEMALE' });
const read = (name: string, text: string, options = {}) =>
  collectEvents(readJson({ name, bytes: bytes(text) }, { locale: 'en', ...options }));

describe('readJson', () => {
  it('reads an array of records typed by the file name, with the line of each', async () => {
    const text = `[\n  ${JSON.stringify(person('P-1'))},\n\n  ${JSON.stringify(person('P-2'))}\n]`;
    const { records, issues, incomplete } = await read('data/person.json', text);
    expect(issues).toEqual([]);
    expect(incomplete).toBe(false);
    expect(records).toMatchObject([
      {
        recordType: 'person',
        value: person('P-1'),
        basePath: [0],
        location: { file: 'data/person.json', row: 2 },
      },
      { recordType: 'person', value: person('P-2'), basePath: [1], location: { row: 4 } },
    ]);
  });

  it('reads a { recordType, records } container', async () => {
    const text = JSON.stringify({ recordType: 'person', records: [person('P-1')] });
    const { records } = await read('anything.json', text);
    expect(records).toMatchObject([
      { recordType: 'person', basePath: ['records', 0], location: { row: 1 } },
    ]);
  });

  it('reads a container record by record, its type declared after the records, with the line of each', async () => {
    const text = `{\n  "records": [\n    ${JSON.stringify(person('P-1'))},\n    ${JSON.stringify(person('P-2'))}\n  ],\n  "recordType": "person"\n}`;
    const { records, issues } = await read('anything.json', text);
    expect(issues).toEqual([]);
    expect(records).toMatchObject([
      {
        recordType: 'person',
        value: person('P-1'),
        basePath: ['records', 0],
        location: { row: 3 },
      },
      {
        recordType: 'person',
        value: person('P-2'),
        basePath: ['records', 1],
        location: { row: 4 },
      },
    ]);
  });

  it('takes the last of repeated "records" keys, as JSON.parse does, and reports the repeat', async () => {
    const text = `{"recordType":"person","records":[${JSON.stringify(person('P-1'))}],"records":[${JSON.stringify(person('P-2'))},${JSON.stringify(person('P-3'))}]}`;
    const { records, issues } = await read('anything.json', text);
    expect(issues.map((issue) => issue.code)).toEqual(['duplicate_key']);
    expect(records.map((record) => (record.value as { id: string }).id)).toEqual(['P-2', 'P-3']);
  });

  it('reads envelopes of mixed types, and a single envelope', async () => {
    const mixed = JSON.stringify([
      { recordType: 'person', record: person('P-1') },
      { recordType: 'media_outlet', record: { id: 'M-1' } },
    ]);
    expect(
      (await read('mixed.json', mixed)).records.map((r) => [r.recordType, r.basePath]),
    ).toEqual([
      ['person', [0, 'record']],
      ['media_outlet', [1, 'record']],
    ]);
    const single = JSON.stringify({ recordType: 'person', record: person('P-9') });
    expect((await read('example.json', single)).records).toMatchObject([
      { recordType: 'person', value: person('P-9'), basePath: ['record'] },
    ]);
  });

  it('reads a single record when the type is known', async () => {
    const { records } = await read('x.json', JSON.stringify(person('P-1')), {
      recordType: 'person',
    });
    expect(records).toMatchObject([{ recordType: 'person', basePath: [] }]);
  });

  it('says when it cannot know the record type', async () => {
    const { records, issues, incomplete } = await read(
      'x.json',
      JSON.stringify([person('P-1'), person('P-2')]),
    );
    expect(records).toEqual([]);
    expect(issues.map((i) => i.code)).toEqual(['missing_record_type']);
    expect(incomplete).toBe(true);
  });

  it('reports broken JSON with its line and column, as incomplete', async () => {
    const { issues, incomplete, records } = await read(
      'person.json',
      '[\n  {"id": "P-1"},\n  {"id" "P-2"}\n]',
    );
    expect(records).toEqual([]);
    expect(incomplete).toBe(true);
    expect(issues).toMatchObject([
      {
        code: 'invalid_json',
        severity: 'error',
        location: { file: 'person.json', row: 3, column: 9 },
      },
    ]);
  });

  it('refuses a scalar document and a truncated one', async () => {
    expect((await read('person.json', '42')).issues.map((i) => i.code)).toEqual(['invalid_json']);
    const truncated = await read(
      'person.json',
      JSON.stringify([person('P-1'), person('P-2')]).slice(0, 30),
    );
    expect(truncated.incomplete).toBe(true);
    expect(truncated.records).toEqual([]);
  });

  it('NFC-normalises text and leaves out strings over the cell limit', async () => {
    const decomposed = 'Bă\u0301c Giang'.normalize('NFD');
    const text = JSON.stringify([{ id: 'P-1', note: decomposed, long: 'x'.repeat(200) }]);
    const { records, issues } = await read('person.json', text, { limits: { maxCellBytes: 100 } });
    expect(records[0]?.value).toEqual({ id: 'P-1', note: 'Bắc Giang'.normalize('NFC') });
    expect(decomposed).not.toBe('Bắc Giang'.normalize('NFC'));
    expect(issues).toMatchObject([
      { code: 'cell_too_large', path: [0, 'long'], params: { bytes: 200, limit: 100 } },
    ]);
  });

  it('skips a record nested deeper than the limit', async () => {
    const deep = `${'['.repeat(100)}1${']'.repeat(100)}`;
    const text = `[${JSON.stringify(person('P-1'))}, {"id": "P-2", "deep": ${deep}}]`;
    const { records, issues } = await read('person.json', text, { limits: { maxDepth: 64 } });
    expect(records.map((r) => r.basePath)).toEqual([[0]]);
    expect(issues).toMatchObject([{ code: 'nesting_too_deep', path: [1], params: { limit: 64 } }]);
  });

  it('skips a record longer than maxRecordBytes, or holding more than maxRecordValues values, and reads on', async () => {
    const big = { ...person('P-1'), note: 'x'.repeat(2000) };
    const many = { ...person('P-2'), list: Array(50).fill(0) };
    const text = JSON.stringify([big, many, person('P-3')]);
    const { records, issues } = await read('person.json', text, {
      limits: { maxRecordBytes: 1000, maxRecordValues: 40 },
    });
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['record_too_large', [0]],
      ['record_too_many_values', [1]],
    ]);
    expect(records.map((record) => (record.value as { id: string }).id)).toEqual(['P-3']);
  });

  it('stops at the size limit, as incomplete', async () => {
    const { issues, incomplete } = await read('person.json', JSON.stringify([person('P-1')]), {
      limits: { maxJsonBytes: 10 },
    });
    expect(issues.map((i) => i.code)).toEqual(['file_too_large']);
    expect(incomplete).toBe(true);
  });

  it('keeps __proto__, constructor and prototype keys as inert data', async () => {
    const text =
      '[{"id": "P-1", "__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 2}}}]';
    const { records } = await read('person.json', text);
    const value = records[0]?.value as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['id', '__proto__', 'constructor']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports a repeated key as duplicate_key at its line and column, which JSON.parse passes silently', async () => {
    const text = '[\n  {"id": "P-1", "category": "VICTIM", "sex": "FEMALE", "sex": "MALE"}\n]';
    expect(JSON.parse(text)[0].sex).toBe('MALE');
    const { issues, records, incomplete } = await read('person.json', text);
    expect(issues).toMatchObject([
      {
        code: 'duplicate_key',
        severity: 'error',
        path: [0, 'sex'],
        params: { key: 'sex' },
        location: { file: 'person.json', row: 2, column: text.lastIndexOf('"sex"') - 1 },
      },
    ]);
    expect(issues[0]?.message).toContain('"sex"');
    expect(records).toHaveLength(1);
    expect(incomplete).toBe(false);
  });

  it('gives every syntax error a line and column, even where JSON.parse gives no position, quoting no value', async () => {
    const canary = 'Canary-0912345678';
    const item = `  {"phone": "${canary}"`;
    // Each case: the text, and the column on line 2 where it goes wrong.
    const cases = [
      [`[\n${item}, "id": }\n]`, item.length + 9],
      [`[\n${item}`, item.length + 1],
      [`[\n${item} "id": 1}\n]`, item.length + 2],
    ] as const;
    for (const [text, column] of cases) {
      const { issues, incomplete } = await read('person.json', text);
      expect(issues).toMatchObject([{ code: 'invalid_json', location: { row: 2, column } }]);
      expect(JSON.stringify(issues)).not.toContain('Canary');
      expect(incomplete).toBe(true);
    }
    // Unprotected: Node's own message has no position and quotes the text around the fault.
    expect(() => JSON.parse(cases[0][0])).toThrow('"id": }');
    expect(() => JSON.parse(cases[0][0])).not.toThrow(/position/);
  });

  it('reports a lone surrogate escape as lone_surrogate, replaced by U+FFFD, and stays UTF-8', async () => {
    const text = '[{"id": "P-1", "category": "VICTIM", "sex": "FEMALE", "note": "Hà Nội \\ud800"}]';
    const { issues, records } = await read('person.json', text);
    expect(issues).toMatchObject([
      {
        code: 'lone_surrogate',
        path: [0, 'note'],
        params: { code: 'U+D800' },
        location: { row: 1, column: text.indexOf('\\ud800') + 1 },
      },
    ]);
    expect(records[0]?.value).toMatchObject({ note: 'Hà Nội \ufffd' });
  });

  it('reads a lone surrogate written raw (CESU-8 bytes) as bad UTF-8 bytes, never as a legacy encoding', async () => {
    const head = new TextEncoder().encode(
      '[{"id": "P-1", "category": "VICTIM", "sex": "FEMALE", "note": "Hà Nội ',
    );
    const tail = new TextEncoder().encode(' Bắc Giang"}]');
    const cesu = Uint8Array.from([...head, 0xed, 0xa0, 0x80, ...tail]);
    const { issues, records } = await collectEvents(
      readJson({ name: 'person.json', bytes: cesu }, { locale: 'en' }),
    );
    expect(issues.map((i) => i.code)).toEqual(['encoding_invalid_bytes', 'invalid_encoding']);
    expect(issues[1]?.params).toMatchObject({ encoding: 'UTF-8' });
    expect(records[0]?.value).toMatchObject({ note: 'Hà Nội \ufffd\ufffd\ufffd Bắc Giang' });
  });
});
