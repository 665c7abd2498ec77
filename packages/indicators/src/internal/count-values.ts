import type { DataQualityNote, IndicatorContext, IndicatorValue } from '@vntip/core';

/** A counted group: its breakdown keys, its total and the ids of the records that counted. */
export type CountedGroup = readonly [
  Readonly<Record<string, string>>,
  { readonly total: number; readonly ids: readonly string[] },
];

/**
 * Count values of the context's period and scope, one per group, each carrying the notes; when nothing counted but notes explain why,
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
    lineage: group.ids,
    notes,
  }));
}
