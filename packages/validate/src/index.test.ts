import { describe, expect, it } from 'vitest';
import * as api from './index';

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "BUILTIN_RULES",
        "DEFAULT_READ_LIMITS",
        "ExchangePackageSchema",
        "READABLE_STANDARD_VERSIONS",
        "RECORD_SCHEMAS",
        "RECORD_TYPES",
        "ZOD_SCHEMAS",
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
        "initialVerificationDeadline",
        "isRecordType",
        "parseGsoAdminUnitList",
        "readCsv",
        "readFile",
        "readJson",
        "readNdjson",
        "readPackageZip",
        "readXlsx",
        "referentialIntegrity",
        "shelterStayLimit",
        "sniffFormat",
        "supportConditions",
        "supportEligibility",
        "validate",
        "validateDescriptor",
        "validateRecord",
      ]
    `);
  });
});
