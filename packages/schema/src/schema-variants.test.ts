import { describe, expect, it } from 'vitest';
import { resolveSchemaRef, schemaCodelist, schemaVariants } from './schema-variants';

describe('schema walking', () => {
  it('resolves a $ref across files and names its definition', () => {
    const target = resolveSchemaRef('common.schema.json#/$defs/AdminUnitRef', 'person.schema.json');
    expect(target).toMatchObject({ file: 'common.schema.json', def: 'AdminUnitRef' });
    expect(resolveSchemaRef('#/$defs/Nope', 'common.schema.json')).toBeUndefined();
  });

  it('splits a referenced oneOf into its variants, keeping sibling keywords, with or without the parent', () => {
    const residence = {
      $ref: 'common.schema.json#/$defs/AdminUnitRef',
      sensitivity: 'quasi_identifier',
    };
    const variants = schemaVariants(residence, 'person.schema.json');
    expect(variants.length).toBeGreaterThan(3);
    expect(variants.every(([, file]) => file === 'common.schema.json')).toBe(true);
    const withParent = schemaVariants(residence, 'person.schema.json', { withParent: true });
    expect(withParent).toHaveLength(variants.length + 1);
    expect(withParent[0]?.[0]).toMatchObject({ sensitivity: 'quasi_identifier' });
  });

  it('names the codelist of a field', () => {
    expect(schemaCodelist({ $ref: 'codelists.schema.json#/$defs/sex' })).toBe('sex');
    expect(schemaCodelist({ codelist: 'purpose' })).toBe('purpose');
    expect(schemaCodelist({ type: 'string' })).toBeUndefined();
  });
});
