import type { StandardSchemaV1 } from '@standard-schema/spec';
import type { Locale } from '@vntip/schema';
import type { BilingualText, IssueCodeDefinition } from './issue-codes';
import type { RowAnonymity } from './risk-report';
import type { RecordEntry, RuleReport } from './rule';
import type { Sink } from './sink';

/** The privacy profiles of an export, from the most to the least detailed. */
export const PRIVACY_PROFILES = ['internal', 'referral', 'statistical', 'public'] as const;

/**
 * Who an export is for: `internal` (the agency's own staff, every field), `referral` (a partner taking over a case),
 * `statistical` (aggregate analysis, no direct identifiers), `public` (open data). The host de-identifies records for
 * the profile before they reach the exporter.
 */
export type PrivacyProfile = (typeof PRIVACY_PROFILES)[number];

/** Static facts about an exporter or importer: what format it handles and for which record types. */
export interface FormatMeta {
  /** Kebab-case id; third-party formats are namespaced: `acme/province-sheet`. */
  readonly id: string;
  readonly title: BilingualText;
  readonly description: BilingualText;
  /** Version of the format logic; bump it when output bytes can change. */
  readonly version: string;
  /** Media type of the files, e.g. `text/csv`. */
  readonly mediaType: string;
  /** File extensions without the dot, the first being the one written, e.g. `['csv']`. */
  readonly extensions: readonly string[];
  /** Record types handled; all when absent. */
  readonly recordTypes?: readonly string[];
}

/** Static facts about an exporter. */
export interface ExporterMeta extends FormatMeta {
  /** Privacy profiles the format can carry; the host refuses any other. */
  readonly profiles: readonly PrivacyProfile[];
  /**
   * The exporter makes its own rows k-anonymous (one row per victim, as CTDC's table): under the public profile the host
   * then only pseudonymises and removes identifiers and free text, and the exporter reports its k with `reportAnonymity`.
   */
  readonly anonymisesRows?: boolean;
}

/** What an exporter reports: a record it could not write faithfully, a value it had to change. */
export type ExporterReport = RuleReport;

/** What every exporter hook can use. */
export interface ExporterContext<Options> {
  /** Options after the host validated them against the exporter's options schema. */
  readonly options: Options;
  readonly locale: Locale;
  /** The profile the records were prepared for. */
  readonly profile: PrivacyProfile;
  /** Id of the key the records' pseudonyms were made with (referral and public); a manifest should name it. */
  readonly keyId?: string;
  /** For exporters that anonymise their own rows: what they did, merged into the export's risk report. */
  reportAnonymity(anonymity: RowAnonymity): void;
  /** Where files go; open one with `sink.open(path, { mediaType })`. */
  readonly sink: Sink;
  report(report: ExporterReport): void;
}

/** The hooks of one export: records in, files written to the sink as they come. */
export interface ExporterHooks {
  /** Called once per record of the exporter's record types, in input order; await writes for backpressure. */
  record?(entry: RecordEntry): void | Promise<void>;
  /** Called once after the last record: finish and close every file. */
  end(): void | Promise<void>;
}

/** An exporter: static meta, an optional options schema, its messages, and a factory of hooks for one export. */
export interface ExporterDefinition<Options = undefined> {
  readonly meta: ExporterMeta;
  /** Any Standard Schema; the host validates user options with it. */
  readonly options?: StandardSchemaV1<unknown, Options>;
  /** Issue codes this exporter adds to the catalogue, with vi/en messages. */
  readonly messages?: Readonly<Record<string, IssueCodeDefinition>>;
  /** Creates fresh hooks for one export; it must never modify the records it is given. */
  create(context: ExporterContext<Options>): ExporterHooks | Promise<ExporterHooks>;
}

/** An exporter of any options type, as registries hold them. */
export type AnyExporterDefinition = ExporterDefinition<unknown>;

/**
 * Declares an exporter. An identity function: it adds type inference and nothing else.
 * @example
 * export const idList = defineExporter({
 *   meta: { id: 'acme/id-list', version: '1', mediaType: 'text/plain', extensions: ['txt'], profiles: ['internal'], title: { vi: '…', en: '…' }, description: { vi: '…', en: '…' } },
 *   create: async (ctx) => { const file = await ctx.sink.open('ids.txt', { mediaType: 'text/plain' }); return { record: (e) => file.write(`${e.record.id}\n`), end: () => file.close() }; },
 * });
 */
export function defineExporter<Options = undefined>(
  definition: ExporterDefinition<Options>,
): ExporterDefinition<Options> {
  return definition;
}
