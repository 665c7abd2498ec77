import type { StandardSchemaV1 } from '@standard-schema/spec';
import { describe, expect, it } from 'vitest';
import { createRecordValidator } from './create-record-validator';

/** What any Standard-Schema-aware tool does with a validator. */
async function standardValidate(schema: StandardSchemaV1, value: unknown) {
  return schema['~standard'].validate(value);
}

describe('createRecordValidator', () => {
  it('implements Standard Schema v1 for one record type', async () => {
    const person = createRecordValidator('person', { locale: 'en' });
    expect(person['~standard'].version).toBe(1);
    expect(person['~standard'].vendor).toBe('vntip');
    expect(await standardValidate(person, { id: 'P1', category: 'VICTIM', sex: 'MALE' })).toEqual({
      value: { id: 'P1', category: 'VICTIM', sex: 'MALE' },
    });
    const failed = await standardValidate(person, { id: 'P1', category: 'VICTIM' });
    expect(failed.issues?.map((i) => [i.message, i.path])).toEqual([
      ['The required field Person › Sex is missing.', ['sex']],
    ]);
  });
});
