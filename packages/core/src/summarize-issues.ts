import type { Issue, Severity, SourceLocation } from './issue';

/** Identical issues grouped: the same code and severity at the same field of different records. */
export interface IssueGroup {
  readonly code: string;
  readonly severity: Severity;
  /** The field, with record positions removed: `participants.total`. */
  readonly field: string;
  /** Message of the first occurrence. */
  readonly message: string;
  readonly count: number;
  /** Locations of the first occurrences. */
  readonly locations: readonly SourceLocation[];
}

/** Options of `summarizeIssues`. */
export interface SummarizeOptions {
  /** How many locations to keep per group. @default 5 */
  readonly maxLocations?: number;
  /**
   * How many groups to keep: past it, an issue of a new field joins its code's overflow group (field `*`), so that
   * data with a different field in every record cannot make the summary as large as the issues. @default 1000
   */
  readonly maxGroups?: number;
}

/** The field of a code's overflow group, holding the issues at fields that came after `maxGroups` was reached. */
export const OTHER_FIELDS = '*';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

type MutableGroup = { -readonly [K in keyof IssueGroup]: IssueGroup[K] } & {
  locations: SourceLocation[];
};

/** Counts issues into groups as they come, so a run can summarise more issues than it keeps. */
export interface IssueSummary {
  add(issue: Issue): void;
  /** Issues added, by severity. */
  readonly counts: Readonly<Record<Severity, number>>;
  /** The groups so far, errors first, then by count. */
  groups(): IssueGroup[];
}

/** Creates an empty, incremental issue summary. */
export function createIssueSummary(options: SummarizeOptions = {}): IssueSummary {
  const maxLocations = options.maxLocations ?? 5;
  const maxGroups = options.maxGroups ?? 1000;
  const groups = new Map<string, MutableGroup>();
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  return {
    counts,
    add(issue) {
      counts[issue.severity]++;
      let field = issue.path.filter((part) => typeof part === 'string').join('.');
      let key = `${issue.severity}\u0000${issue.code}\u0000${field}`;
      let group = groups.get(key);
      if (!group && groups.size >= maxGroups) {
        field = OTHER_FIELDS;
        key = `${issue.severity}\u0000${issue.code}\u0000${field}`;
        group = groups.get(key);
      }
      if (!group) {
        group = {
          code: issue.code,
          severity: issue.severity,
          field,
          message: issue.message,
          count: 0,
          locations: [],
        };
        groups.set(key, group);
      }
      group.count++;
      if (issue.location && group.locations.length < maxLocations)
        group.locations.push(issue.location);
    },
    groups() {
      return [...groups.values()]
        .map((group) => ({ ...group, locations: [...group.locations] }))
        .sort(
          (a, b) =>
            SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
            b.count - a.count ||
            a.code.localeCompare(b.code),
        );
    },
  };
}

/** Groups identical issues, errors first, then by count, so officers see the biggest problems first. */
export function summarizeIssues(
  issues: readonly Issue[],
  options: SummarizeOptions = {},
): IssueGroup[] {
  const summary = createIssueSummary(options);
  for (const issue of issues) summary.add(issue);
  return summary.groups();
}
