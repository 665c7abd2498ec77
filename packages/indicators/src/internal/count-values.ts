import type {
  DataQualityNote,
  IndicatorContext,
  IndicatorValue,
  ValueQualifier,
} from '@vntip/core';
import { qualifierNote } from './count-qualifier';

/** A counted group: its breakdown keys, its total, the ids of the records that counted and the qualifier of the sum. */
export type CountedGroup = readonly [
  Readonly<Record<string, string>>,
  {
    readonly total: number;
    readonly ids: readonly string[];
    readonly qualifier?: ValueQualifier | undefined;
    readonly moreThan?: boolean | undefined;
  },
];

/**
 * Count values of the context's period and scope, one per group, each carrying the notes and its sum's qualifier (a
 * lower bound or an approximation is never returned as a plain count); when nothing counted but notes explain why,
 * one value with no data, so the exclusion is never silent.
 */
export function countValues(
  { period, scope }: Pick<IndicatorContext<unknown>, 'period' | 'scope'>,
  groups: readonly CountedGroup[],
  notes: readonly DataQualityNote[],
): IndicatorValue[] {
  if (groups.length === 0) {
    return notes.length > 0
      ? [
          {
            period,
            scope,
            disaggregation: {},
            numerator: null,
            denominator: null,
            value: null,
            lineage: [],
            notes,
          },
        ]
      : [];
  }
  return groups.map(([disaggregation, group]) => ({
    period,
    scope,
    disaggregation,
    numerator: group.total,
    denominator: null,
    value: group.total,
    ...(group.qualifier ? { qualifier: group.qualifier } : {}),
    lineage: group.ids,
    notes: group.qualifier ? [...notes, qualifierNote(group.qualifier, group.moreThan)] : notes,
  }));
}
