import type { BilingualText } from '@vntip/core';
import type { IndicatorResult } from '@vntip/indicators';
import { BUILTIN_INDICATORS } from '@vntip/indicators';
import { joinBilingual } from './bilingual-html';
import { participantsByActivityType } from './participants-by-activity-type';
import { codeLabel, type RecordNames } from './report-labels';

/** What every section renderer reads: the rows, indicator titles and a page-unique id source. */
export interface ReportContext {
  readonly rows: readonly IndicatorResult[];
  /** Names of the records the rows' breakdowns refer to by id (media outlets, facilities). */
  readonly names: RecordNames;
  titleOf(indicator: string): BilingualText;
  /** The label of a whole disaggregation, record ids by their names. */
  labelOf(disaggregation: Readonly<Record<string, string>>): BilingualText;
  /** A fresh id, deterministic for the same input: `prefix-1`, `prefix-2`, … */
  nextId(prefix: string): string;
}

const BUILTIN_TITLES: Readonly<Record<string, BilingualText>> = Object.fromEntries(
  [...Object.values(BUILTIN_INDICATORS), participantsByActivityType].map((indicator) => [
    indicator.meta.id,
    indicator.meta.title,
  ]),
);

/** Creates the context of one rendering; titles given by the caller win over the built-in ones. */
export function createReportContext(
  rows: readonly IndicatorResult[],
  titles: Readonly<Record<string, BilingualText>> = {},
  names: RecordNames = {},
): ReportContext {
  const counters = new Map<string, number>();
  return {
    rows,
    names,
    labelOf: (disaggregation) => disaggregationLabel(disaggregation, names),
    titleOf: (indicator) =>
      titles[indicator] ?? BUILTIN_TITLES[indicator] ?? { vi: indicator, en: indicator },
    nextId(prefix) {
      const next = (counters.get(prefix) ?? 0) + 1;
      counters.set(prefix, next);
      return `${prefix}-${next}`;
    },
  };
}

/** Groups items by key, keeping the order in which keys first appear. */
export function groupBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Whether a disaggregation is the total: no keys, or every key `ALL`. */
export function isTotal(disaggregation: Readonly<Record<string, string>>): boolean {
  return Object.values(disaggregation).every((value) => value === 'ALL');
}

/** The label of a whole disaggregation, e.g. Tờ rơi · Bản; the code-list version only qualifies province codes; record ids by name. */
export function disaggregationLabel(
  disaggregation: Readonly<Record<string, string>>,
  names: RecordNames = {},
): BilingualText {
  const version = disaggregation.codeListVersion;
  const parts = Object.entries(disaggregation)
    .filter(([key]) => key !== 'codeListVersion')
    .map(([key, value]) => codeLabel(key, value, version, names));
  return parts.length > 0 ? joinBilingual(parts, ' · ') : { vi: 'Tổng', en: 'Total' };
}

/** Whether two disaggregations have the same keys and values. */
export function sameDisaggregation(
  a: Readonly<Record<string, string>>,
  b: Readonly<Record<string, string>>,
): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}
