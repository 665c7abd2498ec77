import type {
  BilingualText,
  DataQualityNote,
  IndicatorDefinition,
  IndicatorValue,
  ResultPeriod,
} from '@vntip/core';
import { defineIndicator } from '@vntip/core';
import type { CrimeStatistic } from '@vntip/schema';
import { periodNotResolvableNote } from './period-resolution';

/** A count field of a crime_statistic record. */
export type CrimeStatisticField = {
  [Key in keyof CrimeStatistic]-?: NonNullable<CrimeStatistic[Key]> extends number ? Key : never;
}[keyof CrimeStatistic];

/** How the lines of a crime_statistic group are chosen; appended to every rate's description. */
export const LINE_RULE: BilingualText = {
  vi: 'Chỉ tính các bản ghi số liệu tội phạm có kỳ nằm trọn trong kỳ yêu cầu; bản ghi có kỳ chỉ giao một phần với kỳ yêu cầu không được chia nhỏ mà được đếm trong ghi chú period_not_resolvable (chúng được tính ở kỳ nhỏ nhất chứa trọn kỳ của chúng). Các bản ghi được nhóm theo kỳ, địa bàn và cơ quan báo cáo; trong mỗi nhóm dùng dòng phạm vi ALL, tội danh ALL nếu có, nếu không thì cộng các dòng phạm vi ALL của từng tội danh (Điều 150 và 151 của Bộ luật Hình sự 2015, hoặc Điều 119 và 120 của Bộ luật 1999). Nhóm không có dòng phạm vi ALL bị bỏ qua (ghi chú mixed_breakdowns). Dòng thiếu mẫu số hoặc tử số không được tính (ghi chú missing_denominator, missing_numerator); mẫu số bằng 0 hoặc không có thì giá trị để trống.',
  en: 'Only crime-statistic records whose period lies wholly inside the requested period count; a record whose period only overlaps it is never cut up but counted in the period_not_resolvable note (it counts in the smallest period that contains its own). Records are grouped by period, area and reporting agency; in each group the scope ALL, offence ALL line is used when present, otherwise the scope ALL lines of the single offences are summed (Arts. 150 and 151 of the 2015 Criminal Code, or Arts. 119 and 120 of the 1999 Code). Groups without a scope ALL line are left out (note mixed_breakdowns). A line without the denominator or the numerator is left out (notes missing_denominator, missing_numerator); a denominator of 0 or none gives no value.',
};

interface Line {
  readonly id: string;
  readonly offence: string;
  readonly scope: string;
  readonly numerator: unknown;
  readonly denominator: unknown;
}

/** Where a record's period lies against the requested one: wholly inside, overlapping only, or outside. */
function placeOf(value: unknown, period: ResultPeriod): 'inside' | 'overlap' | 'outside' {
  if (typeof value !== 'object' || value === null) return 'outside';
  const { start, end } = value as { start?: unknown; end?: unknown };
  if (typeof start !== 'string' || typeof end !== 'string') return 'outside';
  if (start >= period.start && end <= period.end) return 'inside';
  return start <= period.end && end >= period.start ? 'overlap' : 'outside';
}

function groupKey(record: Readonly<Record<string, unknown>>): string {
  const period = record.period as { start?: unknown; end?: unknown };
  return JSON.stringify([period.start, period.end, record.unit, record.reportingAgency ?? null]);
}

function note(code: string, count: number, vi: string, en: string): DataQualityNote {
  return { code, count, message: { vi, en } };
}

