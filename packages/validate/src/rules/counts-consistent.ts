import { defineRule, formatPath, type RecordEntry } from '@vntip/core';
import type { CrimeStatistic, Locale, PreventionActivity } from '@vntip/schema';
import { typedRecord } from './internal/typed-record';

type Participants = NonNullable<PreventionActivity['participants']>;
type Breakdown = 'sex' | 'ethnicMinority' | 'byAgeBand' | 'byTargetGroup';
/** A count field of a crime statistic. */
type CrimeCount = {
  [Key in keyof CrimeStatistic]-?: NonNullable<CrimeStatistic[Key]> extends number ? Key : never;
}[keyof CrimeStatistic];

const BREAKDOWN_NAMES: Readonly<Record<Locale, Readonly<Record<Breakdown, string>>>> = {
  vi: {
    sex: 'theo giới tính (nữ + nam)',
    ethnicMinority: 'là người dân tộc thiểu số',
    byAgeBand: 'theo nhóm tuổi',
    byTargetGroup: 'theo nhóm mục tiêu',
  },
  en: {
    sex: 'by sex (female + male)',
    ethnicMinority: 'from ethnic minorities',
    byAgeBand: 'by age band',
    byTargetGroup: 'by target group',
  },
};

// Each later stage of a case normally comes from an earlier one in the same period.
const STAGES: readonly (readonly [later: CrimeCount, earlier: CrimeCount])[] = [
  ['reportsClassified', 'reportsReceived'],
  ['reportsSettled', 'reportsReceived'],
  ['casesProsecuted', 'casesInitiated'],
  ['casesTried', 'casesProsecuted'],
];

const CASES_AND_DEFENDANTS: readonly (readonly [cases: CrimeCount, defendants: CrimeCount])[] = [
  ['casesInitiated', 'defendantsInitiated'],
  ['casesProposedForProsecution', 'defendantsProposedForProsecution'],
  ['procuracyCasesAccepted', 'procuracyDefendantsAccepted'],
  ['procuracyCasesCarriedOver', 'procuracyDefendantsCarriedOver'],
  ['procuracyCasesResolved', 'procuracyDefendantsResolved'],
  ['casesProsecuted', 'defendantsProsecuted'],
  ['courtCasesAccepted', 'courtDefendantsAccepted'],
  ['courtCasesCarriedOver', 'courtDefendantsCarriedOver'],
  ['courtCasesResolved', 'courtDefendantsResolved'],
  ['casesTried', 'defendantsTried'],
];

// Counts defined as part of another count of the same record (the field descriptions say so): never larger.
const PARTS: readonly (readonly [part: CrimeCount, whole: CrimeCount])[] = [
  ['casesSolved', 'casesInitiated'],
  ['procuracyCasesCarriedOver', 'procuracyCasesAccepted'],
  ['procuracyDefendantsCarriedOver', 'procuracyDefendantsAccepted'],
  ['procuracyCasesResolved', 'procuracyCasesAccepted'],
  ['procuracyDefendantsResolved', 'procuracyDefendantsAccepted'],
  ['casesProsecuted', 'procuracyCasesResolved'],
  ['defendantsProsecuted', 'procuracyDefendantsResolved'],
  ['courtCasesCarriedOver', 'courtCasesAccepted'],
  ['courtDefendantsCarriedOver', 'courtDefendantsAccepted'],
  ['courtCasesResolved', 'courtCasesAccepted'],
  ['courtDefendantsResolved', 'courtDefendantsAccepted'],
  ['casesTried', 'courtCasesResolved'],
  ['defendantsTried', 'courtDefendantsResolved'],
  ['casesTried', 'courtCasesAccepted'],
  ['defendantsTried', 'courtDefendantsAccepted'],
  ['defendantsConvicted', 'defendantsTried'],
  ['femaleDefendantsConvicted', 'defendantsConvicted'],
  ['foreignDefendantsConvicted', 'defendantsConvicted'],
  ['victimsUnder16InCases', 'victimsInCases'],
  ['victims16To17InCases', 'victimsInCases'],
];

interface BreakdownSum {
  readonly breakdown: Breakdown;
  readonly path: readonly string[];
  readonly sum: number | undefined;
}

const sumDefendants = (items: readonly { defendants: number }[] | undefined): number | undefined =>
  items?.reduce((total, item) => total + item.defendants, 0);

const sumCounts = (items: readonly { count: number }[] | undefined): number | undefined =>
  items?.reduce((total, item) => total + item.count, 0);

