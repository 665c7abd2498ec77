import { describe, expect, it } from 'vitest';
import { defineExporter, type ExporterHooks } from '../exporter';
import { defineImporter } from '../importer';
import { type ConformanceCase, exporterConformance, firstDifference } from './conformance';

const meta = {
  id: 'test-lines',
  version: '1',
  mediaType: 'application/x-ndjson',
  extensions: ['ndjson'],
  profiles: ['internal'] as const,
  title: { vi: 'Dòng', en: 'Lines' },
  description: { vi: 'Mỗi bản ghi một dòng.', en: 'One record per line.' },
};

type Transform = (record: Record<string, unknown>) => unknown;

/** A small NDJSON exporter, with a fault to inject. */
function lines(
  fault: { transform?: Transform; buffer?: boolean; salt?: (run: number) => string } = {},
) {
  let runs = 0;
  return defineExporter({
    meta,
    create(ctx) {
      const run = runs++;
      const buffered: string[] = [];
      const targets = new Map<string, Awaited<ReturnType<typeof ctx.sink.open>>>();
      const hooks: ExporterHooks = {
        async record(entry) {
          const record = (fault.transform ?? normalize)(entry.record as Record<string, unknown>);
          const line = `${JSON.stringify(record)}${fault.salt?.(run) ?? ''}\n`;
          if (fault.buffer) {
            buffered.push(`${entry.recordType}\t${line}`);
            return;
          }
          let target = targets.get(entry.recordType);
          if (!target) {
            target = await ctx.sink.open(`${entry.recordType}.ndjson`, {
              mediaType: meta.mediaType,
            });
            targets.set(entry.recordType, target);
          }
          await target.write(line);
        },
        async end() {
          for (const item of buffered) {
            const [type = '', line = ''] = item.split('\t');
            let target = targets.get(type);
            if (!target) {
              target = await ctx.sink.open(`${type}.ndjson`, { mediaType: meta.mediaType });
              targets.set(type, target);
            }
            await target.write(line);
          }
          for (const target of targets.values()) await target.close();
        },
      };
      return hooks;
    },
  });
}

function normalize(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value).normalize('NFC'));
}

const importer = defineImporter({
  meta,
  async *read(files) {
    for (const file of files) {
      const recordType = file.name.replace(/\.ndjson$/, '');
      const bytes = file.bytes as Uint8Array;
      const text = new TextDecoder().decode(bytes);
      yield text
        .split('\n')
        .filter(Boolean)
        .map((line, index) => ({
          kind: 'record' as const,
          recordType,
          value: JSON.parse(line),
          basePath: [index],
        }));
    }
  },
});

async function failures(cases: readonly ConformanceCase[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const c of cases) {
    try {
      await c.run();
    } catch (error) {
      out[c.name.replace('test-lines: ', '')] = (error as Error).message;
    }
  }
  return out;
}

describe('exporterConformance', () => {
  it('passes a conforming exporter', async () => {
    expect(
      await failures(exporterConformance({ exporter: lines(), importer, largeCount: 2000 })),
    ).toEqual({});
  });

  it('catches an exporter that mutates its input', async () => {
    const mutating = lines({
      transform: (record) => {
        record.id = 'changed';
        return record;
      },
    });
    const found = await failures(
      exporterConformance({ exporter: mutating, importer, largeCount: 100 }),
    );
    expect(Object.values(found)[0]).toMatch(/read only|read-only|Cannot assign/);
  });

  it('catches lost fields, output that changes between runs, buffering and non-NFC text', async () => {
    const dropping = lines({ transform: ({ id: _id, ...rest }) => rest });
    expect(
      await failures(exporterConformance({ exporter: dropping, importer, largeCount: 100 })),
    ).toMatchObject({
      'exports the sample without issues and reads back identical records': expect.stringMatching(
        /^Round trip: person record 0 differs at id: expected "P-0001", received undefined/,
      ),
    });
    const changing = lines({ salt: (run) => ' '.repeat(run % 2) });
    expect(
      await failures(exporterConformance({ exporter: changing, importer, largeCount: 100 })),
    ).toHaveProperty(
      'writes the same bytes for the same input',
      expect.stringMatching(/differs between two runs/),
    );
    const buffering = lines({ buffer: true });
    expect(
      await failures(exporterConformance({ exporter: buffering, importer, largeCount: 100 })),
    ).toHaveProperty(
      'streams 100 records, writing before the input ends',
      expect.stringMatching(/^Only 0 of \d+ bytes were written before the input ended/),
    );
    const nfd = lines({
      transform: (record) => JSON.parse(JSON.stringify(record).normalize('NFD')),
    });
    expect(
      await failures(exporterConformance({ exporter: nfd, importer, largeCount: 100 })),
    ).toHaveProperty(
      'writes Unicode as NFC and keeps emoji and combining marks',
      expect.stringMatching(/is not in NFC/),
    );
  });
});

describe('firstDifference', () => {
  it('ignores key order and names the first differing path', () => {
    expect(
      firstDifference({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 }, ''),
    ).toBeUndefined();
    expect(firstDifference({ a: [1, { c: 2 }] }, { a: [1, { c: 3 }] }, '')).toBe(
      'a[1].c: expected 2, received 3',
    );
  });
});
