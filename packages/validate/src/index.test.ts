import { describe, expect, it } from 'vitest';
import * as api from './index';

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "ExchangePackageSchema",
        "RECORD_SCHEMAS",
        "RECORD_TYPES",
        "ZOD_SCHEMAS",
        "adminUnitKey",
        "checkAdminUnits",
        "createRecordValidator",
        "fromZodIssues",
        "isRecordType",
        "parseGsoAdminUnitList",
        "validate",
        "validateDescriptor",
        "validateExchangePackage",
        "validateRecord",
      ]
    `);
  });
});
