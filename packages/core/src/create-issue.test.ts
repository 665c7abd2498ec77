import { describe, expect, it } from 'vitest';
import { createIssue, formatPath, renderTemplate } from './create-issue';
import { ISSUE_CODES } from './issue-codes';

describe('createIssue', () => {
  it('renders the Vietnamese message by default', () => {
    const issue = createIssue({ code: 'required_field_missing', path: ['participants', 'total'] });
    expect(issue.message).toBe('Thiếu trường bắt buộc participants.total.');
    expect(issue.severity).toBe('error');
    expect(issue.hint).toBe('Điền giá trị cho trường này.');
  });

  it('renders English and keeps location, source and params', () => {
    const issue = createIssue(
      {
        code: 'unknown_code',
        path: [0, 'sex'],
        params: { received: 'F', expected: ['FEMALE', 'MALE'] },
        location: { file: 'a.json' },
        source: 'schema',
      },
      'en',
    );
    expect(issue.message).toBe('The code "F" at [0].sex is not in the codelist.');
    expect(issue.hint).toBe('Use a code from the codelist: FEMALE, MALE.');
    expect(issue.location).toEqual({ file: 'a.json' });
    expect(issue.source).toBe('schema');
  });

  it('finds only codes and params of its own, never inherited names', () => {
    for (const code of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(() => createIssue({ code })).toThrow(/No message is declared/);
    }
    expect(renderTemplate('{constructor} {toString} {n}', { n: 1 })).toBe(
      '{constructor} {toString} 1',
    );
  });

  it('lets a check lower the severity', () => {
    expect(createIssue({ code: 'unknown_code', severity: 'warning' }).severity).toBe('warning');
  });
});

describe('formatPath', () => {
  it('joins names with dots and indexes with brackets', () => {
    expect(formatPath(['participants', 'byAgeBand', 0, 'count'])).toBe(
      'participants.byAgeBand[0].count',
    );
    expect(formatPath([])).toBe('(bản ghi · record)');
  });
});

describe('renderTemplate', () => {
  it('shortens long lists and leaves unknown placeholders', () => {
    const list = Array.from({ length: 10 }, (_, i) => `C${i}`);
    expect(renderTemplate('{x} {y}', { x: list })).toBe(
      'C0, C1, C2, C3, C4, C5, C6, C7, … (10) {y}',
    );
  });
});

describe('ISSUE_CODES', () => {
  it('is sorted and gives every code a message and hint in both languages', () => {
    const codes = Object.keys(ISSUE_CODES);
    expect(codes).toEqual([...codes].sort());
    for (const [code, definition] of Object.entries(ISSUE_CODES)) {
      expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
      for (const text of [definition.message, definition.hint]) {
        expect(text.vi.length).toBeGreaterThan(0);
        expect(text.en.length).toBeGreaterThan(0);
      }
    }
  });
});
