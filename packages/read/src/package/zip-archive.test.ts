import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_READ_LIMITS, type ReadLimits } from '../read-options';
import {
  Crc32,
  InflateBudget,
  inflateEntry,
  openZipArchive,
  type ZipArchive,
  ZipError,
} from './zip-archive';

const text = (value: string) => new TextEncoder().encode(value);
const limits = (overrides: Partial<ReadLimits> = {}): ReadLimits => ({
  ...DEFAULT_READ_LIMITS,
  ...overrides,
});

function inflateAll(
  archive: ZipArchive,
  budget = new InflateBudget(Number.MAX_SAFE_INTEGER),
): string[] {
  return archive.entries.map((entry) => {
    const chunks = [...inflateEntry(archive, entry, budget)];
    return new TextDecoder().decode(Buffer.concat(chunks));
  });
}

function thrown(run: () => unknown): ZipError | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof ZipError) return error;
    throw error;
  }
  return undefined;
}

/** Offset of the first central-directory header. */
function centralDirectory(bytes: Uint8Array): number {
  for (let i = bytes.length - 4; i >= 0; i--) {
    if (
      bytes[i] === 0x50 &&
      bytes[i + 1] === 0x4b &&
      bytes[i + 2] === 0x01 &&
      bytes[i + 3] === 0x02
    ) {
      let first = i;
      for (let j = i - 1; j >= 0; j--) {
        if (
          bytes[j] === 0x50 &&
          bytes[j + 1] === 0x4b &&
          bytes[j + 2] === 0x01 &&
          bytes[j + 3] === 0x02
        )
          first = j;
      }
      return first;
    }
  }
  return -1;
}

/** One stored entry written by hand: its local header names `localName`, its directory record `name`. */
interface CraftedEntry {
  readonly name: string;
  readonly localName?: string;
  readonly data: Uint8Array;
  /** Where the directory record says the local header is; by default where it was written. */
  readonly pointsAt?: number;
  /** Declared uncompressed size in the directory; by default the data's length. */
  readonly declaredSize?: number;
}

/** The 30-byte local header (and name) of a stored entry. */
function localHeader(name: string, data: Uint8Array): Uint8Array {
  const nameBytes = text(name);
  const out = new Uint8Array(30 + nameBytes.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x04034b50, true);
  view.setUint16(4, 20, true);
  view.setUint32(14, crc(data), true);
  view.setUint32(18, data.length, true);
  view.setUint32(22, data.length, true);
  view.setUint16(26, nameBytes.length, true);
  out.set(nameBytes, 30);
  return out;
}

/** A zip written byte by byte: each entry's local header and data in turn, then the directory and its end record. */
function craftZip(entries: readonly CraftedEntry[], declaredCount = entries.length): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const local = localHeader(entry.localName ?? entry.name, entry.data);
    const at = offset;
    parts.push(local, entry.data);
    offset += local.length + entry.data.length;
    const nameBytes = text(entry.name);
    const record = new Uint8Array(46 + nameBytes.length);
    const view = new DataView(record.buffer);
    view.setUint32(0, 0x02014b50, true);
    view.setUint16(4, 20, true);
    view.setUint16(6, 20, true);
    view.setUint32(16, crc(entry.data), true);
    view.setUint32(20, entry.data.length, true);
    view.setUint32(24, entry.declaredSize ?? entry.data.length, true);
    view.setUint16(28, nameBytes.length, true);
    view.setUint32(42, entry.pointsAt ?? at, true);
    record.set(nameBytes, 46);
    central.push(record);
  }
  const directory = Buffer.concat(central);
  const end = new Uint8Array(22);
  const view = new DataView(end.buffer);
  view.setUint32(0, 0x06054b50, true);
  view.setUint16(8, Math.min(declaredCount, 0xfffe), true);
  view.setUint16(10, Math.min(declaredCount, 0xfffe), true);
  view.setUint32(12, directory.length, true);
  view.setUint32(16, offset, true);
  return new Uint8Array(Buffer.concat([...parts, directory, end]));
}

function crc(data: Uint8Array): number {
  const sum = new Crc32();
  sum.update(data);
  return sum.digest();
}