/** Builds a ratio indicator over summed crime_statistic lines: numerator field / denominator field. */
export function defineCrimeStatisticRate(spec: {
  readonly id: string;
  /** Methodology version (IndicatorMeta.version). */
  readonly version: string;
  readonly title: BilingualText;
  readonly description: BilingualText;
  readonly numerator: CrimeStatisticField;
  readonly denominator: CrimeStatisticField;
}): IndicatorDefinition {
  return defineIndicator({
    meta: {
      id: spec.id,
      version: spec.version,
      unit: 'ratio',
      requires: [
        'crime_statistic.period',
        'crime_statistic.unit',
        'crime_statistic.offence',
        'crime_statistic.scope',
        `crime_statistic.${spec.numerator}`,
        `crime_statistic.${spec.denominator}`,
      ],
      title: spec.title,
      description: {
        vi: `${spec.description.vi} ${LINE_RULE.vi}`,
        en: `${spec.description.en} ${LINE_RULE.en}`,
      },
    },
    create(ctx) {
      const groups = new Map<string, Line[]>();
      let unresolvable = 0;
      return {
        record({ recordType, record }) {
          if (recordType !== 'crime_statistic') return;
          const place = placeOf(record.period, ctx.period);
          if (place === 'outside' || !ctx.inScope(record.unit)) return;
          if (place === 'overlap') {
            unresolvable += 1;
            return;
          }
          const key = groupKey(record);
          let lines = groups.get(key);
          if (!lines) {
            lines = [];
            groups.set(key, lines);
          }
          lines.push({
            id: String(record.id),
            offence: String(record.offence),
            scope: String(record.scope),
            numerator: record[spec.numerator],
            denominator: record[spec.denominator],
          });
        },
        end() {
          const notes: DataQualityNote[] =
            unresolvable > 0 ? [periodNotResolvableNote(unresolvable, 'crime_statistic')] : [];
          if (groups.size === 0) {
            if (notes.length === 0) return [];
            return [
              {
                period: ctx.period,
                scope: ctx.scope,
                disaggregation: {},
                numerator: null,
                denominator: null,
                value: null,
                lineage: [],
                notes,
              },
            ];
          }
          let numerator = 0;
          let denominator = 0;
          let counted = 0;
          let mixed = 0;
          let missingDenominator = 0;
          let missingNumerator = 0;
          const lineage: string[] = [];
          for (const lines of groups.values()) {
            const all = lines.filter((l) => l.scope === 'ALL' && l.offence === 'ALL');
            const chosen =
              all.length > 0 ? all : lines.filter((l) => l.scope === 'ALL' && l.offence !== 'ALL');
            if (chosen.length === 0) {
              mixed += lines.length;
              continue;
            }
            for (const line of chosen) {
              if (typeof line.denominator !== 'number') {
                missingDenominator += 1;
                continue;
              }
              if (typeof line.numerator !== 'number') {
                missingNumerator += 1;
                continue;
              }
              numerator += line.numerator;
              denominator += line.denominator;
              counted += 1;
              lineage.push(line.id);
            }
          }
          if (mixed > 0)
            notes.push(
              note(
                'mixed_breakdowns',
                mixed,
                'Bản ghi không có dòng phạm vi ALL trong nhóm của nó nên không được cộng.',
                'Records whose group has no scope ALL line were not added up.',
              ),
            );
          if (missingNumerator > 0)
            notes.push(
              note(
                'missing_numerator',
                missingNumerator,
                `Dòng số liệu không ghi ${spec.numerator} nên không được tính.`,
                `Lines without ${spec.numerator} were left out.`,
              ),
            );
          if (missingDenominator > 0 || (counted > 0 && denominator === 0))
            notes.push(
              note(
                'missing_denominator',
                missingDenominator,
                `Mẫu số ${spec.denominator} không có hoặc bằng 0.`,
                `The denominator ${spec.denominator} is missing or 0.`,
              ),
            );
          const value: IndicatorValue = {
            period: ctx.period,
            scope: ctx.scope,
            disaggregation: {},
            numerator: counted > 0 ? numerator : null,
            denominator: counted > 0 ? denominator : null,
            value: denominator > 0 ? numerator / denominator : null,
            lineage,
            notes,
          };
          return [value];
        },
      };
    },
  });
}
