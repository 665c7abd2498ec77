import { describe, expect, it } from 'vitest';
import type { IssueCodeDefinition } from './issue-codes';
import { defineRule, type RecordEntry } from './rule';
import { buildIssueCatalog, createRuleRunner } from './run-rules';
import { isVntipError, PluginError } from './vntip-error';

const message: IssueCodeDefinition = {
  severity: 'warning',
  message: { vi: 'Tiêu đề trống tại {field}.', en: 'Empty title at {field}.' },
  hint: { vi: 'Điền tiêu đề.', en: 'Fill in the title.' },
};
const meta = {
  id: 'test/no-empty-title',
  version: '1',
  title: { vi: 't', en: 't' },
  description: { vi: 'd', en: 'd' },
};

const noEmptyTitle = defineRule({
  meta: { ...meta, recordTypes: ['prevention_activity'] },
  messages: { test_empty_title: message },
  create: (ctx) => ({
    record: (entry) => {
      if (entry.record.title === '')
        ctx.report({ code: 'test_empty_title', entry, path: ['title'] });
    },
  }),
});

const entry = (recordType: string, record: Record<string, unknown>, index = 0): RecordEntry => ({
  recordType,
  record,
  index,
  basePath: [index],
  location: { file: 'a.ndjson', row: index + 1 },
});

describe('buildIssueCatalog', () => {
  it('takes codes named after Object.prototype members as plain codes', () => {
    // Built key by key: `__proto__` in an object literal would set the prototype instead.
    const messages = Object.create(null) as Record<string, IssueCodeDefinition>;
    for (const code of ['constructor', '__proto__', 'toString']) messages[code] = message;
    const catalog = buildIssueCatalog([defineRule({ meta, messages, create: () => ({}) })]);
    for (const code of ['constructor', '__proto__', 'toString']) {
      expect(Object.hasOwn(catalog, code)).toBe(true);
      expect(catalog[code]).toBe(message);
    }
    expect(Object.getPrototypeOf(catalog)).toBe(null);
    expect(({} as Record<string, unknown>).severity).toBeUndefined();
  });
});

describe('createRuleRunner', () => {
  it('feeds a rule only its record types and renders its own messages', async () => {
    const runner = await createRuleRunner([noEmptyTitle], { locale: 'en' });
    runner.record(entry('person', { title: '' }));
    runner.record(entry('prevention_activity', { title: '' }, 3));
    expect(runner.end()).toEqual([
      {
        code: 'test_empty_title',
        severity: 'warning',
        path: [3, 'title'],
        message: 'Empty title at Prevention activity › Title.',
        hint: 'Fill in the title.',
        location: { file: 'a.ndjson', row: 4 },
        source: 'test/no-empty-title',
      },
    ]);
  });

  it('validates options with the rule’s Standard Schema and passes the result in', async () => {
    const seen: unknown[] = [];
    const withOptions = defineRule<{ limit: number }>({
      meta,
      options: {
        '~standard': {
          version: 1,
          vendor: 'test',
          validate: (value) =>
            typeof (value as { limit?: unknown })?.limit === 'number'
              ? { value: value as { limit: number } }
              : { issues: [{ message: 'limit must be a number' }] },
        },
      },
      create: (ctx) => {
        seen.push(ctx.options);
        return {};
      },
    });
    await createRuleRunner([[withOptions, { limit: 3 }]]);
    expect(seen).toEqual([{ limit: 3 }]);
    await expect(createRuleRunner([[withOptions, { limit: 'x' }]])).rejects.toThrow(
      /limit must be a number/,
    );
  });

  it('tells a rule of its record types that failed structure apart from valid ones, and only rules that ask', async () => {
    const seen: string[] = [];
    const noter = defineRule({
      meta: { ...meta, recordTypes: ['person'] },
      create: () => ({
        invalidRecord: (entry) => void seen.push(`invalid ${String(entry.record.id)}`),
        record: (entry) => void seen.push(`valid ${String(entry.record.id)}`),
      }),
    });
    // A rule with only `record` is not told of invalid records.
    const runner = await createRuleRunner([noter, noEmptyTitle]);
    runner.invalidRecord(entry('person', { id: 'P-1', sex: 'F' }));
    runner.invalidRecord(entry('prevention_activity', { id: 'A-1', title: '' }));
    runner.record(entry('person', { id: 'P-2' }, 1));
    expect(seen).toEqual(['invalid P-1', 'valid P-2']);
    expect(runner.end()).toEqual([]);
  });

  it('wraps what a hook throws in a PluginError naming the rule and hook', async () => {
    const broken = defineRule({
      meta,
      create: () => ({
        end: () => {
          throw new Error('boom');
        },
      }),
    });
    const runner = await createRuleRunner([broken]);
    try {
      runner.end();
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PluginError);
      expect(isVntipError(error)).toBe(true);
      expect((error as PluginError).hook).toBe('end');
      expect((error as Error).message).toContain('[test/no-empty-title]');
    }
  });

  it('refuses an issue code no catalogue declares', async () => {
    const undeclared = defineRule({
      meta,
      create: (ctx) => ({ end: () => ctx.report({ code: 'nobody_declared_this' }) }),
    });
    const runner = await createRuleRunner([undeclared]);
    expect(() => runner.end()).toThrow(/nobody_declared_this/);
  });
});

describe('buildIssueCatalog', () => {
  it('refuses two rules declaring one code differently', () => {
    const other = defineRule({
      meta: { ...meta, id: 'other' },
      messages: { test_empty_title: { ...message } },
      create: () => ({}),
    });
    expect(() => buildIssueCatalog([noEmptyTitle, other])).toThrow(/redeclares/);
  });
});
