import type { StandardSchemaV1 } from '@standard-schema/spec';
import type { Locale } from '@vntip/schema';
import type { FormatMeta } from './exporter';
import type { Issue, SourceLocation } from './issue';

/** A file handed to an importer: its name (which may carry the record type) and its bytes, whole or streamed. */
export interface ImportFile {
  readonly name: string;
  readonly bytes: Uint8Array | AsyncIterable<Uint8Array>;
}

/** A record an importer read, not yet validated; the same shape as a reader's record event. */
export interface ImportRecordEvent {
  readonly kind: 'record';
  readonly recordType: string;
  readonly value: unknown;
  /** Path prefix of the record inside its file, e.g. `[12]`. */
  readonly basePath: readonly (string | number)[];
  readonly location?: SourceLocation;
}

/** A problem an importer met. */
export interface ImportIssueEvent {
  readonly kind: 'issue';
  readonly issue: Issue;
  /** True when the input was not read to its end. */
  readonly incomplete?: boolean;
}

/** An exchange package's descriptor, read before its records. */
export interface ImportDescriptorEvent {
  readonly kind: 'descriptor';
  readonly descriptor: unknown;
  readonly location?: SourceLocation;
}

/** How a tabular importer accounted for the rows of one file or sheet: `rowsRead = recordsMade + rowsSkipped`. */
export interface ImportRowTally {
  readonly file: string;
  readonly sheet?: string;
  /** Physical lines or worksheet rows read, header and empty rows included. */
  readonly lines: number;
  /** Data rows: the non-empty rows after the header. */
  readonly rowsRead: number;
  readonly recordsMade: number;
  /** Data rows that could not be read, each reported as an issue. */
  readonly rowsSkipped: number;
}

/** The row accounting of one file or sheet. */
export interface ImportTallyEvent {
  readonly kind: 'tally';
  readonly tally: ImportRowTally;
}

/** What importers yield; structurally the `ReadEvent` of `@vntip/read`, so `validate()` takes it. */
export type ImportEvent =
  | ImportRecordEvent
  | ImportIssueEvent
  | ImportDescriptorEvent
  | ImportTallyEvent;

/** One event, or a batch of events in order. */
export type ImportChunk = ImportEvent | readonly ImportEvent[];

/** Static facts about an importer. */
export type ImporterMeta = FormatMeta;

/** What an importer can use. */
export interface ImporterContext<Options> {
  /** Options after the host validated them against the importer's options schema. */
  readonly options: Options;
  readonly locale: Locale;
}

/** An importer: static meta, an optional options schema, and a reader of files into record events. */
export interface ImporterDefinition<Options = undefined> {
  readonly meta: ImporterMeta;
  /** Any Standard Schema; the host validates user options with it. */
  readonly options?: StandardSchemaV1<unknown, Options>;
  /** Reads the files, streaming; problems in the data are yielded as issue events, never thrown. */
  read(files: readonly ImportFile[], context: ImporterContext<Options>): AsyncIterable<ImportChunk>;
}

/** An importer of any options type, as registries hold them. */
export type AnyImporterDefinition = ImporterDefinition<unknown>;

/**
 * Declares an importer. An identity function: it adds type inference and nothing else.
 * @example
 * export const idListImporter = defineImporter({
 *   meta: { id: 'acme/id-list', version: '1', mediaType: 'text/plain', extensions: ['txt'], title: { vi: '…', en: '…' }, description: { vi: '…', en: '…' } },
 *   read: async function* (files) { … },
 * });
 */
export function defineImporter<Options = undefined>(
  definition: ImporterDefinition<Options>,
): ImporterDefinition<Options> {
  return definition;
}
