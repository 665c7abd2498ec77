import {
  type ConfiguredRule,
  createIssue,
  createIssueSummary,
  createRuleRunner,
  type Issue,
  type IssueCatalog,
  type IssueGroup,
  type RecordEntry,
  type RuleRunner,
} from '@vntip/core';
import type { Locale } from '@vntip/schema';
import type { AdminUnitList } from './admin-unit-list';
import type { ReadChunk, ReadEvent, RowTally } from './read-event';
import { checkRecord, type RecordCheckOptions, validateDescriptor } from './validate-record';

/** Options of `validate`. */
export interface ValidationOptions {
  /** Language of messages. @default 'vi' */
  readonly locale?: Locale;
  /** Rules to run after the structural check, each alone or as `[rule, options]`. @default [] */
  readonly rules?: readonly ConfiguredRule[];
  /** Today's date (YYYY-MM-DD) for date rules; pass it for reproducible runs. @default the current UTC date */
  readonly today?: string;
  /** Reporting period to check dates against; a package descriptor's period is used when absent. */
  readonly period?: { readonly start: string; readonly end: string };
  /** Official administrative-unit lists to check district and commune codes against. @default [] */
  readonly adminUnitLists?: readonly AdminUnitList[];
  /** Keep the valid records in the result; turn off for very large inputs. @default true */
  readonly keepRecords?: boolean;
  /** How many issues to keep in `issues`; the summary and counts still cover all of them. @default no limit */
  readonly maxIssues?: number;
  /**
   * True when the input must hold something: when nothing at all is read (no record, no header, no descriptor), its
   * `no_records` warnings (an empty file or sheet) are errors, and an input that gave nothing and no error is a
   * `no_records` error. A header with no data rows under it (a blank template) stays a warning.
   * @default false
   */
  readonly requireRecords?: boolean;
}

/** Everything `validate` found. */
export interface ValidationResult {
  /** True when the input was read completely and no issue is an error. */
  readonly ok: boolean;
  /**
   * False when a reader could not read all of its input (it stopped early, or skipped rows it could not read): the
   * records are then not all there.
   */
  readonly complete: boolean;
  /** Structurally valid records, in input order (empty when `keepRecords` is false). */
  readonly records: readonly RecordEntry[];
  /** Records read, valid or not, by record type. */
  readonly counts: Readonly<Record<string, number>>;
  /** How each CSV file and worksheet accounted for its rows: read, made into records, skipped. */
  readonly tallies: readonly RowTally[];
  /** The issues, in the order found (the first `maxIssues` of them). */
  readonly issues: readonly Issue[];
  /** Issues found, by severity, including any beyond `maxIssues`. */
  readonly issueCounts: Readonly<Record<Issue['severity'], number>>;
  /** Identical issues grouped, errors first. */
  readonly summary: readonly IssueGroup[];
  /** The package descriptor, when the input was an exchange package. */
  readonly descriptor?: unknown;
  /** Issue codes and messages of this run, including the rules' own. */
  readonly catalog: IssueCatalog;
}

/**
 * Validates what a reader yields: every record against its schema, then every rule over the valid records.
 * @example
 * const result = await validate(readFile({ name: 'data.ndjson', bytes }), { rules: builtinRules });
 */
