import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fromZodIssues } from './from-zod-issues';
import { validateRecord } from './validate-record';

const person = (birthYear: number) => ({ id: 'P1', category: 'VICTIM', sex: 'FEMALE', birthYear });

describe('fromZodIssues', () => {
  it('gives one out_of_range per value, the schema bound, however far past it the value is', () => {
    // Past 2^53 zod also fails its safe-integer bound: one mistake, one issue, the schema's limit.
    for (const [year, limit] of [
      [99999999, '≤ 2100'],
      [1e20, '≤ 2100'],
      [-1e20, '≥ 1900'],
      [1800, '≥ 1900'],
    ] as const) {
      const result = validateRecord('person', person(year), { locale: 'en' });
      expect(
        result.issues.map((issue) => [issue.code, issue.path, issue.params?.limit]),
        String(year),
      ).toEqual([['out_of_range', ['birthYear'], limit]]);
    }
  });

  it('keeps the tightest of several bounds one value fails, and bounds of other values', () => {
    const schema = z.object({
      a: z.number().max(100).max(10),
      b: z.number().min(-5).min(5),
    });
    const parsed = schema.safeParse({ a: 1000, b: -10 }, { reportInput: true });
    const issues = fromZodIssues(parsed.error?.issues ?? [], { locale: 'en' });
    expect(issues.map((issue) => [issue.path, issue.params?.limit])).toEqual([
      [['a'], '≤ 10'],
      [['b'], '≥ 5'],
    ]);
  });
});
