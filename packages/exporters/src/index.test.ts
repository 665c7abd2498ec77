import { createRegistry } from '@vntip/core';
import { describe, expect, it } from 'vitest';
import * as csv from './csv';
import * as api from './index';
import * as json from './json';
import * as ndjson from './ndjson';
import * as node from './node';
import * as pkg from './package';
import * as pkg from './package';
import * as signing from './signing';
import * as signing from './signing';
import * as xlsx from './xlsx';

describe('public API', () => {
  it('exports exactly these names, per entry point', () => {
    const names = (module: object) => Object.keys(module).sort();
    expect({
      index: names(api),
      json: names(json),
      ndjson: names(ndjson),
      csv: names(csv),
      node: names(node),
      package: names(pkg),
      signing: names(signing),
      package: names(pkg),
      signing: names(signing),
      xlsx: names(xlsx),
    }).toMatchInlineSnapshot(`
      {
        "csv": [
          "LABEL_SUFFIX",
          "csvExporter",
          "csvImporter",
        ],
        "index": [
          "builtinPlugin",
          "canonicalJson",
          "escapeCell",
          "escapeCells",
          "unescapeCell",
          "unescapeCells",
        ],
        "json": [
          "jsonExporter",
          "jsonImporter",
        ],
        "ndjson": [
          "ndjsonExporter",
          "ndjsonImporter",
        ],
        "node": [
          "createFolderSink",
          "folderFiles",
        ],
        "package": [
          "packageExporter",
          "packageImporter",
        ],
        "package": [
          "packageExporter",
          "packageImporter",
        ],
        "signing": [
          "generateSigningKeyPair",
          "signPackage",
          "signingKeyId",
          "verifyPackage",
        ],
        "signing": [
          "generateSigningKeyPair",
          "signPackage",
          "signingKeyId",
          "verifyPackage",
        ],
        "xlsx": [
          "XLSX_TEMPLATE_FILE",
          "xlsxExporter",
          "xlsxImporter",
        ],
      }
    `);
  });

  it('registers the built-ins through the plugin API', () => {
    const registry = createRegistry([api.builtinPlugin]);
    expect([...registry.exporters.keys()].sort()).toEqual([
      'csv',
      'json',
      'ndjson',
      'package',
      'xlsx',
    ]);
    expect(registry.importer('csv')).toBe(csv.csvImporter);
  });
});
