import { createRegistry } from '@vntip/core';
import { describe, expect, it } from 'vitest';
import * as csv from './csv';
import * as ctdc from './ctdc';
import * as htcds from './htcds';
import * as api from './index';
import * as json from './json';
import * as ndjson from './ndjson';
import * as node from './node';
import * as odkSubmissions from './odk-submissions';
import * as pkg from './package';
import * as sdmx from './sdmx';
import * as signing from './signing';
import * as xlsform from './xlsform';
import * as xlsx from './xlsx';

describe('public API', () => {
  it('exports exactly these names, per entry point', () => {
    const names = (module: object) => Object.keys(module).sort();
    expect({
      index: names(api),
      json: names(json),
      ndjson: names(ndjson),
      csv: names(csv),
      ctdc: names(ctdc),
      node: names(node),
      xlsx: names(xlsx),
      sdmx: names(sdmx),
      htcds: names(htcds),
      package: names(pkg),
      signing: names(signing),
      xlsform: names(xlsform),
      'odk-submissions': names(odkSubmissions),
    }).toMatchInlineSnapshot(`
      {
        "csv": [
          "CSV_PACKAGE_FILE",
          "LABEL_SUFFIX",
          "csvExporter",
          "csvImporter",
        ],
        "ctdc": [
          "CTDC_ANONYMITY_FILE",
          "CTDC_COLUMNS",
          "CTDC_FILE",
          "ctdcExporter",
        ],
        "htcds": [
          "HTCDS_UNMAPPED_FILE",
          "htcdsExporter",
        ],
        "index": [
          "ISSUES_SHEET_NAME",
          "annotateWorkbook",
          "builtinPlugin",
          "canonicalJson",
          "escapeCell",
          "escapeCells",
          "issueReport",
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
        "odk-submissions": [
          "odkSubmissionsImporter",
        ],
        "package": [
          "packageExporter",
          "packageImporter",
        ],
        "sdmx": [
          "INDICATOR_RESULT_RECORD_TYPE",
          "sdmxCsvExporter",
        ],
        "signing": [
          "SIGNATURE_CONTEXT",
          "SIGNATURE_FORMAT",
          "generateSigningKeyPair",
          "signPackage",
          "signPackageFolder",
          "signingKeyId",
          "verifyPackage",
          "verifyPackageFolder",
        ],
        "xlsform": [
          "VICTIM_FORM_RECORD_TYPES",
          "VNTIP_XFORMS_NAMESPACE",
          "XLSFORM_LANGUAGES",
          "XLSFORM_RECORD_TYPES",
          "XLSFORM_REVISION",
          "createXlsForm",
          "writeXlsForm",
        ],
        "xlsx": [
          "XLSX_SINGLE_FILE",
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
      'ctdc',
      'htcds',
      'json',
      'ndjson',
      'package',
      'sdmx-csv',
      'xlsx',
    ]);
    expect(registry.importer('csv')).toBe(csv.csvImporter);
  });
});