describe('zip archive', () => {
  it('reads stored and deflated entries', () => {
    const bytes = zipSync({
      'a.txt': [text('hello'), { level: 0 }],
      'dir/b.txt': text('xin chào '.repeat(100)),
    });
    const archive = openZipArchive(bytes, limits());
    expect(archive.entries.map((e) => [e.name, e.method])).toEqual([
      ['a.txt', 0],
      ['dir/b.txt', 8],
    ]);
    expect(inflateAll(archive)).toEqual(['hello', 'xin chào '.repeat(100)]);
  });

  it('refuses too many files, too large a total and too high a ratio before inflating', () => {
    const files = Object.fromEntries(
      Array.from({ length: 5 }, (_, i) => [`f${i}.txt`, text('x'.repeat(1000))]),
    );
    expect(
      thrown(() => openZipArchive(zipSync(files), limits({ maxArchiveFiles: 4 }))),
    ).toMatchObject({
      code: 'archive_too_many_files',
      params: { count: 5, limit: 4 },
    });
    expect(
      thrown(() => openZipArchive(zipSync(files), limits({ maxArchiveBytes: 4500 }))),
    ).toMatchObject({
      code: 'archive_too_large',
    });
    const bomb = zipSync({ 'zeros.bin': new Uint8Array(8 * 1024 * 1024) }, { level: 9 });
    expect(thrown(() => openZipArchive(bomb, limits()))).toMatchObject({
      code: 'archive_ratio_exceeded',
      params: { name: 'zeros.bin', limit: 100 },
    });
  });

  it('stops an entry that inflates past its declared size', () => {
    const bytes = zipSync({ 'zeros.bin': new Uint8Array(200_000) });
    const at = centralDirectory(bytes);
    new DataView(bytes.buffer, bytes.byteOffset).setUint32(at + 24, 1000, true); // declare 1000 bytes
    const archive = openZipArchive(bytes, limits());
    expect(thrown(() => inflateAll(archive))).toMatchObject({ code: 'invalid_archive' });
  });

  it('counts the total across entries against the budget', () => {
    const archive = openZipArchive(
      zipSync({ 'a.txt': text('a'.repeat(600)), 'b.txt': text('b'.repeat(600)) }),
      limits(),
    );
    expect(thrown(() => inflateAll(archive, new InflateBudget(1000)))).toMatchObject({
      code: 'archive_too_large',
    });
  });

  it('detects a truncated file and a damaged entry', () => {
    const bytes = zipSync({ 'a.txt': [text('hello world'), { level: 0 }] });
    expect(
      thrown(() => openZipArchive(bytes.subarray(0, bytes.length - 10), limits())),
    ).toMatchObject({
      code: 'invalid_archive',
    });
    const damaged = bytes.slice();
    damaged[Buffer.from(damaged).indexOf('hello world')] = 0x48; // 'h' → 'H' inside the stored data
    const archive = openZipArchive(damaged, limits());
    expect(thrown(() => inflateAll(archive))?.params.detail).toMatch(/CRC-32/);
    expect(thrown(() => openZipArchive(text('not a zip at all'), limits()))).toMatchObject({
      code: 'invalid_archive',
    });
  });

  it('reads a hand-written archive (the control of the attacks below)', () => {
    const bytes = craftZip([
      { name: 'datapackage.json', data: text('{}') },
      { name: 'data/person.json', data: text('[]') },
    ]);
    expect(inflateAll(openZipArchive(bytes, limits()))).toEqual(['{}', '[]']);
  });

  it('refuses two entries of one name, which other tools resolve differently (last one wins in fflate)', () => {
    const bytes = craftZip([
      { name: 'data/person.json', data: text('[{"id":"clean"}]') },
      { name: 'data/person.json', data: text('[{"id":"hidden"}]') },
    ]);
    // Unprotected: a plain unzip keeps one of the two silently.
    expect(new TextDecoder().decode(unzipSync(bytes)['data/person.json'])).toContain('hidden');
    expect(thrown(() => openZipArchive(bytes, limits()))).toMatchObject({
      code: 'archive_duplicate_entry',
      params: { name: 'data/person.json' },
    });
    // Names equal once NFC-normalised are one file on a Mac: the same refusal.
    const nfc = 'data/Hòa.json';
    const twice = craftZip([
      { name: nfc, data: text('1') },
      { name: nfc.normalize('NFD'), data: text('2') },
    ]);
    // Control: the two names are different strings, kept apart by a plain unzip.
    expect(Object.keys(unzipSync(twice))).toHaveLength(2);
    expect(thrown(() => openZipArchive(twice, limits()))).toMatchObject({
      code: 'archive_name_collision',
      params: { name: nfc.normalize('NFD'), other: nfc },
    });
  });

  it('refuses two entries whose names differ only in letter case: one file on Windows and macOS', () => {
    const bytes = craftZip([
      { name: 'data/person.json', data: text('[{"id":"clean"}]') },
      { name: 'data/Person.json', data: text('[{"id":"hidden"}]') },
    ]);
    // Control: a plain unzip keeps both; unpacked on a case-insensitive disk, one overwrites the other.
    expect(Object.keys(unzipSync(bytes))).toEqual(['data/person.json', 'data/Person.json']);
    expect(thrown(() => openZipArchive(bytes, limits()))).toMatchObject({
      code: 'archive_name_collision',
      params: { name: 'data/Person.json', other: 'data/person.json' },
    });
    // Different names, or one folder written in two cases, are fine.
    const fine = craftZip([
      { name: 'data/person.json', data: text('1') },
      { name: 'Data/event.json', data: text('2') },
    ]);
    expect(openZipArchive(fine, limits()).entries).toHaveLength(2);
  });

  it('refuses entry names that unpack outside their folder: "..", absolute and backslash paths', () => {
    for (const name of [
      '../x.json',
      'data/../../x.json',
      '/etc/x.json',
      '..\\x.json',
      'data\\person.json',
      'C:/x.json',
      'c:x.json',
      '..',
    ]) {
      const bytes = craftZip([
        { name: 'datapackage.json', data: text('{}') },
        { name, data: text('[]') },
      ]);
      // Control: the name is in the archive as written, and a plain unzip hands it on.
      expect(Object.keys(unzipSync(bytes))).toContain(name);
      expect(
        thrown(() => openZipArchive(bytes, limits())),
        name,
      ).toMatchObject({
        code: 'archive_unsafe_entry_name',
        params: { name },
      });
    }
    // Dots inside a name, and folder entries, are fine.
    const fine = craftZip([
      { name: 'data/', data: text('') },
      { name: 'data/..person.v2.json', data: text('[]') },
      { name: './readme.txt', data: text('') },
    ]);
    expect(openZipArchive(fine, limits()).entries).toHaveLength(3);
  });

  it('refuses a local header that names another file than the directory', () => {
    const bytes = craftZip([
      { name: 'readme.txt', localName: 'datapackage.json', data: text('{"resources":[]}') },
    ]);
    // Unprotected: fflate trusts the directory; a streaming unzip would see datapackage.json.
    expect(Object.keys(unzipSync(bytes))).toEqual(['readme.txt']);
    expect(thrown(() => openZipArchive(bytes, limits()))).toMatchObject({
      code: 'archive_name_mismatch',
      params: { name: 'readme.txt', local: 'datapackage.json' },
    });
  });

  it('refuses entries whose bytes overlap (an overlapping-file bomb) or overlap the directory', () => {
    // Entry b's header and data are written inside entry a's data: a holds b, and both point into the same bytes.
    const inner = text('inner');
    const b = Buffer.concat([localHeader('b.txt', inner), inner]);
    const bytes = craftZip([
      { name: 'a.txt', data: b },
      { name: 'b.txt', data: inner, pointsAt: 30 + 'a.txt'.length },
    ]);
    // craftZip wrote b again after a; its directory record points inside a instead.
    const unprotected = unzipSync(bytes);
    expect(new TextDecoder().decode(unprotected['b.txt'])).toBe('inner');
    expect(unprotected['a.txt']?.length).toBe(b.length);
    expect(thrown(() => openZipArchive(bytes, limits()))).toMatchObject({
      code: 'archive_entry_overlap',
      params: { name: 'b.txt', other: 'a.txt' },
    });
    // An entry declared longer than the space before the directory runs into it.
    const into = craftZip([{ name: 'a.txt', data: text('abc') }]);
    const view = new DataView(into.buffer, into.byteOffset);
    const directory = view.getUint32(into.length - 6, true);
    view.setUint32(directory + 20, 3 + 20, true); // compressed size: 20 bytes more than written
    expect(thrown(() => openZipArchive(into, limits()))).toMatchObject({
      code: 'archive_entry_overlap',
      params: { name: 'a.txt', other: 'central directory' },
    });
  });

  it('refuses from the directory alone a declared size or entry count over the limits', () => {
    // 1 GiB declared for a 3-byte entry: refused before any byte is inflated.
    const huge = craftZip([{ name: 'a.txt', data: text('abc'), declaredSize: 1 << 30 }]);
    expect(thrown(() => openZipArchive(huge, limits()))).toMatchObject({
      code: 'archive_too_large',
      params: { size: 1 << 30, limit: DEFAULT_READ_LIMITS.maxArchiveBytes },
    });
    // An end record claiming 65534 entries is refused without walking them.
    const many = craftZip([{ name: 'a.txt', data: text('abc') }], 65534);
    expect(thrown(() => openZipArchive(many, limits()))).toMatchObject({
      code: 'archive_too_many_files',
      params: { count: 65534, limit: DEFAULT_READ_LIMITS.maxArchiveFiles },
    });
  });
});
