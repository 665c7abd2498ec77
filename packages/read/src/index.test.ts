import { describe, expect, it } from 'vitest';
import * as api from './index';

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "DEFAULT_READ_LIMITS",
        "InflateBudget",
        "ReaderError",
        "ZipError",
        "codeWithLabel",
        "collectEvents",
        "eachEvent",
        "getFieldTree",
        "inflateEntry",
        "inflateEntryBytes",
        "lookUpCode",
        "matchFileName",
        "openZipArchive",
        "readCsv",
        "readCsvRows",
        "readFile",
        "readJson",
        "readNdjson",
        "readOds",
        "readPackageZip",
        "readXlsx",
        "sniffFormat",
        "suggestCode",
      ]
    `);
  });
});
