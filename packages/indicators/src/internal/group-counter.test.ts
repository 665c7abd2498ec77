import { describe, expect, it } from 'vitest';
import { countValues } from './count-values';
import { GroupCounter } from './group-counter';

const ctx = {
  period: { start: '2024-01-01', end: '2024-12-31' },
  scope: { codeListVersion: '124/2004', level: 'province', code: '24' },
} as const;

function noteOf(...codes: (string | undefined)[]) {
  const counter = new GroupCounter();
  codes.forEach((code, i) => {
    counter.add('A', 10, `r${i}`, code);
  });
  const [value] = countValues(
    ctx,
    counter.entries().map(([key, group]) => [{ key }, group]),
    [],
  );
  return { qualifier: value?.qualifier, notes: value?.notes.map((note) => note.code) };
}

describe('GroupCounter', () => {
  it('marks a sum with a “more than” figure as value_more_than, a strict lower bound', () => {
    expect(noteOf('MORE_THAN')).toEqual({ qualifier: 'AT_LEAST', notes: ['value_more_than'] });
    expect(noteOf(undefined, 'MORE_THAN', 'AT_LEAST')).toEqual({
      qualifier: 'AT_LEAST',
      notes: ['value_more_than'],
    });
  });

  it('keeps value_at_least without a “more than” figure, and an approximation wins', () => {
    expect(noteOf('AT_LEAST', 'EXACT')).toEqual({
      qualifier: 'AT_LEAST',
      notes: ['value_at_least'],
    });
    expect(noteOf('MORE_THAN', 'APPROXIMATE')).toEqual({
      qualifier: 'APPROXIMATE',
      notes: ['value_approximate'],
    });
    expect(noteOf('EXACT', undefined)).toEqual({ qualifier: undefined, notes: [] });
  });
});
