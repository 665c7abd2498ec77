import {
  createIssue,
  createIssueSummary,
  createRuleRunner,
  type Issue,
  type IssueSummary,
  type RecordEntry,
  type RuleRunner,
} from '@vntip/core';
import type { ReadChunk, ReadEvent, RowTally } from '@vntip/read';
import type { Locale } from '@vntip/schema';
import { locateField, type TableColumns, tableKey } from './locate-field';
import type { ValidationOptions, ValidationResult } from './validate';
import {
  checkRecord,
  isRecordType,
  type RecordCheckOptions,
  validateDescriptor,
} from './validate-record';

/** One input of a dataset: what the user named it (a path, as given) and what its reader yields. */
export interface DatasetSource {
  /** The input as the user named it: a path as given, shown with its verdict. */
  readonly name: string;
  /** Read only when its turn comes, after the sources before it. */
  readonly chunks: Iterable<ReadChunk> | AsyncIterable<ReadChunk>;
}

/** What one input of a dataset gave: its records, tallies and issues, the dataset's cross-record issues included. */
export interface SourceResult extends Omit<ValidationResult, 'catalog'> {
  /** The source's `name`. */
  readonly name: string;
}

/** A dataset's result: the whole of it, and each input's part. */
export interface DatasetResult extends ValidationResult {
  /** One per source, in the order given. */
  readonly sources: readonly SourceResult[];
}

/** What is gathered for one source, or for the whole dataset. */
interface Part {
  readonly issues: Issue[];
  readonly summary: IssueSummary;
  readonly records: RecordEntry[];
  readonly tallies: RowTally[];
  readonly counts: Record<string, number>;
  complete: boolean;
  descriptor: unknown;
}

/**
 * Validates the inputs given together as one dataset: their events are checked as one stream, so the rules across
 * records (references, duplicate ids) see every input, while each input keeps its own records, tallies and issues
 * (an issue a rule raises at the end goes to the input its location's file came from). Records are kept only when
 * `keepRecords` is on; the sources are read one after the other.
 * @example
 * const result = await validateDataset(
 *   [{ name: 'person.csv', chunks: readFile(person) }, { name: 'support_service.csv', chunks: readFile(support) }],
 *   { rules: builtinRules },
 * );
 */