function breakdownSums(participants: Participants): BreakdownSum[] {
  const { female, male } = participants;
  return [
    {
      breakdown: 'sex',
      path: ['participants'],
      sum: female === undefined && male === undefined ? undefined : (female ?? 0) + (male ?? 0),
    },
    {
      breakdown: 'ethnicMinority',
      path: ['participants', 'ethnicMinority'],
      sum: participants.ethnicMinority,
    },
    {
      breakdown: 'byAgeBand',
      path: ['participants', 'byAgeBand'],
      sum: sumCounts(participants.byAgeBand),
    },
    {
      breakdown: 'byTargetGroup',
      path: ['participants', 'byTargetGroup'],
      sum: sumCounts(participants.byTargetGroup),
    },
  ];
}

/** Checks that breakdowns do not exceed their totals and that crime-statistics stages and defendants are plausible. */
export const countsConsistent = defineRule({
  meta: {
    id: 'counts-consistent',
    version: '2',
    title: { vi: 'Số liệu khớp nhau', en: 'Consistent counts' },
    description: {
      vi: 'Số người tham dự chia theo giới tính, dân tộc, nhóm tuổi, nhóm mục tiêu không vượt tổng số; trong thống kê tội phạm, số là một phần của số khác (vụ khám phá trong vụ khởi tố, vụ đã giải quyết trong vụ đã thụ lý, bị cáo bị kết án trong bị cáo đã xét xử, hình phạt đã tuyên, nạn nhân dưới 16 tuổi và từ 16 đến dưới 18 tuổi…) không vượt số đó, số của giai đoạn sau thường không vượt giai đoạn trước và số bị can, bị cáo không ít hơn số vụ.',
      en: 'Participant breakdowns by sex, ethnicity, age band and target group do not exceed the total; in crime statistics, a count defined as part of another (cases solved of those initiated, cases resolved of those accepted, defendants convicted of those tried, sentences, victims under 16 and aged 16–17…) does not exceed it, later stages normally do not exceed earlier ones, and defendants are not fewer than cases.',
    },
    recordTypes: ['crime_statistic', 'prevention_activity'],
  },
  messages: {
    defendants_fewer_than_cases: {
      severity: 'warning',
      message: {
        vi: 'Số bị can, bị cáo tại {field} ({defendants}) ít hơn số vụ tại {casesField} ({cases}), trong khi mỗi vụ có ít nhất một bị can, bị cáo.',
        en: 'The number of defendants at {field} ({defendants}) is lower than the number of cases at {casesField} ({cases}), yet every case has at least one defendant.',
      },
      hint: {
        vi: 'Kiểm tra xem hai số có bị ghi đảo cho nhau không.',
        en: 'Check whether the two figures were swapped.',
      },
    },
    crime_count_exceeds_whole: {
      severity: 'error',
      message: {
        vi: 'Số tại {field} ({part}) lớn hơn {wholeField} ({whole}), trong khi đó là một phần của số này.',
        en: 'The figure at {field} ({part}) is more than {wholeField} ({whole}), of which it is a part.',
      },
      hint: {
        vi: 'Kiểm tra lại hai số theo định nghĩa của từng trường (xem mô tả trong lược đồ), ví dụ số vụ khám phá là một phần của số vụ khởi tố, số vụ đã giải quyết là một phần của số vụ đã thụ lý.',
        en: 'Check both figures against each field’s definition (see the schema), e.g. cases solved are part of the cases initiated, cases resolved part of the cases accepted.',
      },
    },
    female_victims_exceed_victims: {
      severity: 'error',
      message: {
        vi: 'Số nạn nhân nữ tại {field} ({female}) lớn hơn tổng số nạn nhân ({total}).',
        en: 'The number of female victims at {field} ({female}) is more than the total number of victims ({total}).',
      },
      hint: {
        vi: 'Nạn nhân nữ là một phần của tổng số nạn nhân: kiểm tra lại hai số.',
        en: 'Female victims are part of all victims: check both figures.',
      },
    },
    participants_breakdown_exceeds_total: {
      severity: 'error',
      message: {
        vi: 'Số người tham dự {breakdown} tại {field} là {sum}, lớn hơn tổng số {total}.',
        en: 'The participants {breakdown} at {field} come to {sum}, more than the total of {total}.',
      },
      hint: {
        vi: 'Phần chia không thể lớn hơn tổng: kiểm tra từng số. Nếu tổng là số gần đúng hoặc chỉ là mức tối thiểu ("trên…"), ghi qualifier là APPROXIMATE, MORE_THAN hoặc AT_LEAST.',
        en: 'A breakdown cannot exceed the total: check each figure. If the total is approximate or only a lower bound ("more than…"), set the qualifier to APPROXIMATE, MORE_THAN or AT_LEAST.',
      },
    },
    stage_count_exceeds_previous_stage: {
      severity: 'warning',
      message: {
        vi: 'Số tại {field} ({count}) lớn hơn số của giai đoạn trước tại {previousField} ({previous}) trong cùng kỳ.',
        en: 'The figure at {field} ({count}) is more than the earlier-stage figure at {previousField} ({previous}) for the same period.',
      },
      hint: {
        vi: 'Kiểm tra lại hai số; nếu số sau gồm cả việc từ kỳ trước chuyển sang thì có thể bỏ qua cảnh báo này.',
        en: 'Check both figures; if the later one includes work carried over from earlier periods, this warning can be ignored.',
      },
    },
  },
  create(ctx) {
    const checkActivity = (entry: RecordEntry) => {
      const { participants } = typedRecord<PreventionActivity>(entry);
      if (!participants) return;
      const { total, qualifier } = participants;
      // An approximate total or a lower bound can be beaten by an exact breakdown.
      const looseTotal =
        qualifier === 'APPROXIMATE' || qualifier === 'MORE_THAN' || qualifier === 'AT_LEAST';
      for (const { breakdown, path, sum } of breakdownSums(participants)) {
        if (sum === undefined || sum <= total) continue;
        // Target groups overlap (a student can be young and a woman), so their sum is only suspicious.
        const soft = looseTotal || breakdown === 'byTargetGroup';
        ctx.report({
          code: 'participants_breakdown_exceeds_total',
          entry,
          path,
          params: { breakdown: BREAKDOWN_NAMES[ctx.locale][breakdown], sum, total },
          ...(soft ? { severity: 'warning' as const } : {}),
        });
      }
    };

    const checkCrimeStatistic = (entry: RecordEntry) => {
      const stats = typedRecord<CrimeStatistic>(entry);
      const { victimsInCases, femaleVictimsInCases } = stats;
      if (
        victimsInCases !== undefined &&
        femaleVictimsInCases !== undefined &&
        femaleVictimsInCases > victimsInCases
      ) {
        ctx.report({
          code: 'female_victims_exceed_victims',
          entry,
          path: ['femaleVictimsInCases'],
          params: { female: femaleVictimsInCases, total: victimsInCases },
        });
      }
      for (const [part, whole] of PARTS) {
        const partCount = stats[part];
        const wholeCount = stats[whole];
        if (partCount === undefined || wholeCount === undefined || partCount <= wholeCount)
          continue;
        ctx.report({
          code: 'crime_count_exceeds_whole',
          entry,
          path: [part],
          params: { part: partCount, whole: wholeCount, wholeField: formatPath([whole]) },
        });
      }
      const { sentences, defendantsConvicted } = stats;
      const sentenced = sumDefendants(sentences);
      if (
        sentenced !== undefined &&
        defendantsConvicted !== undefined &&
        sentenced > defendantsConvicted
      ) {
        ctx.report({
          code: 'crime_count_exceeds_whole',
          entry,
          path: ['sentences'],
          params: {
            part: sentenced,
            whole: defendantsConvicted,
            wholeField: formatPath(['defendantsConvicted']),
          },
        });
      }
      const young = (stats.victimsUnder16InCases ?? 0) + (stats.victims16To17InCases ?? 0);
      if (
        victimsInCases !== undefined &&
        stats.victimsUnder16InCases !== undefined &&
        stats.victims16To17InCases !== undefined &&
        young > victimsInCases
      ) {
        ctx.report({
          code: 'crime_count_exceeds_whole',
          entry,
          path: ['victims16To17InCases'],
          params: {
            part: young,
            whole: victimsInCases,
            wholeField: formatPath(['victimsInCases']),
          },
        });
      }
      for (const [later, earlier] of STAGES) {
        const count = stats[later];
        const previous = stats[earlier];
        if (count === undefined || previous === undefined || count <= previous) continue;
        ctx.report({
          code: 'stage_count_exceeds_previous_stage',
          entry,
          path: [later],
          params: { count, previous, previousField: formatPath([earlier]) },
        });
      }
      for (const [casesKey, defendantsKey] of CASES_AND_DEFENDANTS) {
        const cases = stats[casesKey];
        const defendants = stats[defendantsKey];
        if (cases === undefined || defendants === undefined || defendants >= cases) continue;
        ctx.report({
          code: 'defendants_fewer_than_cases',
          entry,
          path: [defendantsKey],
          params: { cases, defendants, casesField: formatPath([casesKey]) },
        });
      }
    };

    return {
      record(entry) {
        if (entry.recordType === 'prevention_activity') checkActivity(entry);
        else checkCrimeStatistic(entry);
      },
    };
  },
});
