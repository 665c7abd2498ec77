import type { ConfiguredRule, Issue, IssueCatalog, IssueGroup, RecordEntry } from '@vntip/core';
import type { ReadChunk, RowTally } from '@vntip/read';
import type { Locale } from '@vntip/schema';
import type { AdminUnitList } from './admin-unit-list';
import { validateDataset } from './validate-dataset';

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
  const { sources: _sources, ...result } = await validateDataset(
    [{ name: '', chunks: source }],
    options,
  );
  return result;
}
