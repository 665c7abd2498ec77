import { describe, expect, it } from 'vitest';
import { collectEvents, eachEvent } from '../collect-events';
import { readNdjson } from './read-ndjson';

const encoder = new TextEncoder();
const line = (id: string, sex = 'FEMALE') => JSON.stringify({ id, category: 'VICTIM', sex });
const read = (text: string, options = {}) =>
  collectEvents(
    readNdjson(
      { name: 'data/person.ndjson', bytes: encoder.encode(text) },
      { locale: 'en', ...options },
    ),
  );

/** Yields the bytes of a text in pieces of `size` bytes, cutting through lines and UTF-8 sequences. */
async function* pieces(text: string, size: number): AsyncGenerator<Uint8Array> {
  const all = encoder.encode(text);
  for (let i = 0; i < all.length; i += size) yield all.subarray(i, i + size);
}

describe('readNdjson', () => {
  it('reads one record per line with its line number', async () => {
    const { records, issues } = await read(`${line('P-1')}\r\n${line('P-2')}\n`);
    expect(issues).toEqual([]);
    expect(records).toMatchObject([
      { recordType: 'person', basePath: [0], location: { file: 'data/person.ndjson', row: 1 } },
      { recordType: 'person', basePath: [1], location: { row: 2 } },
    ]);
  });

  it('reports a broken line and goes on', async () => {
    const { records, issues, incomplete } = await read(`${line('P-1')}\n{"id": \n${line('P-3')}\n`);
    expect(records.map((r) => r.location?.row)).toEqual([1, 3]);
    expect(issues).toMatchObject([{ code: 'invalid_json', path: [1], location: { row: 2 } }]);
    expect(incomplete).toBe(false);
  });

  it('reports empty lines between records, not at the end', async () => {
    const { issues } = await read(`${line('P-1')}\n\n  \n${line('P-2')}\n\n\n`);
    expect(issues).toMatchObject([
      { code: 'empty_row', severity: 'info', params: { rows: '2–3' }, location: { row: 2 } },
    ]);
  });

  it('skips a line over the record limit without holding it', async () => {
    const long = JSON.stringify({ id: 'P-2', note: 'x'.repeat(5000) });
    const { records, issues } = await read(`${line('P-1')}\n${long}\n${line('P-3')}\n`, {
      limits: { maxRecordBytes: 1000 },
    });
    expect(records.map((r) => r.location?.row)).toEqual([1, 3]);
    expect(issues).toMatchObject([
      { code: 'record_too_large', location: { row: 2 }, params: { limit: 1000 } },
    ]);
  });

  it('reads envelopes and reports a missing record type once', async () => {
    const envelope = JSON.stringify({ recordType: 'media_outlet', record: { id: 'M-1' } });
    const file = {
      name: 'mixed.ndjson',
      bytes: encoder.encode(`${envelope}\n${line('P-1')}\n${line('P-2')}\n`),
    };
    const { records, issues, incomplete } = await collectEvents(readNdjson(file));
    expect(records.map((r) => r.recordType)).toEqual(['media_outlet']);
    expect(issues.map((i) => i.code)).toEqual(['missing_record_type']);
    expect(incomplete).toBe(true);
  });

  it('streams chunks cut anywhere, Vietnamese text included', async () => {
    const text = Array.from({ length: 50 }, (_, i) =>
      JSON.stringify({ id: `P-${i}`, note: 'Bắc Giang, Lục Ngạn' }),
    ).join('\n');
    for (const size of [1, 3, 7, 64]) {
      const { records, issues } = await collectEvents(
        readNdjson({ name: 'person.ndjson', bytes: pieces(text, size) }),
      );
      expect(issues).toEqual([]);
      expect(records).toHaveLength(50);
      expect(records[49]?.value).toEqual({ id: 'P-49', note: 'Bắc Giang, Lục Ngạn' });
    }
  });

  it('reads lazily: an endless input yields records as they come', async () => {
    async function* endless(): AsyncGenerator<Uint8Array> {
      for (let i = 0; ; i++) yield encoder.encode(`${line(`P-${i}`)}\n`.repeat(100));
    }
    let count = 0;
    for await (const event of eachEvent(readNdjson({ name: 'person.ndjson', bytes: endless() }))) {
      if (event.kind === 'record' && ++count === 1000) break;
    }
    expect(count).toBe(1000);
  });

  it('reports a repeated key and a lone surrogate at their line and column, and goes on', async () => {
    const twice = '{"id": "P-2", "category": "VICTIM", "sex": "FEMALE", "sex": "MALE"}';
    const lone = '{"id": "P-3", "category": "VICTIM", "sex": "FEMALE", "note": "\\udfff"}';
    const { records, issues } = await read(`${line('P-1')}\n${twice}\n${lone}\n`);
    expect(records).toHaveLength(3);
    expect(issues).toMatchObject([
      {
        code: 'duplicate_key',
        path: [1, 'sex'],
        location: { row: 2, column: twice.lastIndexOf('"sex"') + 1 },
      },
      {
        code: 'lone_surrogate',
        path: [2, 'note'],
        location: { row: 3, column: lone.indexOf('\\udfff') + 1 },
      },
    ]);
    expect(records[2]?.value).toMatchObject({ note: '\ufffd' });
  });

  it('gives a broken line its column, quoting no value', async () => {
    const broken = '{"phone": "Canary-0912345678", "id": }';
    const { issues } = await read(`${line('P-1')}\n${broken}\n`);
    expect(issues).toMatchObject([
      { code: 'invalid_json', path: [1], location: { row: 2, column: broken.indexOf('}') + 1 } },
    ]);
    expect(JSON.stringify(issues)).not.toContain('Canary');
  });
});
