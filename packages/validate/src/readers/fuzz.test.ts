// Property tests: whatever the bytes, every reader terminates with records and issues, marks a partial read as
// incomplete, never throws, and never touches a prototype. Fixed seeds and bounded runs keep CI deterministic.
import { readFileSync } from 'node:fs';
import { ISSUE_CODES } from '@vntip/core';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { InputFile, ReadChunk } from '../read-event';
import { type CollectedEvents, collectEvents } from './collect-events';
import { readCsv } from './read-csv';
import { readFile } from './read-file';
import { readJson } from './read-json';
import { readNdjson } from './read-ndjson';
import type { ReadOptions } from './read-options';
import { readPackageZip } from './read-package-zip';
import { readXlsx } from './read-xlsx';

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
const fixtures = new URL('../../test/fixtures/readers/', import.meta.url);
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
