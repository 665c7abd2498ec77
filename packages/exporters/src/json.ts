// Canonical JSON: one file per record type, `<recordType>.json`, a JSON array with one canonical record per line.
import { defineExporter, defineImporter, PRIVACY_PROFILES } from '@vntip/core';
import { readJson } from '@vntip/read';
import { canonicalJson } from './canonical-json';
import { JSON_ARRAY_END, JSON_ARRAY_SEPARATOR, JSON_ARRAY_START } from './internal/json-array';
import { PerTypeFiles } from './internal/per-type-files';

const MEDIA_TYPE = 'application/json';

/** What the exporter and the importer of this format share. */
const META = {
  id: 'json',
  version: '1',
  mediaType: MEDIA_TYPE,
  extensions: ['json'],
} as const;

/**
 * Exports records as canonical JSON: `<recordType>.json` per record type, each a JSON array (the shape of an exchange
 * package's JSON resource) written `[`, one record per line in input order, `]`. Records are canonical
 * (`canonicalJson`: sorted keys, NFC); files are UTF-8 without a byte-order mark, with `\n` line ends.
 * @example
 * await exportRecords(records, { exporter: jsonExporter, sink, profile: 'internal' });
 */
export const jsonExporter = defineExporter({
  meta: {
    ...META,
    profiles: PRIVACY_PROFILES,
    title: { vi: 'JSON chuẩn tắc', en: 'Canonical JSON' },
    description: {
      vi: 'Mỗi loại bản ghi một tệp <loại>.json: mảng JSON, mỗi dòng một bản ghi, khóa sắp xếp, Unicode NFC.',
      en: 'One <recordType>.json file per record type: a JSON array, one record per line, sorted keys, Unicode NFC.',
    },
  },
  create(ctx) {
    const files = new PerTypeFiles(ctx.sink, 'json', MEDIA_TYPE);
    return {
      async record(entry) {
        const { target, first } = await files.get(entry.recordType, (file) =>
          file.write(JSON_ARRAY_START),
        );
        await target.write(`${first ? '' : JSON_ARRAY_SEPARATOR}${canonicalJson(entry.record)}`);
      },
      end: () => files.closeAll(JSON_ARRAY_END),
    };
  },
});

/**
 * Imports JSON files with `readJson` from `@vntip/read`: the record type comes from each file's name
 * (`person.json`) or from envelopes inside it.
 * @example
 * for await (const chunk of importRecords([{ name: 'person.json', bytes }], { importer: jsonImporter })) …
 */
export const jsonImporter = defineImporter({
  meta: {
    ...META,
    title: { vi: 'JSON', en: 'JSON' },
    description: {
      vi: 'Đọc tệp JSON: mảng bản ghi của loại theo tên tệp, hoặc các phong bì có loại bản ghi.',
      en: 'Reads JSON files: an array of records of the type the file name gives, or typed envelopes.',
    },
  },
  async *read(files, ctx) {
    for (const file of files) yield* readJson(file, { locale: ctx.locale });
  },
});
