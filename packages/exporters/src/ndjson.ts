// Canonical NDJSON: one file per record type, `<recordType>.ndjson`, one canonical record per line.
import { defineExporter, defineImporter, PRIVACY_PROFILES } from '@vntip/core';
import { readNdjson } from '@vntip/read';
import { canonicalJson } from './canonical-json';
import { PerTypeFiles } from './internal/per-type-files';

const MEDIA_TYPE = 'application/x-ndjson';

/** What the exporter and the importer of this format share. */
const META = {
  id: 'ndjson',
  version: '1',
  mediaType: MEDIA_TYPE,
  extensions: ['ndjson', 'jsonl'],
} as const;

/**
 * Exports records as canonical NDJSON: `<recordType>.ndjson` per record type, one canonical record (`canonicalJson`)
 * per line in input order, each line ended by `\n`; UTF-8 without a byte-order mark.
 * @example
 * await exportRecords(records, { exporter: ndjsonExporter, sink, profile: 'internal' });
 */
export const ndjsonExporter = defineExporter({
  meta: {
    ...META,
    profiles: PRIVACY_PROFILES,
    title: { vi: 'NDJSON chuẩn tắc', en: 'Canonical NDJSON' },
    description: {
      vi: 'Mỗi loại bản ghi một tệp <loại>.ndjson, mỗi dòng một bản ghi JSON chuẩn tắc.',
      en: 'One <recordType>.ndjson file per record type, one canonical JSON record per line.',
    },
  },
  create(ctx) {
    const files = new PerTypeFiles(ctx.sink, 'ndjson', MEDIA_TYPE);
    return {
      async record(entry) {
        const { target } = await files.get(entry.recordType);
        await target.write(`${canonicalJson(entry.record)}\n`);
      },
      end: () => files.closeAll(),
    };
  },
});

/**
 * Imports NDJSON files with `readNdjson` from `@vntip/read`, streamed line by line; the record type comes from
 * each file's name (`person.ndjson`) or from envelopes.
 * @example
 * for await (const chunk of importRecords([{ name: 'person.ndjson', bytes }], { importer: ndjsonImporter })) …
 */
export const ndjsonImporter = defineImporter({
  meta: {
    ...META,
    title: { vi: 'NDJSON', en: 'NDJSON' },
    description: {
      vi: 'Đọc tệp NDJSON: mỗi dòng một bản ghi của loại theo tên tệp, hoặc một phong bì.',
      en: 'Reads NDJSON files: one record per line of the type the file name gives, or an envelope.',
    },
  },
  async *read(files, ctx) {
    for (const file of files) yield* readNdjson(file, { locale: ctx.locale });
  },
});
