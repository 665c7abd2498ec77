import {
  type DataQualityNote,
  defineIndicator,
  type IndicatorValue,
  type ValueQualifier,
} from '@vntip/core';
import { activityPlace } from '../internal/activity-place';
import { combineQualifiers, qualifierNote, qualifierOf } from '../internal/count-qualifier';
import { periodNotResolvableNote } from '../internal/period-resolution';

interface Participants {
  readonly total?: unknown;
  readonly qualifier?: unknown;
  readonly female?: unknown;
  readonly male?: unknown;
}

interface Sum {
  total: number;
  ids: string[];
  qualifier?: ValueQualifier;
}

const num = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

/** Participants in prevention activities by sex: the total, female, male and unknown sums of `participants` over the activities lying wholly in the period. */
export const participantsBySex = defineIndicator({
  meta: {
    id: 'participants-by-sex',
    version: '2',
    unit: 'count',
    requires: [
      'prevention_activity.participants.total',
      'prevention_activity.participants.female',
      'prevention_activity.participants.male',
      'prevention_activity.participants.qualifier',
      'prevention_activity.startDate',
      'prevention_activity.endDate',
    ],
    title: { vi: 'Số người tham dự theo giới tính', en: 'Participants by sex' },
    description: {
      vi: 'Các tổng cộng trên bản ghi hoạt động phòng ngừa có ngày bắt đầu và kết thúc nằm trọn trong kỳ và có ghi người tham dự: ALL là tổng participants.total; FEMALE và MALE là tổng participants.female và participants.male của các hoạt động có ghi; UNKNOWN là tổng, theo từng hoạt động, của total − female − male (thiếu female hoặc male thì coi là 0), không bao giờ âm. Hoạt động không ghi người tham dự được đếm trong ghi chú missing_participants; hoạt động thiếu số nữ hoặc nam trong missing_sex_breakdown; số ghi “trên”, “ít nhất” hoặc “khoảng” (MORE_THAN, AT_LEAST, APPROXIMATE) được đếm trong approximate_counts, và ALL, UNKNOWN khi đó có qualifier AT_LEAST (in “≥ n”) hoặc APPROXIMATE (in “≈ n”). Hoạt động kéo dài ra ngoài kỳ được tính ở kỳ nhỏ nhất chứa trọn nó (ghi chú period_not_resolvable ở các kỳ ngắn hơn).',
      en: 'Sums over the prevention-activity records whose start and end dates lie wholly in the period and that give participants: ALL is the sum of participants.total; FEMALE and MALE are the sums of participants.female and participants.male where given; UNKNOWN is the sum, per activity, of total − female − male (a missing female or male counting as 0), never negative. Activities without participants are counted in the missing_participants note, those lacking female or male in missing_sex_breakdown, and totals given as “more than”, “at least” or “about” (MORE_THAN, AT_LEAST, APPROXIMATE) in approximate_counts; ALL and UNKNOWN then have qualifier AT_LEAST (printed “≥ n”) or APPROXIMATE (printed “≈ n”). An activity extending beyond the period counts in the smallest period containing it whole (note period_not_resolvable in the shorter periods).',
    },
  },
  create(ctx) {
    const sums: Record<'ALL' | 'FEMALE' | 'MALE' | 'UNKNOWN', Sum> = {
      ALL: { total: 0, ids: [] },
      FEMALE: { total: 0, ids: [] },
      MALE: { total: 0, ids: [] },
      UNKNOWN: { total: 0, ids: [] },
    };
    let missingParticipants = 0;
    let missingSex = 0;
    let approximate = 0;
    let unresolvable = 0;
    return {
      record({ recordType, record }) {
        const place = activityPlace({ recordType, record }, ctx);
        if (place === 'outside') return;
        if (place === 'overlap') {
          unresolvable += 1;
          return;
        }
        const participants = record.participants as Participants | undefined;
        const total = num(participants?.total);
        if (total === undefined) {
          missingParticipants += 1;
          return;
        }
        const id = String(record.id);
        const female = num(participants?.female);
        const male = num(participants?.male);
        sums.ALL.total += total;
        sums.ALL.ids.push(id);
        if (female !== undefined) {
          sums.FEMALE.total += female;
          sums.FEMALE.ids.push(id);
        }
        if (male !== undefined) {
          sums.MALE.total += male;
          sums.MALE.ids.push(id);
        }
        if (female === undefined || male === undefined) missingSex += 1;
        const unknown = Math.max(0, total - (female ?? 0) - (male ?? 0));
        // The qualifier is the total's: it carries over to ALL and to UNKNOWN, derived from it; the counts by sex are
        // figures of their own.
        const qualifier = qualifierOf(participants?.qualifier);
        const qualify = (sum: Sum) => {
          const combined = combineQualifiers(sum.qualifier, qualifier);
          if (combined) sum.qualifier = combined;
        };
        qualify(sums.ALL);
        if (unknown > 0) {
          sums.UNKNOWN.total += unknown;
          sums.UNKNOWN.ids.push(id);
          qualify(sums.UNKNOWN);
        }
        if (qualifier) approximate += 1;
      },
      end() {
        const notes: DataQualityNote[] = [];
        if (missingParticipants > 0)
          notes.push({
            code: 'missing_participants',
            message: {
              vi: `${missingParticipants} hoạt động không ghi số người tham dự nên không được tính.`,
              en: `${missingParticipants} activities give no participants and are not counted.`,
            },
            count: missingParticipants,
          });
        if (missingSex > 0)
          notes.push({
            code: 'missing_sex_breakdown',
            message: {
              vi: `${missingSex} hoạt động không ghi đủ số nữ và số nam; phần chưa rõ được tính vào UNKNOWN.`,
              en: `${missingSex} activities do not give both female and male counts; the rest is counted under UNKNOWN.`,
            },
            count: missingSex,
          });
        if (approximate > 0)
          notes.push({
            code: 'approximate_counts',
            message: {
              vi: `${approximate} hoạt động chỉ ghi số người tham dự ước lượng (“trên”, “ít nhất”, “khoảng”); tổng là số tối thiểu hoặc gần đúng.`,
              en: `${approximate} activities give only an approximate participant figure (“more than”, “at least”, “about”); the sum is a lower bound or an approximation.`,
            },
            count: approximate,
          });
        if (unresolvable > 0)
          notes.push(periodNotResolvableNote(unresolvable, 'prevention_activity'));
        if (sums.ALL.ids.length === 0)
          return missingParticipants + unresolvable > 0
            ? [
                {
                  period: ctx.period,
                  scope: ctx.scope,
                  disaggregation: { sex: 'ALL' },
                  numerator: null,
                  denominator: null,
                  value: null,
                  lineage: [],
                  notes,
                },
              ]
            : [];
        return (['ALL', 'FEMALE', 'MALE', 'UNKNOWN'] as const).map((sex): IndicatorValue => {
          const sum = sums[sex];
          // FEMALE and MALE have no figure when no activity gives them; UNKNOWN is always derivable.
          const known = sex === 'FEMALE' || sex === 'MALE' ? sum.ids.length > 0 : true;
          return {
            period: ctx.period,
            scope: ctx.scope,
            disaggregation: { sex },
            numerator: known ? sum.total : null,
            denominator: null,
            value: known ? sum.total : null,
            ...(known && sum.qualifier ? { qualifier: sum.qualifier } : {}),
            lineage: sum.ids,
            notes: known && sum.qualifier ? [...notes, qualifierNote(sum.qualifier)] : notes,
          };
        });
      },
    };
  },
});
