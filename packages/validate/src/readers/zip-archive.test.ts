import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './read-options';
import {
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
});
