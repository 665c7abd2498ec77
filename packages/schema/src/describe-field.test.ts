import { describe, expect, it } from 'vitest';
import { describeField } from './describe-field';

describe('describeField', () => {
  it('names a field by the record type and field titles of the schema, in each language', () => {
    expect(describeField('prevention_activity', ['endDate'], 'vi')).toBe(
      'Hoạt động phòng ngừa › Ngày kết thúc',
    );
    expect(describeField('prevention_activity', ['endDate'], 'en')).toBe(
      'Prevention activity › End date',
    );
  });

  it('counts array items from 1 and keeps the id of a part the schema does not know', () => {
    expect(
      describeField('prevention_activity', ['participants', 'byAgeBand', 0, 'count'], 'en'),
    ).toBe('Prevention activity › Participants › By age band › item 1 › Count');
    expect(describeField('person', ['nickname'], 'vi')).toBe('Người › nickname');
  });

  it('names the record itself by its type, and knows no type outside the standard', () => {
    expect(describeField('person', [], 'en')).toBe('Person');
    expect(describeField('not_a_type', ['id'], 'en')).toBeUndefined();
  });
});
