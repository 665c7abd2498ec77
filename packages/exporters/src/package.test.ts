import { createMemorySink, exportRecords, importRecords } from '@vntip/core';
import { SAMPLE_RECORDS } from '@vntip/core/testing';
import { createDeidentifier, readPseudonymKey } from '@vntip/privacy';
import { validateDescriptor } from '@vntip/validate';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { packageExporter, packageImporter } from './package';
import { PACKAGE_OPTIONS } from './package.fixture';

async function exportPackage(options: object = PACKAGE_OPTIONS, records = SAMPLE_RECORDS) {
  const sink = createMemorySink();
  const result = await exportRecords(records, {
    exporter: packageExporter,
    options,
    sink,
    profile: 'internal',
  });
  return { result, sink };
}

describe('packageExporter', () => {
  it('writes one zip whose descriptor is valid and lists each resource with its size and hash', async () => {
    const { result, sink } = await exportPackage();
    expect(result.files).toContain('bac-giang-2024.zip');
    const zip = unzipSync(sink.files.get('bac-giang-2024.zip')?.bytes ?? new Uint8Array());
    const names = Object.keys(zip);
    expect(names.at(-1)).toBe('datapackage.json');
    const descriptor = JSON.parse(new TextDecoder().decode(zip['datapackage.json']));
    expect(validateDescriptor(descriptor).issues).toEqual([]);
    expect(descriptor).toMatchObject({
      standardVersion: '1.1.0',
      lawVersion: '2011',
      codelistVersions: { adminUnits: ['124/2004', '19/2025'], codelists: '1.1.0' },
    });
    for (const resource of descriptor.resources) {
      const bytes = zip[resource.path] as Uint8Array;
      expect(resource.bytes).toBe(bytes.length);
      const { createHash } = await import('node:crypto');
      expect(resource.hash).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
    }
    expect(names.slice(0, -1)).toEqual(descriptor.resources.map((r: { path: string }) => r.path));
  });

  it('writes resources with the bytes of the json exporter', async () => {
    const { sink } = await exportPackage();
    const zip = unzipSync(sink.files.get('bac-giang-2024.zip')?.bytes ?? new Uint8Array());
    const { jsonExporter } = await import('./json');
    const json = createMemorySink();
    await exportRecords(SAMPLE_RECORDS, {
      exporter: jsonExporter,
      sink: json,
      profile: 'internal',
    });
    for (const [path, file] of json.files) {
      if (path.endsWith('.json') && path !== 'risk-report.json') {
        expect(zip[`data/${path}`]).toEqual(file.bytes);
      }
    }
  });

  it('continues a record type in numbered resources past resourceBytes, keeping input order', async () => {
    const many = Array.from({ length: 40 }, (_, i) => ({
      recordType: 'person',
      record: { ...(SAMPLE_RECORDS[0]?.record as object), id: `P-${i}` },
    }));
    const { sink } = await exportPackage({ ...PACKAGE_OPTIONS, resourceBytes: 2048 }, many);
    const bytes = sink.files.get('bac-giang-2024.zip')?.bytes ?? new Uint8Array();
    const zip = unzipSync(bytes);
    expect(Object.keys(zip).slice(0, 3)).toEqual([
      'data/person.json',
      'data/person-2.json',
      'data/person-3.json',
    ]);
    for (const [path, content] of Object.entries(zip)) {
      if (path.startsWith('data/')) expect(content.length).toBeLessThanOrEqual(2048);
    }
    const ids: string[] = [];
    for await (const chunk of importRecords([{ name: 'p.zip', bytes }], {
      importer: packageImporter,
    })) {
      for (const event of Array.isArray(chunk) ? chunk : [chunk]) {
        expect(event.kind).not.toBe('issue');
        if (event.kind === 'record') ids.push((event.value as { id: string }).id);
      }
    }
    expect(ids).toEqual(many.map((entry) => (entry.record as { id: string }).id));
  });

  it('fills the descriptor from options: extensions, law version, licences', async () => {
    const { sink } = await exportPackage({
      ...PACKAGE_OPTIONS,
      period: { type: 'YEAR', start: '2025-01-01', end: '2025-12-31' },
      extensions: [{ name: 'bac-giang-shelter', version: '1.0.0' }],
      licenses: [{ name: 'CC-BY-4.0' }],
    });
    const zip = unzipSync(sink.files.get('bac-giang-2024.zip')?.bytes ?? new Uint8Array());
    const descriptor = JSON.parse(new TextDecoder().decode(zip['datapackage.json']));
    expect(descriptor.lawVersion).toBe('2024');
    expect(descriptor.extensions).toEqual([{ name: 'bac-giang-shelter', version: '1.0.0' }]);
    expect(descriptor.licenses).toEqual([{ name: 'CC-BY-4.0' }]);
    expect(validateDescriptor(descriptor).ok).toBe(true);
  });

  it('names the profile and the pseudonym key id in the descriptor', async () => {
    const key = readPseudonymKey(
      '0f4f1df67d5af1e4da21a58a7edcb818c3bd7961e725f01d6e8979529574f011',
    );
    const sink = createMemorySink();
    await exportRecords(SAMPLE_RECORDS, {
      exporter: packageExporter,
      options: PACKAGE_OPTIONS,
      sink,
      deidentify: createDeidentifier({ key, referenceYear: 2024 }),
    });
    const zip = unzipSync(sink.files.get('bac-giang-2024.zip')?.bytes ?? new Uint8Array());
    const descriptor = JSON.parse(new TextDecoder().decode(zip['datapackage.json']));
    expect(descriptor.deidentification).toEqual({ profile: 'referral', keyId: key.id });
    expect(validateDescriptor(descriptor).ok).toBe(true);
    const internal = await exportPackage();
    const plain = unzipSync(
      internal.sink.files.get('bac-giang-2024.zip')?.bytes ?? new Uint8Array(),
    );
    expect(
      JSON.parse(new TextDecoder().decode(plain['datapackage.json'])).deidentification,
    ).toEqual({
      profile: 'internal',
    });
  });

  it('refuses options the descriptor schema refuses, naming the field', async () => {
    await expect(exportPackage({ ...PACKAGE_OPTIONS, name: 'Bắc Giang' })).rejects.toThrow(/name/);
    await expect(exportPackage({ ...PACKAGE_OPTIONS, created: '2025-01-15' })).rejects.toThrow(
      /created/,
    );
    await expect(exportPackage({ ...PACKAGE_OPTIONS, colour: 'red' })).rejects.toThrow(/colour/);
    await expect(exportPackage({ ...PACKAGE_OPTIONS, resourceBytes: 10 })).rejects.toThrow(
      /resourceBytes/,
    );
    const { created: _, ...noCreated } = PACKAGE_OPTIONS;
    await expect(exportPackage(noCreated)).rejects.toThrow(/created/);
  });
});

describe('packageExporter entry times', () => {
  it('stamps every entry 2000-01-01 00:00, whatever the clock says', async () => {
    const { sink } = await exportPackage();
    const bytes = sink.files.get('bac-giang-2024.zip')?.bytes ?? new Uint8Array();
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const { readZipLayout } = await import('./internal/package-zip');
    for (const entry of readZipLayout(bytes).entries) {
      expect(view.getUint16(entry.centralOffset + 12, true)).toBe(0);
      expect(view.getUint16(entry.centralOffset + 14, true)).toBe((20 << 9) | (1 << 5) | 1);
    }
  });
});
