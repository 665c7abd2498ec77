import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnyRuleDefinition, ConfiguredRule, Issue, Severity } from '@vntip/core';
import type { Locale } from '@vntip/schema';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES, type BuiltinRuleId, validate } from '../src/index';

const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures/rules');

// Runs without `today` in their input use this date, so no case depends on the clock.
const DEFAULT_TODAY = '2026-06-30';

// Codes no real data can raise yet; each is covered by a unit test named here.
const NOT_REACHABLE_BY_FIXTURES: Readonly<Record<string, readonly string[]>> = {
  // No code is deprecated in standard 1.0: see src/rules/internal/code-status.test.ts.
  'codelist-status': ['deprecated_code'],
  // No field is deprecated in standard 1.1: see src/rules/internal/deprecated-fields.test.ts.
  'deprecated-fields': ['deprecated_field'],
};

interface CaseInput {
  readonly today?: string;
  readonly period?: { readonly start: string; readonly end: string };
  readonly options?: unknown;
  readonly records: readonly { readonly recordType: string; readonly record: unknown }[];
}

interface ExpectedIssue {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly severity?: Severity;
  /** Params the issue must carry, checked as a subset. */
  readonly params?: Readonly<Record<string, unknown>>;
}

interface Case {
  readonly name: string;
  readonly input: CaseInput;
  readonly expected: readonly ExpectedIssue[];
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

function loadCases(ruleId: string): Case[] {
  const dir = join(fixturesDir, ruleId);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.input.json'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.input.json'.length);
      return {
        name,
        input: readJson(join(dir, file)) as CaseInput,
        expected: readJson(join(dir, `${name}.expected.json`)) as ExpectedIssue[],
      };
    });
}

function run(rule: AnyRuleDefinition, input: CaseInput, locale: Locale) {
  const configured: ConfiguredRule = 'options' in input ? [rule, input.options] : rule;
  return validate(
    input.records.map((r, i) => ({
      kind: 'record' as const,
      recordType: r.recordType,
      value: r.record,
      basePath: [i],
    })),
    {
      rules: [configured],
      today: input.today ?? DEFAULT_TODAY,
      locale,
      ...(input.period ? { period: input.period } : {}),
    },
  );
}

const UNFILLED_PLACEHOLDER = /\{\w+\}/;

function expectRendered(issues: readonly Issue[]): void {
  for (const issue of issues) {
    expect(issue.message, issue.code).not.toBe('');
    expect(issue.message, issue.code).not.toMatch(UNFILLED_PLACEHOLDER);
    expect(issue.hint ?? '', issue.code).not.toBe('');
    expect(issue.hint ?? '', issue.code).not.toMatch(UNFILLED_PLACEHOLDER);
  }
}

const ruleDirs = readdirSync(fixturesDir).sort();

describe('built-in rule fixtures', () => {
  it('has a fixture folder for every built-in rule and a rule for every folder', () => {
    expect(ruleDirs).toEqual(Object.keys(BUILTIN_RULES).sort());
  });

  for (const ruleId of ruleDirs) {
    const rule = BUILTIN_RULES[ruleId as BuiltinRuleId] as AnyRuleDefinition | undefined;
    if (!rule) continue;
    const cases = loadCases(ruleId);

    describe(ruleId, () => {
      it('has a valid case and a true positive for every issue code it declares', () => {
        expect(cases.some((c) => c.expected.length === 0)).toBe(true);
        const raised = new Set(cases.flatMap((c) => c.expected.map((issue) => issue.code)));
        const declared = Object.keys(rule.messages ?? {});
        const unreachable = NOT_REACHABLE_BY_FIXTURES[ruleId] ?? [];
        expect(declared.filter((code) => !raised.has(code) && !unreachable.includes(code))).toEqual(
          [],
        );
        expect([...raised].filter((code) => !declared.includes(code))).toEqual([]);
      });

      for (const { name, input, expected } of cases) {
        it(`raises exactly the expected issues for ${name}`, async () => {
          const result = await run(rule, input, 'vi');
          const other = result.issues.filter((issue) => issue.source !== rule.meta.id);
          expect(other, 'fixtures must be structurally valid').toEqual([]);
          const actual = result.issues.map((issue) => ({
            code: issue.code,
            path: issue.path,
            severity: issue.severity,
          }));
          expect(actual).toEqual(
            expected.map((issue) => ({
              code: issue.code,
              path: issue.path,
              severity: issue.severity ?? rule.messages?.[issue.code]?.severity,
            })),
          );
          expected.forEach((issue, i) => {
            if (issue.params) expect(result.issues[i]?.params).toMatchObject(issue.params);
          });
          expectRendered(result.issues);
          const english = await run(rule, input, 'en');
          expect(english.issues.map((issue) => issue.code)).toEqual(
            result.issues.map((issue) => issue.code),
          );
          expectRendered(english.issues);
        });
      }
    });
  }
});
