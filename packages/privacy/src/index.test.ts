import { describe, expect, it } from 'vitest';
import * as api from './index';

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "AGGREGATE_RECORD_TYPE",
        "DEFAULT_K",
        "MIN_KEY_BYTES",
        "ageLadder",
        "agencyLadder",
        "cleanRecord",
        "createDeidentifier",
        "dateLadder",
        "hideLadder",
        "isPersonCountRecordType",
        "isPersonalRecordType",
        "kAnonymize",
        "keyWeakness",
        "lDiversityWarning",
        "measureRisk",
        "placeLadder",
        "protectSmallCells",
        "pseudonymKey",
        "pseudonymizer",
        "randomReleaseId",
        "readPseudonymKey",
        "recordFields",
        "recordQuasiIdentifiers",
        "summarizeRisk",
      ]
    `);
  });
});
