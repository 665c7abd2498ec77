// Property tests: whatever the bytes, every reader terminates with records and issues, marks a partial read as
// incomplete, never throws, and never touches a prototype. Fixed seeds and bounded runs keep CI deterministic.
import { readFileSync } from 'node:fs';
import { ISSUE_CODES } from '@vntip/core';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CollectedEvents, collectEvents } from './collect-events';
import { readJson } from './json/read-json';
import { readNdjson } from './json/read-ndjson';
import { readPackageZip } from './package/read-package-zip';
import type { InputFile, ReadChunk } from './read-event';
import { readFile } from './read-file';
import type { ReadOptions } from './read-options';
import { readCsv } from './table/csv/read-csv';
import { readXlsx } from './table/xlsx/read-xlsx';

type Reader = (file: InputFile, options?: ReadOptions) => AsyncIterable<ReadChunk>;

const READERS: Readonly<Record<string, Reader>> = {
  json: readJson,
  ndjson: readNdjson,
  csv: readCsv,
  xlsx: readXlsx,
  zip: readPackageZip,
  file: readFile,
};
const NAMES: Readonly<Record<string, string>> = {
  json: 'person.json',
  ndjson: 'person.ndjson',
  csv: 'person.csv',
  xlsx: 'person.xlsx',
  zip: 'package.zip',
  file: 'upload',
};
const SMALL_LIMITS = {
  maxCellBytes: 256,
  maxRecordBytes: 4096,
  maxDepth: 16,
  maxJsonBytes: 1 << 20,
};
const SEED = 20241227;
const encoder = new TextEncoder();
const fixtures = new URL('../test/fixtures/', import.meta.url);
const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();

