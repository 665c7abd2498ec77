import { describe, expect, it } from 'vitest';
import { type FieldNode, getFieldTree } from './schema-fields';
import { editDistance, suggestHeader } from './suggest-header';

const person = getFieldTree('person') as FieldNode;
const event = getFieldTree('process_event') as FieldNode;

describe('suggestHeader', () => {
  it('suggests the title a header nearly is, ignoring case, diacritics and punctuation', () => {
    expect(suggestHeader(person, 'Gioi tnh', 'vi')).toEqual({ title: 'Giới tính', id: 'sex' });
    expect(suggestHeader(person, 'Gioi tnh', 'en')).toEqual({ title: 'Giới tính', id: 'sex' });
    expect(suggestHeader(person, 'Nam snh', 'en')).toEqual({ title: 'Năm sinh', id: 'birthYear' });
    expect(suggestHeader(event, 'Địa bàn.Mã tnh', 'vi')).toEqual({
      title: 'Địa bàn › Mã tỉnh',
      id: 'location.code',
    });
  });

  it('answers a near id with the field title in the reader language', () => {
    expect(suggestHeader(person, 'birthYaer', 'en')).toEqual({
      title: 'Birth year',
      id: 'birthYear',
    });
    expect(suggestHeader(person, 'birthYaer', 'vi')).toEqual({
      title: 'Năm sinh',
      id: 'birthYear',
    });
  });

  it('suggests nothing for short or far headers', () => {
    expect(suggestHeader(person, 'STT', 'vi')).toBeUndefined();
    expect(suggestHeader(person, 'Ghi chú', 'vi')).toBeUndefined();
    expect(suggestHeader(person, 'Số điện thoại liên hệ', 'vi')).toBeUndefined();
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions, stopping at the limit', () => {
    expect(editDistance('gioitinh', 'gioitinh')).toBe(0);
    expect(editDistance('gioitnh', 'gioitinh')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
