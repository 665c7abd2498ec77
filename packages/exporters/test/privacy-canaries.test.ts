import {
  createMemorySink,
  type ExportRecord,
  exportRecords,
  type MemorySink,
  type PrivacyProfile,
  RISK_REPORT_FILE,
} from '@vntip/core';
import { builtinIndicators, computeIndicators } from '@vntip/indicators';
import { createDeidentifier, readPseudonymKey } from '@vntip/privacy';
import { validateRecord } from '@vntip/validate';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { builtinPlugin } from '../src/builtin-plugin';
import { PACKAGE_OPTIONS } from '../src/package.fixture';
import { canaries, canaryDataset } from './canary-dataset';

// Every non-internal export of every built-in exporter is scanned, bytes included (zip entries unpacked), for the
// canaries seeded in the dataset: none may appear.
const COUNT = 30;
const dataset = canaryDataset(COUNT);
const secrets = canaries(COUNT);
const key = readPseudonymKey('95595d52934d088787ef8d882f0369f5177649bdd1decd816f64f22d59a2d886');
const OPTIONS: Readonly<Record<string, unknown>> = { package: PACKAGE_OPTIONS };

/** Every text an export holds: each file's bytes as UTF-8, and each entry of a zip (XLSX, exchange package). */
function texts(sink: MemorySink): string[] {
  const out: string[] = [];
  const visit = (name: string, bytes: Uint8Array) => {
    out.push(new TextDecoder().decode(bytes));
    if (bytes[0] === 0x50 && bytes[1] === 0x4b)
      for (const [entry, inner] of Object.entries(unzipSync(bytes)))
        visit(`${name}/${entry}`, inner);
  };
  for (const [name, file] of sink.files) visit(name, file.bytes);
  return out;
}

function leaks(sink: MemorySink): string[] {
  const all = texts(sink);
  return secrets.filter((secret) =>
    all.some((text) => text.includes(secret) || text.includes(secret.normalize('NFD'))),
  );
}

async function aggregates(): Promise<ExportRecord[]> {
  const entries = dataset.map((entry, index) => ({ ...entry, index, basePath: [index] }));
  const rows = await computeIndicators(entries, {
    indicators: builtinIndicators,
    period: { start: '2024-01-01', end: '2024-12-31' },
    today: '2026-11-28',
  });
  return rows.map((row) => ({ recordType: 'indicator_result', record: { ...row } }));
}

describe('privacy canaries', () => {
  it('seeds a structurally valid dataset', () => {
    for (const { recordType, record } of dataset)
      expect(validateRecord(recordType, record).ok).toBe(true);
  });

  it('finds the canaries in an internal export, so the scan can fail', async () => {
    const sink = createMemorySink();
    await exportRecords(dataset, {
      exporter: builtinPlugin.exporters.json,
      sink,
      profile: 'internal',
    });
    expect(leaks(sink)).toEqual(secrets);
  });

  const cases = Object.entries(builtinPlugin.exporters).flatMap(([id, exporter]) =>
    exporter.meta.profiles
      .filter((profile): profile is Exclude<PrivacyProfile, 'internal'> => profile !== 'internal')
      .map((profile) => [id, profile] as const),
  );

  it.each(cases)(
    '%s with the %s profile leaks no canary and ships its risk report',
    async (id, profile) => {
      const exporter = builtinPlugin.exporters[id as keyof typeof builtinPlugin.exporters];
      const sink = createMemorySink();
      const input = profile === 'statistical' ? await aggregates() : dataset;
      await exportRecords(input, {
        exporter,
        options: OPTIONS[id],
        sink,
        profile,
        deidentify: createDeidentifier({ key, referenceYear: 2024 }),
      });
      expect(leaks(sink)).toEqual([]);
      expect(sink.files.has(RISK_REPORT_FILE)).toBe(true);
    },
  );

  it('refuses microdata under the statistical profile instead of downgrading', async () => {
    await expect(
      exportRecords(dataset, {
        exporter: builtinPlugin.exporters.json,
        sink: createMemorySink(),
        profile: 'statistical',
        deidentify: createDeidentifier({ key }),
      }),
    ).rejects.toMatchObject({ code: 'PROFILE_NOT_HONOURED' });
  });
});
