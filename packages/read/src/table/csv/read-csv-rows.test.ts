import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectEvents } from '../../collect-events';
import { readCsv } from './read-csv';
import { readCsvRows } from './read-csv-rows';

const fixtures = new URL('../../../test/fixtures/', import.meta.url);
const encoder = new TextEncoder();

describe('readCsvRows', () => {
  it('decodes a VNI file as readCsv does, not as UTF-8 (no mojibake in the copy)', async () => {
    const bytes = readFileSync(new URL('person-vni.csv', fixtures));
    const rows = await readCsvRows({ name: 'person.csv', bytes });
    const utf8 = readFileSync(new URL('person-utf8.csv', fixtures), 'utf8');
    expect(rows[0]?.[0]).toBe('Mã giả danh');
    expect(rows[1]).toEqual(utf8.split(/\r?\n/)[1]?.split(';'));
    // Control: decoding the same bytes as UTF-8, as a naive copy would, garbles the header.
    expect(new TextDecoder().decode(bytes).startsWith('Mã giả danh')).toBe(false);
  });

  it('honours an Excel sep= line and puts every row at the line readCsv locates its record on', async () => {
    const text = [
      'sep=;',
      'BÁO CÁO NẠN NHÂN (VÍ DỤ)',
      'id;category;sex;notes',
      'P-1;VICTIM;FEMALE;"hai',
      'dòng"',
      'P-2;VICTIM;MALE;x',
    ].join('\r\n');
    const bytes = encoder.encode(text);
    const rows = await readCsvRows({ name: 'person.csv', bytes });
    const { records } = await collectEvents(readCsv({ name: 'person.csv', bytes }));
    expect(records.map((record) => record.location?.row)).toEqual([4, 6]);
    for (const record of records) {
      const { id } = record.value as { id: string };
      expect(rows[(record.location?.row ?? 0) - 1]?.[0]).toBe(id);
    }
    expect(rows[0]).toEqual([]);
    expect(rows[3]).toEqual(['P-1', 'VICTIM', 'FEMALE', 'hai\r\ndòng']);
    expect(rows[4]).toEqual([]);
  });
});
