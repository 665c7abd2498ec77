import { describe, expect, it } from 'vitest';
import { createIssue } from './create-issue';
import { summarizeIssues } from './summarize-issues';

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
});
