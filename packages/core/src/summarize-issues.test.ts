import { describe, expect, it } from 'vitest';
import { createIssue } from './create-issue';
import { createIssueSummary, OTHER_FIELDS, summarizeIssues } from './summarize-issues';

describe('summarizeIssues', () => {
  it('groups the same problem at the same field across records, errors first', () => {
    const issues = [
      createIssue({
        code: 'unknown_code',
        severity: 'warning',
        path: [0, 'campaign'],
        params: { received: 'X', expected: [] },
      }),
      ...[1, 2, 3].map((row) =>
        createIssue({
          code: 'required_field_missing',
          path: [row, 'sex'],
          location: { file: 'a.csv', row },
        }),
      ),
    ];
    const summary = summarizeIssues(issues, { maxLocations: 2 });
    expect(summary.map((g) => [g.severity, g.code, g.field, g.count])).toEqual([
      ['error', 'required_field_missing', 'sex', 3],
      ['warning', 'unknown_code', 'campaign', 1],
    ]);
    expect(summary[0]?.locations).toEqual([
      { file: 'a.csv', row: 1 },
      { file: 'a.csv', row: 2 },
    ]);
  });

  it('keeps at most maxGroups groups: issues at fields past it join their code overflow group, all counted', () => {
    const summary = createIssueSummary({ maxGroups: 3 });
    for (let i = 0; i < 10; i++)
      summary.add(createIssue({ code: 'unknown_field', path: [i, `key${i}`] }));
    summary.add(createIssue({ code: 'unknown_field', path: [10, 'key1'] }));
    const groups = summary.groups();
    expect(groups.map((group) => [group.field, group.count])).toEqual([
      [OTHER_FIELDS, 7],
      ['key1', 2],
      ['key0', 1],
      ['key2', 1],
    ]);
    expect(summary.counts.error).toBe(11);
  });
});
