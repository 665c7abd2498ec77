import type {
  BilingualText,
  DataQualityNote,
  IndicatorDefinition,
  IndicatorValue,
  ResultPeriod,
} from '@vntip/core';
import { defineIndicator } from '@vntip/core';

/** A count field of a crime_statistic record. */
export type CrimeStatisticField =
  | 'reportsReceived'
  | 'reportsClassified'
  | 'reportsSettled'
  | 'casesDetected'
  | 'casesInitiated'
  | 'casesProsecuted'
  | 'casesTried';

/** How the lines of a crime_statistic group are chosen; appended to every rate's description. */
export const LINE_RULE: BilingualText = {
  vi: 'Chỉ tính các bản ghi số liệu tội phạm có kỳ nằm trọn trong kỳ yêu cầu. Các bản ghi được nhóm theo kỳ, địa bàn và cơ quan báo cáo; trong mỗi nhóm dùng dòng phạm vi ALL, tội danh ALL nếu có, nếu không thì cộng các dòng phạm vi ALL của Điều 150 và Điều 151. Nhóm không có dòng phạm vi ALL bị bỏ qua (ghi chú mixed_breakdowns). Dòng thiếu mẫu số hoặc tử số không được tính (ghi chú missing_denominator, missing_numerator); mẫu số bằng 0 hoặc không có thì giá trị để trống.',
  en: 'Only crime-statistic records whose period lies wholly inside the requested period count. Records are grouped by period, area and reporting agency; in each group the scope ALL, offence ALL line is used when present, otherwise the scope ALL lines of Art. 150 and Art. 151 are summed. Groups without a scope ALL line are left out (note mixed_breakdowns). A line without the denominator or the numerator is left out (notes missing_denominator, missing_numerator); a denominator of 0 or none gives no value.',
};

interface Line {
  readonly id: string;
  readonly offence: string;
  readonly scope: string;
  readonly numerator: unknown;
  readonly denominator: unknown;
}

function periodInside(value: unknown, period: ResultPeriod): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { start, end } = value as { start?: unknown; end?: unknown };
  return (
    typeof start === 'string' &&
    typeof end === 'string' &&
    start >= period.start &&
    end <= period.end
  );
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
  readonly title: BilingualText;
  readonly description: BilingualText;
  readonly numerator: CrimeStatisticField;
  readonly denominator: CrimeStatisticField;
}): IndicatorDefinition {
  return defineIndicator({
    meta: {
      id: spec.id,
      version: '1',
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
      return {
        record({ recordType, record }) {
          if (recordType !== 'crime_statistic' || !periodInside(record.period, ctx.period)) return;
          if (!ctx.inScope(record.unit)) return;
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
          if (groups.size === 0) return [];
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
              all.length > 0
                ? all
                : lines.filter(
                    (l) =>
                      l.scope === 'ALL' && (l.offence === 'ART_150' || l.offence === 'ART_151'),
                  );
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
          const notes: DataQualityNote[] = [];
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
          if (missingDenominator > 0 || denominator === 0)
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
