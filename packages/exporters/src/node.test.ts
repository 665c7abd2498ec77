import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineExporter, exportRecords, importRecords } from '@vntip/core';
import { SAMPLE_RECORDS } from '@vntip/core/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvExporter, csvImporter } from './csv';
import { createFolderSink, folderFiles } from './node';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vntip-exporters-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('createFolderSink', () => {
  it('writes the files only when the export succeeds, and folderFiles reads them back', async () => {
    await exportRecords(SAMPLE_RECORDS, {
      exporter: csvExporter,
      sink: createFolderSink(dir),
      profile: 'internal',
    });
    expect((await readdir(dir)).sort()).toEqual([
      'datapackage.json',
      'person.csv',
      'prevention_activity.csv',
      'process_event.csv',
      'risk-report.json',
      'support_service.csv',
      'trafficking_event.csv',
    ]);
    let records = 0;
    for await (const chunk of importRecords(await folderFiles(dir, ['csv']), {
      importer: csvImporter,
    })) {
      for (const event of Array.isArray(chunk) ? chunk : [chunk])
        if (event.kind === 'record') records++;
    }
    expect(records).toBe(SAMPLE_RECORDS.length);
  });

  it('leaves nothing behind when the export fails half-way', async () => {
    let seen = 0;
    const failing = defineExporter({
      ...csvExporter,
      create: async (ctx) => {
        const hooks = await csvExporter.create(ctx);
        return {
          record: async (entry) => {
            if (++seen === 4) throw new Error('boom');
            await hooks.record?.(entry);
          },
          end: () => hooks.end(),
        };
      },
    });
    await expect(
      exportRecords(SAMPLE_RECORDS, {
        exporter: failing,
        options: {},
        sink: createFolderSink(dir),
        profile: 'internal',
      }),
    ).rejects.toMatchObject({ code: 'PLUGIN_FAILED', hook: 'record' });
    expect(await readdir(dir)).toEqual([]);
    // A folder the export created is removed too.
    seen = 0;
    await expect(
      exportRecords(SAMPLE_RECORDS, {
        exporter: failing,
        sink: createFolderSink(join(dir, 'new', 'deep')),
        profile: 'internal',
      }),
    ).rejects.toMatchObject({ code: 'PLUGIN_FAILED' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('writes every file as a 0600 partial, and gives it the asked mode only when the export commits', async () => {
    const modes: number[] = [];
    const watching = defineExporter({
      ...csvExporter,
      create: async (ctx) => {
        const hooks = await csvExporter.create(ctx);
        return {
          record: async (entry) => {
            await hooks.record?.(entry);
            for (const name of await readdir(dir)) {
              if (name.endsWith('.partial')) modes.push((await stat(join(dir, name))).mode & 0o777);
            }
          },
          end: () => hooks.end(),
        };
      },
    });
    await exportRecords(SAMPLE_RECORDS, {
      exporter: watching,
      sink: createFolderSink(dir, { mode: 0o644 }),
      profile: 'internal',
    });
    expect(modes.length).toBeGreaterThan(0);
    expect(new Set(modes)).toEqual(new Set([0o600]));
    for (const name of await readdir(dir)) {
      expect({ name, mode: (await stat(join(dir, name))).mode & 0o777 }).toEqual({
        name,
        mode: 0o644,
      });
    }
    const privateDir = join(dir, 'private');
    await exportRecords(SAMPLE_RECORDS, {
      exporter: csvExporter,
      sink: createFolderSink(privateDir),
      profile: 'internal',
    });
    for (const name of await readdir(privateDir)) {
      expect({ name, mode: (await stat(join(privateDir, name))).mode & 0o777 }).toEqual({
        name,
        mode: 0o600,
      });
    }
  });

  it('does not overwrite an existing file unless asked', async () => {
    await writeFile(join(dir, 'person.csv'), 'keep');
    const person = SAMPLE_RECORDS.filter((entry) => entry.recordType === 'person');
    await expect(
      exportRecords(person, {
        exporter: csvExporter,
        sink: createFolderSink(dir),
        profile: 'internal',
      }),
    ).rejects.toMatchObject({ code: 'SINK_FAILED' });
    expect(await readFile(join(dir, 'person.csv'), 'utf8')).toBe('keep');
    expect(await readdir(dir)).toEqual(['person.csv']);
    await exportRecords(person, {
      exporter: csvExporter,
      sink: createFolderSink(dir, { overwrite: true }),
      profile: 'internal',
    });
    expect(await readFile(join(dir, 'person.csv'), 'utf8')).toMatch(/^id,category,/);
  });
});
