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

/** What readers yield and `validate` consumes. */
export type ReadEvent = RecordEvent | IssueEvent | DescriptorEvent;

/** What a reader yields: one event, or a batch of events in order (cheaper for large files). */
export type ReadChunk = ReadEvent | readonly ReadEvent[];
