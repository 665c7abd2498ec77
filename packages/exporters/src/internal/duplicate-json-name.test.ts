import { describe, expect, it } from 'vitest';
import { duplicateJsonName } from './duplicate-json-name';

describe('duplicateJsonName', () => {
  it('names the first member repeated in one object, with its path', () => {
    expect(duplicateJsonName('{"keyId":"a","keyId":"b"}')).toBe('keyId');
    expect(duplicateJsonName('{"a":1,"files":{"x.json":"1","y":[{"k":1}],"x.json":"2"}}')).toBe(
      'files.x.json',
    );
    expect(duplicateJsonName('[{"k":1},{"k":2,"k":3}]')).toBe('k');
  });

  it('says nothing of names that are unique in their object, or that occur only as values', () => {
    expect(duplicateJsonName('{"a":{"b":1},"b":{"a":"a"},"c":["a","a"]}')).toBeUndefined();
    expect(duplicateJsonName('{"a\\"b":1,"a":"\\"a\\"","k":"{\\"a\\":1}"}')).toBeUndefined();
    expect(duplicateJsonName('"keyId"')).toBeUndefined();
  });

  it('compares names after their escapes are read', () => {
    expect(duplicateJsonName('{"keyId":"a","key\\u0049d":"b"}')).toBe('keyId');
  });
});
