import { describe, expect, it } from 'vitest';
import { builtinRules } from './builtin-rules';
import { readFile } from './readers/read-file';
import { validate } from './validate';

// Record types and codes are names from the data: `constructor`, `__proto__` or `toString` must be plain unknown names,
// counted as such, never a lookup that finds Object.prototype.
describe('record types named after Object.prototype members', () => {
  for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
    const bytes = new TextEncoder().encode(
      JSON.stringify([{ id: 'X-1' }, { id: 'X-2', polluted: true }]),
    );

    it(`a file named ${name}.json is not taken for a record type, and nothing is polluted`, async () => {
      const result = await validate(readFile({ name: `${name}.json`, bytes }), {
        rules: builtinRules,
        locale: 'en',
      });
      expect(result.ok).toBe(false);
      expect(result.issues.map((issue) => issue.code)).toContain('missing_record_type');
      expect(Object.getOwnPropertyNames(result.counts)).toEqual([]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it(`--record-type ${name} is an unknown record type, and nothing is polluted`, async () => {
      const result = await validate(readFile({ name: 'data.json', bytes }, { recordType: name }), {
        rules: builtinRules,
        locale: 'en',
      });
      expect(result.ok).toBe(false);
      expect(result.issues.map((issue) => issue.code)).toContain('unknown_record_type');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
    });
  }

  it('a code named after an Object.prototype member is an unknown code, not a crash', async () => {
    const bytes = new TextEncoder().encode(
      JSON.stringify([{ id: 'X-1', category: 'constructor', sex: '__proto__' }]),
    );
    const result = await validate(readFile({ name: 'person.json', bytes }), {
      rules: builtinRules,
      locale: 'en',
    });
    expect(result.ok).toBe(false);
    const paths = result.issues.map((issue) => issue.path.at(-1));
    expect(paths).toEqual(expect.arrayContaining(['category', 'sex']));
  });
});
