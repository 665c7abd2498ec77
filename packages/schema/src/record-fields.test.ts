import { describe, expect, it } from 'vitest';
import { fieldSensitivity, recordFields } from './record-fields';

describe('recordFields', () => {
  it('reads kinds and sensitivity classes from the schema, the strictest along the path', () => {
    const person = recordFields('person');
    expect(person?.properties?.get('id')).toMatchObject({
      kind: 'identifier',
      sensitivity: 'direct_identifier',
    });
    const residence = person?.properties?.get('residence');
    expect(residence).toMatchObject({ kind: 'admin_unit', sensitivity: 'quasi_identifier' });
    expect(residence?.properties?.get('name')).toMatchObject({
      kind: 'text',
      sensitivity: 'quasi_identifier',
    });
    const support = recordFields('support_service');
    expect(support?.properties?.get('inKind')).toMatchObject({
      kind: 'text',
      sensitivity: 'sensitive',
    });
    const decision = recordFields('status_decision');
    expect(
      decision?.properties?.get('confirmationDocuments')?.items?.properties?.get('number'),
    ).toMatchObject({
      kind: 'text',
      sensitivity: 'sensitive',
    });
    expect(recordFields('process_event')?.properties?.get('date')).toMatchObject({ kind: 'date' });
    expect(
      recordFields('prevention_activity')?.properties?.get('organiser')?.properties?.get('name'),
    ).toMatchObject({
      kind: 'text',
      sensitivity: 'public',
    });
  });

  it('knows no unknown record type', () => {
    expect(recordFields('nope')).toBeUndefined();
  });
});

describe('fieldSensitivity', () => {
  it('gives the strictest class on a field path, array indexes skipped', () => {
    expect(fieldSensitivity('person', ['id'])).toBe('direct_identifier');
    expect(fieldSensitivity('person', ['birthYear'])).toBe('quasi_identifier');
    expect(fieldSensitivity('person', ['residence', 'name'])).toBe('quasi_identifier');
    expect(fieldSensitivity('status_decision', ['confirmationDocuments', 0, 'number'])).toBe(
      'sensitive',
    );
    expect(fieldSensitivity('prevention_activity', ['organiser', 'name'])).toBe('public');
  });

  it('knows no unknown record type or field', () => {
    expect(fieldSensitivity('nope', ['id'])).toBeUndefined();
    expect(fieldSensitivity('person', ['fullName'])).toBeUndefined();
  });
});
