import { describe, expect, it } from 'vitest';
import { type ExportRecord, exportRecords } from './export-records';
import { defineExporter, type ExporterDefinition } from './exporter';
import { createMemorySink } from './sink';
import { isVntipError, PluginError } from './vntip-error';

const meta = {
  id: 'test-lines',
  version: '1',
  mediaType: 'text/plain',
  extensions: ['txt'],
  profiles: ['internal', 'public'] as const,
  recordTypes: ['person'],
  title: { vi: 'Dòng', en: 'Lines' },
  description: { vi: 'Mỗi bản ghi một dòng.', en: 'One record per line.' },
};

const lines = defineExporter({
  meta,
  create: async (ctx) => {
    const file = await ctx.sink.open('records.txt', { mediaType: 'text/plain' });
    return {
      record: (entry) => file.write(`${String(entry.record.id)}\n`),
      end: () => file.close(),
    };
  },
});

const people: ExportRecord[] = [
  { recordType: 'person', record: { id: 'P-1' } },
  { recordType: 'support_service', record: { id: 'S-1' } },
  { recordType: 'person', record: { id: 'P-2' } },
];

function failing(hook: 'create' | 'record' | 'end'): ExporterDefinition {
  return defineExporter({
    meta,
    create: async (ctx) => {
      const file = await ctx.sink.open('records.txt', { mediaType: 'text/plain' });
      if (hook === 'create') throw new Error('boom');
      return {
        record: () => {
          if (hook === 'record') throw new Error('boom');
          return file.write('x');
        },
        end: () => {
          if (hook === 'end') throw new Error('boom');
        },
      };
    },
  });
}

describe('exportRecords', () => {
  it('streams the handled records, closes the files, and reports the skipped record types', async () => {
    const sink = createMemorySink();
    const result = await exportRecords(people, {
      exporter: lines,
      sink,
      profile: 'internal',
      locale: 'en',
    });
    expect(new TextDecoder().decode(sink.files.get('records.txt')?.bytes)).toBe('P-1\nP-2\n');
    expect(result.files).toEqual(['records.txt', 'risk-report.json']);
    expect(result.records).toBe(2);
    expect(result.issues.map((issue) => [issue.code, issue.source, issue.message])).toEqual([
      [
        'export_record_type_skipped',
        'test-lines',
        '1 record(s) of type support_service were not exported: this format does not carry that type.',
      ],
    ]);
  });

  it('refuses a profile the exporter does not list, and profiles that need de-identification', async () => {
    const sink = createMemorySink();
    await expect(
      exportRecords(people, { exporter: lines, sink, profile: 'referral' }),
    ).rejects.toMatchObject({ code: 'UNSUPPORTED_PROFILE' });
    await expect(
      exportRecords(people, { exporter: lines, sink, profile: 'public' }),
    ).rejects.toMatchObject({ code: 'PROFILE_NOT_AVAILABLE' });
  });

  it('validates the options with the exporter schema', async () => {
    const withOptions = defineExporter<{ bom: boolean }>({
      meta,
      create: () => ({ end: () => undefined }),
      options: {
        '~standard': {
          version: 1,
          vendor: 'test',
          validate: (value) =>
            typeof (value as { bom?: unknown })?.bom === 'boolean'
              ? { value: value as { bom: boolean } }
              : { issues: [{ message: 'bom must be true or false' }] },
        },
      },
    });
    await expect(
      exportRecords(people, {
        exporter: withOptions,
        options: { bom: 'yes' },
        sink: createMemorySink(),
        profile: 'internal',
      }),
    ).rejects.toMatchObject({ code: 'INVALID_PLUGIN_OPTIONS' });
  });

  it.each(['create', 'record', 'end'] as const)(
    'wraps an error thrown by %s in a PluginError and leaves no files',
    async (hook) => {
      const sink = createMemorySink();
      const error = await exportRecords(people, {
        exporter: failing(hook),
        sink,
        profile: 'internal',
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PluginError);
      expect(error).toMatchObject({ plugin: 'test-lines', hook, code: 'PLUGIN_FAILED' });
      expect(sink.files.size).toBe(0);
    },
  );

  it('codes a failing sink as SINK_FAILED, not as the exporter failing', async () => {
    const error = await exportRecords(people, {
      exporter: lines,
      profile: 'internal',
      sink: {
        open: () => ({
          write: () => {
            throw new Error('disk full');
          },
          close: () => undefined,
        }),
      },
    }).catch((e: unknown) => e);
    expect(isVntipError(error) && error.code).toBe('SINK_FAILED');
  });

  it('refuses paths that leave the sink and files opened twice', async () => {
    for (const path of ['../x.txt', '/etc/x', 'a//b', 'C:\\x']) {
      const escaping = defineExporter({
        meta,
        create: async (ctx) => {
          await ctx.sink.open(path, { mediaType: 'text/plain' });
          return { end: () => undefined };
        },
      });
      await expect(
        exportRecords([], { exporter: escaping, sink: createMemorySink(), profile: 'internal' }),
      ).rejects.toMatchObject({ code: 'PLUGIN_FAILED' });
    }
  });

  it('closes files the exporter left open and numbers records', async () => {
    const seen: unknown[] = [];
    const sloppy = defineExporter({
      meta,
      create: async (ctx) => {
        const file = await ctx.sink.open('a.txt', { mediaType: 'text/plain' });
        return {
          record: (entry) => {
            seen.push([entry.index, entry.basePath]);
            return file.write('x');
          },
          end: () => undefined,
        };
      },
    });
    const sink = createMemorySink();
    await exportRecords(people, { exporter: sloppy, sink, profile: 'internal' });
    expect(sink.files.get('a.txt')?.bytes.length).toBe(2);
    expect(seen).toEqual([
      [0, [0]],
      [2, [2]],
    ]);
  });
});
