import { describe, expect, it } from 'vitest';
import * as api from './index';

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "ERROR_CODES",
        "ISSUE_CODES",
        "PluginError",
        "ValidationError",
        "VntipError",
        "buildIssueCatalog",
        "createIssue",
        "createIssueSummary",
        "createRuleRunner",
        "defineIndicator",
        "definePlugin",
        "defineRule",
        "formatPath",
        "isVntipError",
        "renderTemplate",
        "resolvePluginOptions",
        "splitConfigured",
        "summarizeIssues",
      ]
    `);
  });
});
