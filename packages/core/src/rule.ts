import type { StandardSchemaV1 } from '@standard-schema/spec';
import type { Locale } from '@vntip/schema';
import type { Severity, SourceLocation } from './issue';
import type { BilingualText, IssueCodeDefinition } from './issue-codes';
import type { Configured } from './resolve-plugin-options';

/** A record as rules see it: already structurally valid, with where it came from. */
export interface RecordEntry {
  readonly recordType: string;
  readonly record: Readonly<Record<string, unknown>>;
  /** Position of the record in the run, from 0. */
  readonly index: number;
  /** Path prefix of the record in its source, e.g. `[12]` for the 13th item of a JSON array. */
  readonly basePath: readonly (string | number)[];
  readonly location?: SourceLocation;
}

/** Static facts about a rule, used in messages, docs and `vntip explain`. */
export interface RuleMeta {
  /** Kebab-case id; third-party rules are namespaced: `acme/no-empty-title`. */
  readonly id: string;
  readonly title: BilingualText;
  readonly description: BilingualText;
  /** Version of the rule's logic; bump it when results can change. */
  readonly version: string;
  /** Record types the rule receives; all when absent. */
  readonly recordTypes?: readonly string[];
}

/** Where a record is: all a report needs, so rules that remember records can keep just this. */
export type RecordRef = Pick<RecordEntry, 'basePath' | 'location'> &
  Partial<Pick<RecordEntry, 'recordType'>>;

/** What a rule reports; the host adds the full path, location, message and rule id. */
export interface RuleReport {
  readonly code: string;
  /** The record the problem is in (a RecordEntry, or its RecordRef); its path and location are added. */
  readonly entry?: RecordRef;
  /** Path inside the record. @default [] */
  readonly path?: readonly (string | number)[];
  readonly params?: Readonly<Record<string, unknown>>;
  /** @default the code's catalogue severity */
  readonly severity?: Severity;
}

/** What every rule hook can use. */
export interface RuleContext<Options> {
  /** Options after the host validated them against the rule's options schema. */
  readonly options: Options;
  readonly locale: Locale;
  /** The reporting period the data declares, when it declares one. */
  readonly period?: { readonly start: string; readonly end: string };
  /** Today's date (YYYY-MM-DD), given by the host so runs are reproducible. */
  readonly today: string;
  report(report: RuleReport): void;
}

/** The hooks a rule instance provides; both optional. */
export interface RuleHooks {
  /** Called once per record of the rule's record types, in input order. */
  record?(entry: RecordEntry): void;
  /**
   * Called once per record of the rule's record types that failed its structural check, in input order, instead of
   * `record`. Its fields are as read, not checked: a rule may note what identifies it (its `id`), so that the record's
   * one structural issue raises no further issues elsewhere (a reference to it is not unknown), and report nothing.
   */
  invalidRecord?(entry: RecordEntry): void;
  /** Called once after the last record: the place for checks across records. */
  end?(): void;
}

/** A validation rule: static meta, an optional options schema, its messages, and a factory of hooks. */
export interface RuleDefinition<Options = undefined> {
  readonly meta: RuleMeta;
  /** Any Standard Schema (zod works); the host validates user options with it. */
  readonly options?: StandardSchemaV1<unknown, Options>;
  /** Issue codes this rule adds to the catalogue, with vi/en messages. */
  readonly messages?: Readonly<Record<string, IssueCodeDefinition>>;
  /** Creates fresh hooks for one validation run; state lives in the closure. */
  create(context: RuleContext<Options>): RuleHooks;
}

/**
 * Declares a validation rule. An identity function: it adds type inference and nothing else.
 * @example
 * export const noEmptyTitle = defineRule({
 *   meta: { id: 'acme/no-empty-title', version: '1', title: { vi: '…', en: '…' }, description: { vi: '…', en: '…' } },
 *   messages: { acme_empty_title: { severity: 'warning', message: { vi: '…', en: '…' }, hint: { vi: '…', en: '…' } } },
 *   create: (ctx) => ({ record: (entry) => { if (entry.record.title === '') ctx.report({ code: 'acme_empty_title', entry, path: ['title'] }); } }),
 * });
 */
export function defineRule<Options = undefined>(
  definition: RuleDefinition<Options>,
): RuleDefinition<Options> {
  return definition;
}

/** A rule of any options type, as hosts and registries hold them. */
export type AnyRuleDefinition = RuleDefinition<unknown>;

/** A rule alone, or a rule with the options the user chose for it. */
export type ConfiguredRule = Configured<AnyRuleDefinition>;
