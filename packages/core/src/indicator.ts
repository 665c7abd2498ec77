import type { StandardSchemaV1 } from '@standard-schema/spec';
import type { Locale } from '@vntip/schema';
import type { BilingualText } from './issue-codes';
import type { RecordEntry } from './rule';

/** What an indicator's value measures. */
export type IndicatorUnit = 'ratio' | 'count' | 'amount' | 'days' | 'rate_per_100000';

/** Static facts about an indicator: what it is, how it is computed, what it reads. */
export interface IndicatorMeta {
  /** Kebab-case id; third-party indicators are namespaced: `acme/single-bid-rate`. */
  readonly id: string;
  readonly title: BilingualText;
  /** The method: numerator, denominator and what counts, in one paragraph per language. */
  readonly description: BilingualText;
  /** Methodology version; bump it when results can change. */
  readonly version: string;
  readonly unit: IndicatorUnit;
  /**
   * Record fields the indicator reads, as `recordType.path` (e.g. `support_service.status`); feeds coverage notes and
   * docs, and routes records: the host sends an indicator only records of the types named here (every record when empty).
   */
  readonly requires: readonly string[];
  /** Set when the indicator is deprecated. */
  readonly deprecated?: { readonly since: string; readonly replacedBy?: string };
}

/** A period a result covers: both ends inclusive, as YYYY-MM-DD. */
export interface ResultPeriod {
  readonly start: string;
  readonly end: string;
}

/** Where a result applies: the whole country, a province or a commune, with the code-list version of its code. */
export interface ResultScope {
  readonly level: 'national' | 'province' | 'commune';
  readonly code: string;
  /** `124/2004` or `19/2025`; absent for national scope. */
  readonly codeListVersion?: string;
}

/** A problem with the data behind a result: a missing field, partial coverage, a period split by the reform. */
export interface DataQualityNote {
  readonly code: string;
  readonly message: BilingualText;
  /** How many records the note concerns. */
  readonly count?: number;
}

/**
 * How to read a count whose inputs were not all exact: `AT_LEAST` when some counted figure is only a lower bound
 * (“more than 200”, “at least one”), so the true value is this or more; `APPROXIMATE` when some counted figure is
 * approximate (“nearly 5,000”). Exact values carry none.
 */
export type ValueQualifier = 'AT_LEAST' | 'APPROXIMATE';

/** The sign printed before a qualified value, so that a lower bound or an approximation is never read as a count. */
export const VALUE_QUALIFIER_SIGNS: Readonly<Record<ValueQualifier, string>> = {
  AT_LEAST: '≥',
  APPROXIMATE: '≈',
};

/**
 * A value as text with its qualifier's sign in front (`≥ 200`, `≈ 5,000`), or the text alone when the value is exact.
 * Every printer of indicator values uses it.
 */
export function qualifiedText(text: string, qualifier: ValueQualifier | undefined): string {
  return qualifier === undefined ? text : `${VALUE_QUALIFIER_SIGNS[qualifier]} ${text}`;
}

/**
 * One computed figure, before the host attaches its target and status. A type literal rather than an interface, so
 * that a value (and a result row built on it) is a plain record that `exportRecords` takes as it is.
 */
export type IndicatorValue = {
  readonly period: ResultPeriod;
  readonly scope: ResultScope;
  /** Breakdown keys and values, e.g. `{ sex: 'FEMALE' }`; empty for the total. */
  readonly disaggregation: Readonly<Record<string, string>>;
  /** Null when the figure has no numerator (no data). */
  readonly numerator: number | null;
  /** Null for counts and for rates whose denominator is unknown. */
  readonly denominator: number | null;
  /** Null when it cannot be computed; a ratio is numerator / denominator. */
  readonly value: number | null;
  /**
   * Present when a counted input was a lower bound or an approximation: the value (and numerator) is then not an exact
   * count and is printed with `≥` or `≈` (`qualifiedText`). Absent for exact values.
   */
  readonly qualifier?: ValueQualifier;
  /** Ids of the records that counted, for lineage. */
  readonly lineage: readonly string[];
  readonly notes: readonly DataQualityNote[];
};

/** What every indicator hook can use. */
export interface IndicatorContext<Options> {
  /** Options after the host validated them against the indicator's options schema. */
  readonly options: Options;
  readonly locale: Locale;
  /** The period the results are asked for. */
  readonly period: ResultPeriod;
  /** The scope the results are asked for; values carry it unchanged. */
  readonly scope: ResultScope;
  /**
   * Whether a place (an admin-unit reference, or an agency reference with its `unit`) lies in `scope`.
   * National scope holds every record, placed or not. A 19/2025 province holds the 124/2004 provinces merged into it,
   * through the crosswalk; a 124/2004 province never holds a 19/2025 place. The host counts the places it could not
   * read and notes them on the results, so an indicator only asks and skips what is out of scope.
   */
  inScope(place: unknown): boolean;
}

/** The hooks of one indicator computation: records in, values out, in a single pass. */
export interface IndicatorHooks {
  /** Called once per structurally valid record, in input order. */
  record?(entry: RecordEntry): void;
  /** Called once after the last record; returns the computed values. */
  end(): readonly IndicatorValue[];
}

/** An indicator: static meta, an optional options schema, and a factory of hooks for one computation. */
export interface IndicatorDefinition<Options = undefined> {
  readonly meta: IndicatorMeta;
  /** Any Standard Schema; the host validates user options with it (e.g. the population for SDG 16.2.2). */
  readonly options?: StandardSchemaV1<unknown, Options>;
  /** Creates fresh hooks for one computation; state lives in the closure and stays compact. */
  create(context: IndicatorContext<Options>): IndicatorHooks;
}

/** An indicator of any options type, as registries hold them. */
export type AnyIndicatorDefinition = IndicatorDefinition<unknown>;

/**
 * Declares an indicator. An identity function: it adds type inference and nothing else.
 * @example
 * export const activitiesByType = defineIndicator({
 *   meta: { id: 'activities-by-type', version: '1', unit: 'count', requires: ['prevention_activity.activityType'], title: { vi: '…', en: '…' }, description: { vi: '…', en: '…' } },
 *   create: (ctx) => { const counts = new Map<string, number>(); return { record: (e) => { … }, end: () => [ … ] }; },
 * });
 */
export function defineIndicator<Options = undefined>(
  definition: IndicatorDefinition<Options>,
): IndicatorDefinition<Options> {
  return definition;
}
