import type { Issue, SourceLocation } from '@vntip/core';

/** A file handed to a reader: its name (used to pick the format and in locations) and its bytes. */
export interface InputFile {
  readonly name: string;
  /** The whole file, or its bytes as a stream of chunks for large files. */
  readonly bytes: Uint8Array | AsyncIterable<Uint8Array>;
}

/** A record a reader produced, not yet validated. */
export interface RecordEvent {
  readonly kind: 'record';
  readonly recordType: string;
  readonly value: unknown;
  /** Path prefix of the record inside its file, e.g. `[12]`. */
  readonly basePath: readonly (string | number)[];
  readonly location?: SourceLocation;
  /**
   * Paths (from the file's root, `basePath` included) of values the reader already reported as errors, such as a cell
   * it could not convert: the structural check raises nothing more at or under them, so one cell gives one issue.
   */
  readonly reported?: readonly (readonly (string | number)[])[];
  /**
   * For a row of a table: the column each field was read from, keyed by the field's path inside the record with its
   * parts joined by `.` (`location.code`, `funding.0.source`). An issue found later at a field's path (by the
   * structural check or a rule) takes its column and cell from here. One map for all the rows of a table.
   */
  readonly columns?: ReadonlyMap<string, FieldColumn>;
}

/** The column a field of a table row was read from. */
export interface FieldColumn {
  /** Column letter, `C`. */
  readonly letter: string;
  /** The header as the officer wrote it (the two levels of a merged header joined with ` › `), or the letter. */
  readonly header: string;
}

/** A problem a reader met: bad bytes, a bad row, a conversion it made. */
export interface IssueEvent {
  readonly kind: 'issue';
  readonly issue: Issue;
  /** True when the reader could not read the input to its end, so the records are not all there. */
  readonly incomplete?: boolean;
}

/** An exchange package's descriptor, read before its records. */
export interface DescriptorEvent {
  readonly kind: 'descriptor';
  readonly descriptor: unknown;
  readonly location?: SourceLocation;
}

/**
 * How a tabular reader (CSV, a worksheet) accounted for the rows of one file or sheet: every data row became a
 * record or was skipped with an issue, so `rowsRead = recordsMade + rowsSkipped`.
 */
export interface RowTally {
  readonly file: string;
  /** Worksheet name, for XLSX. */
  readonly sheet?: string;
  /** Physical lines (CSV) or worksheet rows (XLSX) read, header and empty rows included. */
  readonly lines: number;
  /** Data rows: the non-empty rows after the header. */
  readonly rowsRead: number;
  readonly recordsMade: number;
  /** Data rows that could not be read; each has an issue, and the read is then incomplete. */
  readonly rowsSkipped: number;
}

/** The row accounting of one file or sheet, yielded when a tabular reader finishes it. */
export interface TallyEvent {
  readonly kind: 'tally';
  readonly tally: RowTally;
}

/** What readers yield and `validate` consumes. */
export type ReadEvent = RecordEvent | IssueEvent | DescriptorEvent | TallyEvent;

/** What a reader yields: one event, or a batch of events in order (cheaper for large files). */
export type ReadChunk = ReadEvent | readonly ReadEvent[];
