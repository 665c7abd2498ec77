import { JSON_SCHEMAS } from '@vntip/schema';
import { describe, expect, it } from 'vitest';
import { findDeprecatedFields, findValuesAt } from './deprecated-fields';

// No field of standard 1.1 is deprecated, so the rule fixtures cannot show a deprecated field: a
// schema of the dialect with one stands in (ADR 014: a 1.0 field whose meaning changes stays, with
// `deprecation` naming its successor).
const deprecation = {
  since: '1.1',
  replacedBy: 'casesSolved',
  vi: 'Dùng casesSolved cho tỷ lệ khám phá.',
  en: 'Use casesSolved for the detection rate.',
};
const schema = {
  type: 'object',
  properties: {
    id: { $ref: 'common.schema.json#/$defs/Identifier' },
    casesDetected: { type: 'integer', deprecation },
    stages: {
      type: 'array',
      items: { type: 'object', properties: { old: { type: 'string', deprecation } } },
    },
    variant: { oneOf: [{ type: 'object', properties: { old: { type: 'string', deprecation } } }] },
  },
};

describe('findDeprecatedFields', () => {
  const fields = findDeprecatedFields({ 'x.schema.json': schema }, { x: 'x.schema.json' });

  it('finds deprecated fields at any depth, in array items and in variants', () => {
    expect(fields.get('x')?.map((field) => field.path)).toEqual([
      ['casesDetected'],
      ['stages', '*', 'old'],
      ['variant', 'old'],
    ]);
    expect(fields.get('x')?.[0]?.deprecation).toEqual(deprecation);
  });

  it('finds the values that sit there, and only those', () => {
    const record = { casesDetected: 0, stages: [{ old: 'a' }, {}, { old: 'b' }], variant: {} };
    expect(findValuesAt(record, ['casesDetected'])).toEqual([['casesDetected']]);
    expect(findValuesAt(record, ['stages', '*', 'old'])).toEqual([
      ['stages', 0, 'old'],
      ['stages', 2, 'old'],
    ]);
    expect(findValuesAt(record, ['variant', 'old'])).toEqual([]);
    expect(findValuesAt(Object.create({ casesDetected: 1 }), ['casesDetected'])).toEqual([]);
  });

  it('finds every deprecated field of the standard naming its successor (ADR 014)', () => {
    const deprecated = [...findDeprecatedFields(JSON_SCHEMAS).values()].flat();
    expect(deprecated.filter((field) => !field.deprecation.replacedBy)).toEqual([]);
  });
});
