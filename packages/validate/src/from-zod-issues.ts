import {
  createIssue,
  type Issue,
  type IssueInput,
  quoteValue,
  type SourceLocation,
} from '@vntip/core';
import { codeWithLabel, getFieldTree, suggestCode } from '@vntip/read';
import { describeField, fieldSensitivity, type Locale } from '@vntip/schema';
import type { z } from 'zod';
import { describeFormat } from './format-description';

/** Where the record sits, added to every issue. */
export interface IssueContext {
  readonly locale: Locale;
  readonly location?: SourceLocation;
  /** Prefix of every path, e.g. the resource name. */
  readonly basePath?: readonly (string | number)[];
  /** The record type checked, whose schema says which fields' values a message may never quote. */
  readonly recordType?: string;
}

const EXPECTED_TYPE: Record<string, { vi: string; en: string }> = {
  string: { vi: 'chuỗi ký tự', en: 'a text' },
  number: { vi: 'một số', en: 'a number' },
  int: { vi: 'một số nguyên', en: 'a whole number' },
  boolean: { vi: 'true hoặc false', en: 'true or false' },
  object: { vi: 'một đối tượng JSON', en: 'an object' },
  array: { vi: 'một danh sách', en: 'a list' },
};

function toInput(issue: z.core.$ZodIssue, context: IssueContext): IssueInput[] {
  const locale = context.locale;
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  // With reportInput on, an absent property shows as undefined input, whatever check it failed first.
  const absent =
    issue.input === undefined && issue.code !== 'unrecognized_keys' && issue.code !== 'custom';
  if (absent && path.length > 0) return [{ code: 'required_field_missing', path }];
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED_TYPE[issue.expected]?.[locale] ?? issue.expected;
      return [{ code: 'invalid_type', path, params: { expected } }];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ code: 'unknown_field', path: [...path, key] }));
    case 'invalid_value': {
      if (issue.values.length === 1)
        return [
          { code: 'invalid_value', path, params: { expected: JSON.stringify(issue.values[0]) } },
        ];
      const sensitivity = context.recordType
        ? fieldSensitivity(context.recordType, path)
        : undefined;
      const received = quoteValue(issue.input, locale, sensitivity);
      const expected = issue.values.map(String);
      // A near miss gets its suggestion, unless the field's values are never quoted: the suggestion would tell it.
      const suggestion =
        context.recordType && sensitivity !== 'sensitive' && sensitivity !== 'direct_identifier'
          ? suggestedCode(context.recordType, path, issue.input, locale)
          : undefined;
      return [
        suggestion
          ? { code: 'unknown_code_did_you_mean', path, params: { received, suggestion, expected } }
          : { code: 'unknown_code', path, params: { received, expected } },
      ];
    }
    case 'invalid_format':
      return [
        {
          code: 'invalid_format',
          path,
          // The pattern stays in the params for programs; the message says the form in words.
          params: {
            format: describeFormat(issue.format, issue.pattern, locale),
            ...(issue.format === 'regex' && issue.pattern ? { pattern: issue.pattern } : {}),
          },
        },
      ];
    case 'too_small':
      return [{ code: 'out_of_range', path, params: { limit: `≥ ${String(issue.minimum)}` } }];
    case 'too_big':
      return [{ code: 'out_of_range', path, params: { limit: `≤ ${String(issue.maximum)}` } }];
    case 'invalid_union':
      return [{ code: 'invalid_variant', path }];
    case 'custom':
      if (issue.params?.code === 'duplicate_items') return [{ code: 'duplicate_items', path }];
      return [{ code: 'invalid_value', path, params: { expected: issue.message } }];
    default:
      return [{ code: 'invalid_value', path, params: { expected: issue.message } }];
  }
}

/**
 * The issues without a bound another issue of the same value supersedes: a value may fail several bounds of one side
 * (past 2^53 a whole number fails zod's safe-integer bound as well as the schema's `maximum`), but it is one mistake,
 * said once with the tightest bound, the one the schema sets.
 */
function withoutLooserBounds(issues: readonly z.core.$ZodIssue[]): readonly z.core.$ZodIssue[] {
  const tightest = new Map<string, z.core.$ZodIssue>();
  for (const issue of issues) {
    if (issue.code !== 'too_big' && issue.code !== 'too_small') continue;
    const key = `${issue.code} ${JSON.stringify(issue.path.map(String))}`;
    const kept = tightest.get(key);
    if (!kept || tighter(issue, kept)) tightest.set(key, issue);
  }
  if (tightest.size === 0) return issues;
  return issues.filter(
    (issue) =>
      (issue.code !== 'too_big' && issue.code !== 'too_small') ||
      tightest.get(`${issue.code} ${JSON.stringify(issue.path.map(String))}`) === issue,
  );
}

/** Whether bound issue `a` is stricter than `b`, of the same code: a lower maximum or a higher minimum. */
function tighter(a: z.core.$ZodIssue, b: z.core.$ZodIssue): boolean {
  if (a.code === 'too_big' && b.code === 'too_big') return Number(a.maximum) < Number(b.maximum);
  if (a.code === 'too_small' && b.code === 'too_small')
    return Number(a.minimum) > Number(b.minimum);
  return false;
}

/** Turns zod issues into VN-TIP issues with stable codes and bilingual messages, one per mistake. */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], context: IssueContext): Issue[] {
  const base = context.basePath ?? [];
  const named = (path: readonly (string | number)[] | undefined) => {
    const field =
      context.recordType === undefined
        ? undefined
        : describeField(context.recordType, path ?? [], context.locale);
    return field === undefined ? {} : { field };
  };
  return withoutLooserBounds(issues).flatMap((zodIssue) =>
    toInput(zodIssue, context).map((input) =>
      createIssue(
        {
          ...input,
          ...named(input.path),
          path: [...base, ...(input.path ?? [])],
          source: 'schema',
          ...(context.location ? { location: context.location } : {}),
        },
        context.locale,
      ),
    ),
  );
}

/** The code a value nearly names in the codelist of the field at `path`, with its label; undefined when none. */
function suggestedCode(
  recordType: string,
  path: readonly (string | number)[],
  value: unknown,
  locale: Locale,
): string | undefined {
  if (typeof value !== 'string') return undefined;
  let node = getFieldTree(recordType);
  for (const part of path) {
    if (!node) return undefined;
    node = typeof part === 'number' ? node.item : node.children?.get(part);
  }
  const codelist = node?.leaf?.codelist;
  const code = codelist ? suggestCode(codelist, value) : undefined;
  return codelist && code ? codeWithLabel(codelist, code, locale) : undefined;
}
