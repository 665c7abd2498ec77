import { describe, expect, it } from 'vitest';
import * as api from './index';

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "BUILTIN_RULES",
        "DEFAULT_READ_LIMITS",
        "ExchangePackageSchema",
        "InflateBudget",
        "READABLE_STANDARD_VERSIONS",
        "RECORD_SCHEMAS",
        "RECORD_TYPES",
        "ReaderError",
        "ZOD_SCHEMAS",
        "ZipError",
        "accompanyingChildAge",
        "adminUnitKey",
        "adminUnitVersion",
        "builtinRules",
        "checkAdminUnits",
        "codelistStatus",
        "countsConsistent",
        "createRecordValidator",
        "dateInPeriod",
        "dateNotInFuture",
        "dateOrder",
        "deprecatedFields",
        "duplicateRecords",
        "fromZodIssues",
        "inflateEntry",
        "inflateEntryBytes",
        "initialVerificationDeadline",
        "isRecordType",
        "openZipArchive",
        "parseGsoAdminUnitList",
        "readCsv",
        "readFile",
        "readJson",
        "readNdjson",
        "readOds",
        "readPackageZip",
        "readXlsx",
        "referentialIntegrity",
        "shelterStayLimit",
        "sniffFormat",
        "supportConditions",
        "supportEligibility",
        "validate",
        "validateDataset",
        "validateDescriptor",
        "validateRecord",
      ]
    `);
  });
});
