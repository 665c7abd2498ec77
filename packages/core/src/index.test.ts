import { describe, expect, it } from 'vitest';
import * as api from './index';

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "ERROR_CODES",
        "INTERNAL_EXPORT_WARNING",
        "ISSUE_CODES",
        "MAX_QUOTED_CHARS",
        "PRIVACY_PROFILES",
        "PluginError",
        "RISK_REPORT_FILE",
        "VALUE_QUALIFIER_SIGNS",
        "ValidationError",
        "VntipError",
        "buildIssueCatalog",
        "createIssue",
        "createIssueSummary",
        "createMemorySink",
        "createRegistry",
        "createRuleRunner",
        "defineExporter",
        "defineImporter",
        "defineIndicator",
        "definePlugin",
        "defineRule",
        "exportRecords",
        "formatPath",
        "importRecords",
        "internalRiskReport",
        "isSafeSinkPath",
        "isVntipError",
        "migrate",
        "qualifiedText",
        "quoteValue",
        "renderTemplate",
        "resolvePluginOptions",
        "splitConfigured",
        "summarizeIssues",
      ]
    `);
  });
});
