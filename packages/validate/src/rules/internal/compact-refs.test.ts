import type { RecordEntry, SourceLocation } from '@vntip/core';
import { describe, expect, it } from 'vitest';
import { CompactRefs } from './compact-refs';
import { formatRecordRef } from './format-record-ref';

const entry = (
  basePath: readonly (string | number)[],
  location?: SourceLocation,
  index = 41,
): RecordEntry => ({
  recordType: 'person',
  record: {},
  index,
  basePath,
  ...(location ? { location } : {}),
});

const ENTRIES: readonly RecordEntry[] = [
  entry([7], { file: 'a.ndjson', row: 8 }),
  entry([7], { file: 'b.ndjson', row: 8 }),
  entry([7], { row: 8 }),
  entry([7], { file: '', row: 3 }),
  entry([0, 'record'], { file: 'a.json', row: 2, column: 5 }),
  entry([3], { row: 4, file: 'row-first.ndjson' }),
  entry([3], { file: 'far.ndjson', row: 2 ** 24 }),
  entry([3], { sheet: 'Persons' }),
  entry(['persons', 2]),
  entry([2 ** 31]),
  entry([]),
];

describe('CompactRefs', () => {
  it('formats a mark as formatRecordRef formats the record', () => {
    const refs = new CompactRefs();
    const marks = ENTRIES.map((e) => refs.mark(e));
    ENTRIES.forEach((e, i) => {
      expect(refs.format(marks[i] as never)).toBe(formatRecordRef(e));
    });
  });

  it('packs the usual file and row into an integer', () => {
    const refs = new CompactRefs();
    expect(typeof refs.mark(entry([1], { file: 'a.ndjson', row: 2 }))).toBe('number');
    expect(refs.hold(entry([1], { file: 'a.ndjson', row: 2 }))).toEqual({
      path: 1,
      where: expect.any(Number),
      type: 'person',
    });
  });

  it('gives back a RecordRef equal to the entry’s own', () => {
    const refs = new CompactRefs();
    const held = ENTRIES.map((e) => refs.hold(e));
    ENTRIES.forEach((e, i) => {
      const ref = refs.ref(held[i] as never);
      expect(ref.basePath).toStrictEqual(e.basePath);
      expect(ref.location).toStrictEqual(e.location);
      expect(Object.keys(ref.location ?? {})).toEqual(Object.keys(e.location ?? {}));
    });
  });

  it('keeps the location of records in files beyond its slots', () => {
    const refs = new CompactRefs();
    const many = Array.from({ length: 300 }, (_, i) => entry([i], { file: `f${i}.csv`, row: 2 }));
    const held = many.map((e) => refs.hold(e));
    expect(held.filter((h) => typeof h.where === 'number')).toHaveLength(256);
    many.forEach((e, i) => {
      expect(refs.ref(held[i] as never)).toStrictEqual({
        basePath: e.basePath,
        recordType: 'person',
        location: e.location,
      });
      expect(refs.format(refs.mark(e))).toBe(formatRecordRef(e));
    });
  });
});