export async function validate(
  source: Iterable<ReadChunk> | AsyncIterable<ReadChunk>,
  options: ValidationOptions = {},
): Promise<ValidationResult> {
  const locale = options.locale ?? 'vi';
  const keepRecords = options.keepRecords ?? true;
  const maxIssues = options.maxIssues ?? Number.POSITIVE_INFINITY;
  const issues: Issue[] = [];
  const summary = createIssueSummary();
  const collect = (issue: Issue): void => {
    summary.add(issue);
    if (issues.length < maxIssues) issues.push(issue);
  };
  const records: RecordEntry[] = [];
  const tallies: RowTally[] = [];
  // Record types are user-given names: a null-prototype object keeps `constructor` or `__proto__` plain counts.
  const counts: Record<string, number> = Object.create(null);
  let complete = true;
  let descriptor: unknown;
  let period = options.period;
  let runner: RuleRunner | undefined;
  let index = 0;
  const getRunner = async () => {
    runner ??= await createRuleRunner(options.rules ?? [], {
      locale,
      ...(options.today ? { today: options.today } : {}),
      ...(period ? { period } : {}),
      onIssue: collect,
    });
    return runner;
  };

  const recordOptions: RecordCheckOptions = {
    locale,
    ...(options.adminUnitLists?.length ? { adminUnitLists: options.adminUnitLists } : {}),
  };

  // Held back to the end, where it is known whether any record was read at all.
  const noRecords: Issue[] = [];
  let recordsRead = 0;
  const handle = (event: ReadEvent): void => {
    if (event.kind === 'issue') {
      if (event.issue.code === 'no_records' && options.requireRecords) {
        noRecords.push(event.issue);
        if (event.incomplete) complete = false;
        return;
      }
      collect(event.issue);
      if (event.incomplete) complete = false;
      return;
    }
    if (event.kind === 'tally') {
      tallies.push(event.tally);
      if (event.tally.rowsSkipped > 0) complete = false;
      return;
    }
    if (event.kind === 'descriptor') {
      descriptor = event.descriptor;
      const checked = validateDescriptor(event.descriptor, {
        locale,
        ...(event.location ? { location: event.location } : {}),
      });
      for (const issue of checked.issues) collect(issue);
      period ??= declaredPeriod(event.descriptor);
      return;
    }
    const { recordType, location } = event;
    recordsRead++;
    counts[recordType] = (counts[recordType] ?? 0) + 1;
    // Hot path: one options object for the whole run, the record's own fields passed alongside.
    const checked = checkRecord(recordType, event.value, recordOptions, event.basePath, location);
    for (const issue of checked.issues) collect(issue);
    if (!checked.ok) return;
    const record = checked.value as Record<string, unknown>;
    const entry: RecordEntry = location
      ? { recordType, record, index: index++, basePath: event.basePath, location }
      : { recordType, record, index: index++, basePath: event.basePath };
    (runner as RuleRunner).record(entry);
    if (keepRecords) records.push(entry);
  };

  // The runner is created when the first record arrives (after any descriptor, whose period it needs), so a batch
  // gives the same issues in the same order as its events one by one.
  for await (const chunk of source) {
    for (const event of Array.isArray(chunk)
      ? (chunk as readonly ReadEvent[])
      : [chunk as ReadEvent]) {
      if (!runner && event.kind === 'record') await getRunner();
      handle(event);
    }
  }
  const finalRunner = await getRunner();
  finalRunner.end();
  if (options.requireRecords) {
    // An error only when nothing at all was read: no record, no header, no descriptor. A header with no rows under
    // it (a blank template) stays a warning.
    const nothingRead =
      recordsRead === 0 &&
      descriptor === undefined &&
      noRecords.every((issue) => issue.params?.nothingRead === true);
    const severity = nothingRead ? 'error' : 'warning';
    for (const issue of noRecords) collect({ ...issue, severity });
    if (nothingRead && noRecords.length === 0 && summary.counts.error === 0) {
      collect(
        createIssue(
          { code: 'no_records', params: { reason: NOTHING_READ[locale] }, severity: 'error' },
          locale,
        ),
      );
    }
  }
  const ok = complete && summary.counts.error === 0;
  return {
    ok,
    complete,
    records,
    counts,
    tallies,
    issues,
    issueCounts: { ...summary.counts },
    summary: summary.groups(),
    catalog: finalRunner.catalog,
    ...(descriptor !== undefined ? { descriptor } : {}),
  };
}

const NOTHING_READ: Readonly<Record<Locale, string>> = {
  vi: 'không đọc được bản ghi nào từ dữ liệu đã cho',
  en: 'nothing at all was read from the input',
};

function declaredPeriod(descriptor: unknown): { start: string; end: string } | undefined {
  const period = (descriptor as { period?: { start?: unknown; end?: unknown } } | null)?.period;
  return typeof period?.start === 'string' && typeof period.end === 'string'
    ? { start: period.start, end: period.end }
    : undefined;
}