/** Reads with a deadline: a hang fails the property instead of the whole run. */
async function run(
  reader: Reader,
  file: InputFile,
  options: ReadOptions = {},
): Promise<CollectedEvents> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('reader did not terminate')), 5000);
  });
  try {
    return await Promise.race([
      collectEvents(reader(file, { limits: SMALL_LIMITS, ...options })),
      deadline,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** What every result must satisfy. */
function expectWellFormed(result: CollectedEvents): void {
  for (const event of result.events) {
    expect(['record', 'issue', 'descriptor', 'tally']).toContain(event.kind);
    if (event.kind === 'tally') {
      const { rowsRead, recordsMade, rowsSkipped } = event.tally;
      expect(recordsMade + rowsSkipped).toBe(rowsRead);
      // Every skipped row says why, and a read that skipped rows is never complete.
      if (rowsSkipped > 0) expect(result.incomplete).toBe(true);
    }
    if (event.kind === 'issue') expect(Object.hasOwn(ISSUE_CODES, event.issue.code)).toBe(true);
    if (event.kind === 'record') {
      expect(typeof event.recordType).toBe('string');
      expect(Array.isArray(event.basePath)).toBe(true);
    }
  }
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
}

const person = (i: number) => ({
  id: `P-${i}`,
  category: 'VICTIM',
  sex: 'FEMALE',
  residence: { name: 'Bắc Giang' },
});
const samples: Record<string, Uint8Array> = {};

beforeAll(async () => {
  samples.json = encoder.encode(JSON.stringify([person(1), person(2), person(3)]));
  samples.ndjson = encoder.encode([1, 2, 3].map((i) => JSON.stringify(person(i))).join('\n'));
  samples.csv = readFileSync(new URL('person-vni.csv', fixtures));
  const book = new ExcelJS.Workbook();
  book.addWorksheet('person').addRows([
    ['id', 'sex', 'Năm sinh'],
    ['P-1', 'Nữ', 1990],
    ['P-2', 'Nam', '2.001'],
  ]);
  samples.xlsx = new Uint8Array(await book.xlsx.writeBuffer());
  samples.zip = zipSync({
    'datapackage.json': encoder.encode(
      JSON.stringify({
        resources: [{ name: 'p', path: 'p.ndjson', recordType: 'person', format: 'ndjson' }],
      }),
    ),
    'p.ndjson': samples.ndjson,
  });
  samples.file = samples.zip;
});

describe('readers under random input', () => {
  it.each(Object.keys(READERS))('%s: random bytes', async (kind) => {
    const reader = READERS[kind] as Reader;
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
        expectWellFormed(await run(reader, { name: NAMES[kind] as string, bytes }));
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it.each(Object.keys(READERS))('%s: truncations and byte flips of a valid file', async (kind) => {
    const reader = READERS[kind] as Reader;
    const sample = samples[kind] as Uint8Array;
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: sample.length - 1 }),
        fc.option(fc.tuple(fc.nat({ max: sample.length - 1 }), fc.integer({ min: 1, max: 255 }))),
        async (cut, flip) => {
          const bytes = sample.slice(0, flip ? sample.length : cut);
          if (flip) bytes[flip[0]] = (bytes[flip[0]] ?? 0) ^ flip[1];
          const result = await run(reader, { name: NAMES[kind] as string, bytes });
          expectWellFormed(result);
          // A strict prefix of a JSON document or a zip archive cannot be complete.
          if (!flip && ['json', 'xlsx', 'zip', 'file'].includes(kind))
            expect(result.incomplete).toBe(true);
        },
      ),
      { seed: SEED, numRuns: kind === 'xlsx' ? 60 : 150 },
    );
  });

  it('structured noise: random JSON, NDJSON and CSV tokens', async () => {
    const token = fc.constantFrom(
      '{',
      '}',
      '[',
      ']',
      '"',
      ',',
      ';',
      ':',
      '\n',
      '\r\n',
      '\\',
      'id',
      'sex',
      '"P-1"',
      '1.234,5',
      'Nữ',
      '\u0301',
      ' ',
      'null',
    );
    const text = fc.array(token, { maxLength: 300 }).map((tokens) => tokens.join(''));
    await fc.assert(
      fc.asyncProperty(text, fc.constantFrom('json', 'ndjson', 'csv'), async (value, kind) => {
        expectWellFormed(
          await run(READERS[kind] as Reader, {
            name: NAMES[kind] as string,
            bytes: encoder.encode(value),
          }),
        );
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('huge cells are refused, never kept', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 0, maxLength: 3000 }),
        fc.constantFrom('csv', 'ndjson', 'json'),
        async (cell, kind) => {
          const text =
            kind === 'csv'
              ? `id,sex\nP-1,"${cell.replace(/"/g, '""')}"\n`
              : kind === 'ndjson'
                ? `${JSON.stringify({ id: 'P-1', sex: cell })}\n`
                : JSON.stringify([{ id: 'P-1', sex: cell }]);
          const result = await run(READERS[kind] as Reader, {
            name: NAMES[kind] as string,
            bytes: encoder.encode(text),
          });
          expectWellFormed(result);
          for (const record of result.records) {
            const sex = (record.value as { sex?: unknown }).sex;
            if (typeof sex === 'string')
              expect(encoder.encode(sex).length).toBeLessThanOrEqual(SMALL_LIMITS.maxCellBytes);
          }
        },
      ),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('xlsx: huge cells are refused, never kept', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 2000 }), async (cell) => {
        const book = new ExcelJS.Workbook();
        book.addWorksheet('person').addRows([
          ['id', 'sex'],
          ['P-1', cell],
        ]);
        const bytes = new Uint8Array(await book.xlsx.writeBuffer());
        const result = await run(readXlsx, { name: 'person.xlsx', bytes });
        expectWellFormed(result);
        const sex = (result.records[0]?.value as { sex?: unknown } | undefined)?.sex;
        if (typeof sex === 'string') {
          expect(encoder.encode(sex).length).toBeLessThanOrEqual(SMALL_LIMITS.maxCellBytes);
        }
      }),
      { seed: SEED, numRuns: 25 },
    );
  });

  it('deep nesting is refused, never recursed into', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 20_000 }),
        fc.constantFrom('[', '{"a":'),
        fc.constantFrom('json', 'ndjson', 'csv'),
        async (depth, open, kind) => {
          const close = open === '[' ? ']' : '}';
          const value = `${open.repeat(depth)}1${close.repeat(depth)}`;
          const text =
            kind === 'json'
              ? `[{"id":"P-1","x":${value}}]`
              : kind === 'ndjson'
                ? `{"id":"P-1","x":${value}}\n`
                : `id,residence\nP-1,"${value.replace(/"/g, '""')}"\n`;
          const result = await run(
            READERS[kind] as Reader,
            { name: NAMES[kind] as string, bytes: encoder.encode(text) },
            { limits: { ...SMALL_LIMITS, maxRecordBytes: 1 << 20, maxCellBytes: 1 << 20 } },
          );
          expectWellFormed(result);
          // A JSON record holds the value one level down; a JSON cell is the value itself.
          const tooDeep = (kind === 'csv' ? depth : depth + 1) > SMALL_LIMITS.maxDepth;
          expect(result.issues.some((issue) => issue.code === 'nesting_too_deep')).toBe(tooDeep);
          // A record too deep is skipped; a cell too deep is left out of its record.
          expect(result.records.length).toBe(tooDeep && kind !== 'csv' ? 0 : 1);
        },
      ),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('__proto__, constructor and prototype keys stay data', async () => {
    const key = fc.constantFrom('__proto__', 'constructor', 'prototype', 'polluted', 'id', 'sex');
    const json = fc.letrec<{ value: string }>((tie) => ({
      value: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.constantFrom('true', '1', '"x"', 'null'),
        fc
          .array(fc.tuple(key, tie('value')), { maxLength: 4 })
          .map((pairs) => `{${pairs.map(([k, v]) => `"${k}":${v}`).join(',')}}`),
        fc.array(tie('value'), { maxLength: 3 }).map((items) => `[${items.join(',')}]`),
      ),
    })).value;
    const header = fc.array(
      fc.constantFrom(
        '__proto__',
        'constructor',
        'prototype',
        'polluted',
        'id',
        'a.__proto__.polluted',
        'constructor.prototype.polluted',
        'location.__proto__',
      ),
      {
        minLength: 1,
        maxLength: 5,
      },
    );
    await fc.assert(
      fc.asyncProperty(json, header, async (value, columns) => {
        expectWellFormed(
          await run(readJson, { name: 'person.json', bytes: encoder.encode(`[${value}]`) }),
        );
        expectWellFormed(
          await run(readNdjson, { name: 'person.ndjson', bytes: encoder.encode(`${value}\n`) }),
        );
        const csv = `${columns.join(',')}\n${columns.map(() => '{"polluted":true}').join(',')}\n`;
        expectWellFormed(await run(readCsv, { name: 'person.csv', bytes: encoder.encode(csv) }));
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});

// Row accounting (issue 12, point 1) and the encoding rule (point 2), as properties of the CSV reader over generated
// files: quotes and Windows-1252 bytes dropped anywhere never lose, add or garble a row.
describe('CSV reader: every line accounted for, one byte never garbles a file', () => {
  const WORDS = [
    'Bắc',
    'Giang',
    'Lục',
    'Ngạn',
    'Đài',
    'phát',
    'thanh',
    'tỉnh',
    'huyện',
    'xã',
    'phường',
    'truyền',
    'hình',
    'báo',
    'tiếp',
    'nhận',
    'hỗ',
    'trợ',
    'cộng',
    'đồng',
    'miền',
    'núi',
    'Hà',
    'Nội',
  ];
  const phrase = fc
    .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 })
    .map((words) => words.join(' '));
  /** A media-outlet CSV: header, then data lines with no quote, no empty line; the notes column is ignored. */
  const csvFile = fc.record({
    rows: fc.array(fc.tuple(phrase, phrase), { minLength: 1, maxLength: 25 }),
    lineBreak: fc.constantFrom('\n', '\r\n'),
    trailing: fc.boolean(),
  });
  const lines = (rows: readonly (readonly [string, string])[]) => [
    'id,name,Ghi chú',
    ...rows.map(([name, note], i) => `M-${i + 1},${name},${note}`),
  ];
  const join = (all: readonly string[], lineBreak: string, trailing: boolean) =>
    `${all.join(lineBreak)}${trailing ? lineBreak : ''}`;
  const readText = (text: string) =>
    run(readCsv, { name: 'media_outlet.csv', bytes: encoder.encode(text) });

  it('one quote inserted anywhere: records made + rows skipped = data lines, and only its line is lost', async () => {
    await fc.assert(
      fc.asyncProperty(csvFile, fc.nat(), async ({ rows, lineBreak, trailing }, at) => {
        const text = join(lines(rows), lineBreak, trailing);
        const offset = at % (text.length + 1);
        const result = await readText(`${text.slice(0, offset)}"${text.slice(offset)}`);
        expectWellFormed(result);
        expect(result.tallies).toHaveLength(1);
        const tally = result.tallies[0] as (typeof result.tallies)[number];
        expect(tally.rowsRead).toBe(rows.length);
        expect(tally.recordsMade + tally.rowsSkipped).toBe(rows.length);
        expect(tally.recordsMade).toBe(result.records.length);
        // The quote is reported, at the line it was put in.
        const line = text.slice(0, offset).split(lineBreak).length;
        const quoteIssues = result.issues.filter((issue) => issue.code === 'invalid_csv');
        expect(quoteIssues.length).toBeGreaterThanOrEqual(1);
        expect(quoteIssues[0]?.location?.row).toBe(line);
        if (tally.rowsSkipped > 0) expect(result.incomplete).toBe(true);
        if (line > 1) {
          // A data line: at most that row is skipped; every other row is read as written.
          expect(tally.rowsSkipped).toBeLessThanOrEqual(1);
          const others = result.records.filter((record) => record.location?.row !== line);
          expect(others.map((record) => record.value)).toEqual(
            rows.flatMap(([name, _note], i) =>
              i + 2 === line ? [] : [{ id: `M-${i + 1}`, name }],
            ),
          );
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('stray quotes inside unquoted values: no row lost, each quote reported at its line', async () => {
    await fc.assert(
      fc.asyncProperty(
        csvFile,
        fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 8 }),
        async ({ rows, lineBreak, trailing }, picks) => {
          const all = lines(rows);
          const strays = new Map<number, number>();
          for (const [row, char] of picks) {
            // A data line, after the first character of a value (so never opening a quoted value).
            const line = 1 + (row % rows.length);
            const text = all[line] as string;
            const starts = new Set([0, ...[...text].flatMap((c, i) => (c === ',' ? [i + 1] : []))]);
            const position = 1 + (char % (text.length - 1));
            if (starts.has(position)) continue;
            all[line] = `${text.slice(0, position)}"${text.slice(position)}`;
            strays.set(line + 1, (strays.get(line + 1) ?? 0) + 1);
          }
          const result = await readText(join(all, lineBreak, trailing));
          expectWellFormed(result);
          expect(result.tallies[0]).toMatchObject({
            rowsRead: rows.length,
            recordsMade: rows.length,
            rowsSkipped: 0,
          });
          // Each value is kept as written, its stray quotes included.
          expect(result.records.map((record) => record.value)).toEqual(
            all.slice(1).map((text) => {
              const [id, name] = text.split(',');
              return { id, name };
            }),
          );
          const reported = new Map<number, number>();
          for (const issue of result.issues)
            if (issue.code === 'invalid_csv' && issue.location?.row !== undefined)
              reported.set(issue.location.row, (reported.get(issue.location.row) ?? 0) + 1);
          expect([...reported.keys()].sort()).toEqual([...strays.keys()].sort());
          expect(result.incomplete).toBe(false);
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
  });

  /** Single Windows-1252 bytes as Word pastes them: curly quotes, en and em dashes, ellipsis, no-break space. */
  const CP1252 = [0x93, 0x94, 0x91, 0x92, 0x96, 0x97, 0x85, 0xa0];

  it('a few Windows-1252 bytes in UTF-8 text: it stays UTF-8, each byte reported where it is, the rest intact', async () => {
    await fc.assert(
      fc.asyncProperty(
        csvFile,
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...CP1252)), { minLength: 1, maxLength: 4 }),
        async ({ rows, lineBreak, trailing }, inserts) => {
          const all = lines(rows);
          const multiByte = [...join(all, lineBreak, trailing)].filter(
            (c) => (c.codePointAt(0) as number) > 0x7f,
          ).length;
          // "A few": no more bad bytes than the text has letters outside ASCII.
          fc.pre(inserts.length <= multiByte);
          // Bad bytes by data line (1-based), each put after the first letter of that line's name.
          const bad = new Map<number, number[]>();
          for (const [row, byte] of inserts) {
            const line = 1 + (row % rows.length);
            bad.set(line, [...(bad.get(line) ?? []), byte]);
          }
          const pieces: number[] = [];
          all.forEach((lineText, index) => {
            if (index > 0) pieces.push(...encoder.encode(lineBreak));
            const bytes = bad.get(index) ?? [];
            const head = lineText.slice(0, lineText.indexOf(',') + 2);
            pieces.push(
              ...encoder.encode(head),
              ...bytes,
              ...encoder.encode(lineText.slice(head.length)),
            );
          });
          if (trailing) pieces.push(...encoder.encode(lineBreak));
          const result = await run(readCsv, {
            name: 'media_outlet.csv',
            bytes: Uint8Array.from(pieces),
          });
          expectWellFormed(result);
          expect(result.issues.some((issue) => issue.code === 'encoding_converted')).toBe(false);
          const invalid = result.issues.filter((issue) => issue.code === 'encoding_invalid_bytes');
          expect(invalid).toHaveLength(bad.size);
          for (const issue of invalid) {
            const row = issue.location?.row as number;
            expect(bad.has(row - 1)).toBe(true);
            expect(issue.params?.bytes).toBe(
              (bad.get(row - 1) as number[]).map((b) => b.toString(16).toUpperCase()).join(' '),
            );
          }
          expect(result.records).toHaveLength(rows.length);
          rows.forEach(([name], i) => {
            const read = (result.records[i]?.value as { name?: string } | undefined)?.name;
            const bytes = bad.get(i + 1);
            expect(read).toBe(
              bytes ? `${name.slice(0, 1)}${'\ufffd'.repeat(bytes.length)}${name.slice(1)}` : name,
            );
          });
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('a whole file in a legacy encoding is still read as one, every name intact', async () => {
    await fc.assert(
      fc.asyncProperty(
        csvFile,
        fc.constantFrom(['tcvn', 'TCVN3 (ABC)'] as const, ['viscii', 'VISCII'] as const),
        async ({ rows, lineBreak, trailing }, [iconvName, label]) => {
          const text = join(lines(rows), lineBreak, trailing);
          // Enough Vietnamese to tell encodings apart: ten letters outside ASCII.
          fc.pre([...text].filter((c) => (c.codePointAt(0) as number) > 0x7f).length >= 10);
          const bytes = new Uint8Array(iconv.encode(text, iconvName));
          const result = await run(readCsv, { name: 'media_outlet.csv', bytes });
          expectWellFormed(result);
          expect(
            result.issues.filter(
              (issue) => issue.code.startsWith('encoding') || issue.code === 'invalid_encoding',
            ),
          ).toMatchObject([{ code: 'encoding_converted', params: { encoding: label } }]);
          expect(result.records.map((record) => record.value)).toEqual(
            rows.map(([name], i) => ({ id: `M-${i + 1}`, name })),
          );
        },
      ),
      { seed: SEED, numRuns: 100 },
    );
  });
});
