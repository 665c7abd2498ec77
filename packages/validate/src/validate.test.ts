import { createIssue, defineRule } from '@vntip/core';
import type { RecordEvent } from '@vntip/read';
import { describe, expect, it } from 'vitest';
import { validate } from './validate';

const person = (id: string, sex = 'FEMALE') => ({ id, category: 'VICTIM', sex });
const records = (...values: unknown[]): RecordEvent[] =>
  values.map((value, i) => ({
    kind: 'record',
    recordType: 'person',
    value,
    basePath: [i],
    location: { file: 'p.ndjson', row: i + 1 },
  }));

const periodSpy: unknown[] = [];
const countPeople = defineRule({
  meta: {
    id: 'test/count',
    version: '1',
    title: { vi: 't', en: 't' },
    description: { vi: 'd', en: 'd' },
  },
  messages: {
    test_people: {
      severity: 'info',
      message: { vi: '{n} người.', en: '{n} people.' },
      hint: { vi: '-', en: '-' },
    },
  },
  create: (ctx) => {
    periodSpy.push(ctx.period);
    let n = 0;
    return {
      record: () => void n++,
      end: () => ctx.report({ code: 'test_people', params: { n } }),
    };
  },
});

describe('validate', () => {
  it('checks structure, then runs rules over the valid records only', async () => {
    const result = await validate(records(person('P1'), person('P2', 'F'), person('P3')), {
      rules: [countPeople],
      locale: 'en',
    });
    expect(result.ok).toBe(false);
    expect(result.counts).toEqual({ person: 3 });
    expect(result.records.map((r) => r.record.id)).toEqual(['P1', 'P3']);
    expect(result.issues.map((i) => [i.code, i.path.join('.'), i.location?.row])).toEqual([
      ['unknown_code', '1.sex', 2],
      ['test_people', '', undefined],
    ]);
    expect(result.issues[1]?.message).toBe('2 people.');
    expect(result.summary.map((g) => g.code)).toEqual(['unknown_code', 'test_people']);
  });

  it('accepts batches of events and can drop the records it keeps', async () => {
    const result = await validate([records(person('P1'), person('P2'))], { keepRecords: false });
    expect(result.ok).toBe(true);
    expect(result.records).toEqual([]);
    expect(result.counts).toEqual({ person: 2 });
  });

  it('keeps at most maxIssues issues but counts and summarises all of them', async () => {
    const result = await validate(
      records(person('P1', 'F'), person('P2', 'F'), person('P3', 'F')),
      { maxIssues: 1 },
    );
    expect(result.issues).toHaveLength(1);
    expect(result.issueCounts).toEqual({ error: 3, warning: 0, info: 0 });
    expect(result.summary[0]?.count).toBe(3);
    expect(result.ok).toBe(false);
  });

  it('gives rules the period the package declares', async () => {
    periodSpy.length = 0;
    const descriptor = { period: { type: 'YEAR', start: '2024-01-01', end: '2024-12-31' } };
    await validate([{ kind: 'descriptor', descriptor }, ...records(person('P1'))], {
      rules: [countPeople],
    });
    expect(periodSpy).toEqual([{ start: '2024-01-01', end: '2024-12-31' }]);
  });

  it('never calls a partly read input ok', async () => {
    const cut = createIssue({
      code: 'invalid_json',
      params: { detail: 'unexpected end' },
      location: { file: 'p.ndjson', row: 2 },
    });
    const result = await validate([
      ...records(person('P1')),
      { kind: 'issue', issue: cut, incomplete: true },
    ]);
    expect(result.complete).toBe(false);
    expect(result.ok).toBe(false);
  });
});

describe('validate with user-given record type names', () => {
  it('counts record types named after Object.prototype members as plain counts', async () => {
    const names = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'constructor'];
    const events: RecordEvent[] = names.map((recordType, i) => ({
      kind: 'record',
      recordType,
      value: {},
      basePath: [i],
    }));
    const result = await validate(events, { locale: 'en' });
    expect(Object.entries(result.counts)).toEqual([
      ['constructor', 2],
      ['toString', 1],
      ['__proto__', 1],
      ['hasOwnProperty', 1],
    ]);
    expect(result.issues.map((issue) => issue.code)).toEqual(
      names.map(() => 'unknown_record_type'),
    );
    expect(({} as Record<string, unknown>).constructor).toBe(Object);
  });
});

describe('validate over batches', () => {
  it('gives the same issues, in the same order, as the events one by one', async () => {
    const { builtinRules } = await import('./builtin-rules');
    const { eachEvent, readNdjson } = await import('@vntip/read');
    const lines = [
      '{"recordType":"person","record":{"id":"P-1","category":"VICTIM","sex":"FEMALE"}}',
      '{"recordType":"person","record":{"id":"P-1","category":"VICTIM","sex":"FEMALE"}}',
      '{"recordType":"person","record":{"id":"P-2","category":"VICTIM","sex":"X"}}',
      'not json',
      '',
      '{"recordType":"process_event","record":{"id":"R-1","personId":"P-9","type":"PROTECTION","date":"2999-01-01"}}',
      '{"recordType":"person","record":{"id":"P-3","category":"VICTIM","sex":"MALE","birthYear":3000}}',
    ];
    const bytes = new TextEncoder().encode(`${lines.join('\n')}\n`);
    const options = { rules: builtinRules, today: '2026-01-01', locale: 'en' } as const;
    const batched = await validate(readNdjson({ name: 'm.ndjson', bytes }), options);
    const single = await validate(eachEvent(readNdjson({ name: 'm.ndjson', bytes })), options);
    expect(batched.issues.length).toBeGreaterThan(3);
    expect(batched.issues).toEqual(single.issues);
    expect(batched.counts).toEqual(single.counts);
  });
});