export async function validateDataset(
  sources: readonly DatasetSource[],
  options: ValidationOptions = {},
): Promise<DatasetResult> {
  const locale = options.locale ?? 'vi';
  const keepRecords = options.keepRecords ?? true;
  const maxIssues = options.maxIssues ?? Number.POSITIVE_INFINITY;
  const whole = newPart();
  // One source is the dataset itself: nothing is gathered twice.
  const parts = sources.length === 1 ? [whole] : sources.map(() => newPart());
  /** The parts an event of each source adds to: the whole, and its source's own when that is another. Made once. */
  const targets = parts.map((part): readonly Part[] => (part === whole ? [whole] : [whole, part]));
  const both = (source = current): readonly Part[] => targets[source] ?? [whole];
  // Which source each file named in a location came from, to place the issues a rule raises at the end.
  const fileSource = new Map<string, number>();
  let current = 0;
  const partOf = (issue: Issue): number => {
    const file = issue.location?.file;
    return (file !== undefined ? fileSource.get(file) : undefined) ?? current;
  };
  // The columns of each table read, by file and sheet, so an issue at a field's path gets the column and cell the
  // field was read from, whichever check raised it and when.
  const tables = new Map<string, TableColumns>();
  const collect = (found: Issue, source = partOf(found)): void => {
    const table = found.location === undefined ? undefined : tables.get(tableKey(found.location));
    const issue = table === undefined ? found : locateField(found, table);
    for (const part of both(source)) {
      part.summary.add(issue);
      if (part.issues.length < maxIssues) part.issues.push(issue);
    }
  };
  const seeFile = (file: string | undefined): void => {
    if (file !== undefined && !fileSource.has(file)) fileSource.set(file, current);
  };
  const setIncomplete = (): void => {
    for (const part of both()) part.complete = false;
  };
  let period = options.period;
  let runner: RuleRunner | undefined;
  let index = 0;
  const getRunner = async () => {
    runner ??= await createRuleRunner(options.rules ?? [], {
      locale,
      ...(options.today ? { today: options.today } : {}),
      ...(period ? { period } : {}),
      onIssue: (issue) => collect(issue),
    });
    return runner;
  };

  const recordOptions: RecordCheckOptions = {
    locale,
    ...(options.adminUnitLists?.length ? { adminUnitLists: options.adminUnitLists } : {}),
  };

  // Held back to the end, where it is known whether any record was read at all.
  const noRecords: { issue: Issue; source: number }[] = [];
  let recordsRead = 0;
  const handle = (event: ReadEvent): void => {
    if (event.kind === 'issue') {
      seeFile(event.issue.location?.file);
      if (event.incomplete) setIncomplete();
      if (event.issue.code === 'no_records' && options.requireRecords) {
        noRecords.push({ issue: event.issue, source: current });
        return;
      }
      collect(event.issue, current);
      return;
    }
    if (event.kind === 'tally') {
      seeFile(event.tally.file);
      for (const part of both()) part.tallies.push(event.tally);
      if (event.tally.rowsSkipped > 0) setIncomplete();
      return;
    }
    if (event.kind === 'descriptor') {
      seeFile(event.location?.file);
      for (const part of both()) part.descriptor ??= event.descriptor;
      const checked = validateDescriptor(event.descriptor, {
        locale,
        ...(event.location ? { location: event.location } : {}),
      });
      for (const issue of checked.issues) collect(issue, current);
      period ??= declaredPeriod(event.descriptor);
      return;
    }
    const { recordType, location } = event;
    seeFile(location?.file);
    if (location !== undefined && event.columns !== undefined && !tables.has(tableKey(location)))
      tables.set(tableKey(location), {
        basePathLength: event.basePath.length,
        columns: event.columns,
      });
    recordsRead++;
    for (const { counts } of both()) counts[recordType] = (counts[recordType] ?? 0) + 1;
    // Hot path: one options object for the whole run, the record's own fields passed alongside.
    const checked = checkRecord(recordType, event.value, recordOptions, event.basePath, location);
    const { reported } = event;
    for (const issue of checked.issues) {
      if (!reported?.some((path) => startsWith(issue.path, path))) collect(issue, current);
    }
    if (!checked.ok) {
      // Still there for the rules that note ids, so its one structural issue raises no reference issues elsewhere.
      if (isRecordType(recordType) && isPlainObject(event.value)) {
        const entry: RecordEntry = location
          ? { recordType, record: event.value, index: index++, basePath: event.basePath, location }
          : { recordType, record: event.value, index: index++, basePath: event.basePath };
        (runner as RuleRunner).invalidRecord(entry);
      }
      return;
    }
    const record = checked.value as Record<string, unknown>;
    const entry: RecordEntry = location
      ? { recordType, record, index: index++, basePath: event.basePath, location }
      : { recordType, record, index: index++, basePath: event.basePath };
    (runner as RuleRunner).record(entry);
    if (keepRecords) for (const part of both()) part.records.push(entry);
  };

  // The runner is created when the first record arrives (after any descriptor, whose period it needs), so a batch
  // gives the same issues in the same order as its events one by one.
  for (const [position, source] of sources.entries()) {
    current = position;
    for await (const chunk of source.chunks) {
      for (const event of Array.isArray(chunk)
        ? (chunk as readonly ReadEvent[])
        : [chunk as ReadEvent]) {
        if (!runner && event.kind === 'record') await getRunner();
        handle(event);
      }
    }
  }
  const finalRunner = await getRunner();
  finalRunner.end();
  if (options.requireRecords) {
    // An error only when nothing at all was read: no record, no header, no descriptor. A header with no rows under
    // it (a blank template) stays a warning.
    const nothingRead =
      recordsRead === 0 &&
      whole.descriptor === undefined &&
      noRecords.every(({ issue }) => issue.params?.nothingRead === true);
    const severity = nothingRead ? 'error' : 'warning';
    for (const { issue, source } of noRecords) collect({ ...issue, severity }, source);
    if (nothingRead && noRecords.length === 0 && whole.summary.counts.error === 0) {
      collect(
        createIssue(
          { code: 'no_records', params: { reason: NOTHING_READ[locale] }, severity: 'error' },
          locale,
        ),
        Math.max(0, sources.length - 1),
      );
    }
  }
  return {
    ...finish(whole),
    catalog: finalRunner.catalog,
    sources: parts.map((part, position) => ({
      name: sources[position]?.name ?? '',
      ...finish(part),
    })),
  };
}

function newPart(): Part {
  return {
    issues: [],
    summary: createIssueSummary(),
    records: [],
    tallies: [],
    // Record types are user-given names: a null-prototype object keeps `constructor` or `__proto__` plain counts.
    counts: Object.create(null),
    complete: true,
    descriptor: undefined,
  };
}

function finish(part: Part): Omit<ValidationResult, 'catalog'> {
  return {
    ok: part.complete && part.summary.counts.error === 0,
    complete: part.complete,
    records: part.records,
    counts: part.counts,
    tallies: part.tallies,
    issues: part.issues,
    issueCounts: { ...part.summary.counts },
    summary: part.summary.groups(),
    ...(part.descriptor !== undefined ? { descriptor: part.descriptor } : {}),
  };
}

function startsWith(
  path: readonly (string | number)[],
  prefix: readonly (string | number)[],
): boolean {
  return prefix.length <= path.length && prefix.every((part, at) => path[at] === part);
}

function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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
