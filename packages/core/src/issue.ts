/** How serious an issue is: errors block acceptance, warnings and info do not. */
export type Severity = 'error' | 'warning' | 'info';

/** Where in a source file an issue was found; every part is optional because sources differ. */
export interface SourceLocation {
  /** File path or name as the user gave it. */
  readonly file?: string;
  /** Worksheet name, for spreadsheets. */
  readonly sheet?: string;
  /** 1-based row (line for JSON and NDJSON). */
  readonly row?: number;
  /** 1-based column number or header name. */
  readonly column?: number | string;
  /** Spreadsheet cell reference such as `C14`. */
  readonly cell?: string;
}

/** A problem in the user's data, returned as data and never thrown. */
export interface Issue {
  /** Stable snake_case code: one of `ISSUE_CODES`, or a code a plugin declared in its messages. */
  readonly code: string;
  readonly severity: Severity;
  /** Path of the offending value inside the record, e.g. `['participants', 'total']`. */
  readonly path: readonly (string | number)[];
  /** Message in the requested locale. */
  readonly message: string;
  /** What to do about it, in the requested locale. */
  readonly hint?: string;
  readonly location?: SourceLocation;
  /** Who raised it: `schema`, or a rule or plugin id. */
  readonly source?: string;
  /** Machine-readable details used by the message templates (expected, received, codelist…). */
  readonly params?: Readonly<Record<string, unknown>>;
}

/** The outcome of a check: the value when it passed, and every issue either way. */
export type Result<T> =
  | { readonly ok: true; readonly value: T; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };
