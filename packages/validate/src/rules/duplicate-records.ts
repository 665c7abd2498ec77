import { defineRule } from '@vntip/core';
import type { AdminUnitRef, CrimeStatistic, PreventionActivity } from '@vntip/schema';
import { CompactRefs, type RecordMark } from './internal/compact-refs';
import { hashKey } from './internal/hash-key';
import { typedRecord } from './internal/typed-record';
import { quoteId } from './quote-id';

function unitKey(unit: AdminUnitRef): unknown[] {
  return [
    'codeListVersion' in unit ? unit.codeListVersion : undefined,
    unit.level,
    unit.code,
    'provinceCode' in unit ? unit.provinceCode : undefined,
  ];
}

function activityKey(activity: PreventionActivity): string {
  return hashKey(
    JSON.stringify([
      activity.activityType,
      activity.startDate,
      activity.endDate,
      unitKey(activity.location),
      activity.organiser.type,
      activity.organiser.name,
      activity.output?.quantity,
      activity.output?.unit,
      activity.participants?.total,
    ]),
  );
}

function crimeStatisticKey(stats: CrimeStatistic): string {
  return hashKey(
    JSON.stringify([
      stats.period.type,
      stats.period.start,
      stats.period.end,
      unitKey(stats.unit),
      stats.offence,
      stats.scope,
      // Police, procuracy and courts each report their own line for the same period and unit.
      stats.reportingAgency?.type,
      stats.reportingAgency?.name,
    ]),
  );
}

/** The first record with a key: its id, and where it is. */
interface FirstRecord {
  readonly id: unknown;
  readonly mark: RecordMark;
}

/** Warns when two activities, or two crime-statistics lines, with different ids describe the same thing. */
export const duplicateRecords = defineRule({
  meta: {
    id: 'duplicate-records',
    version: '1',
    title: { vi: 'Bản ghi trùng lặp', en: 'Duplicate records' },
    description: {
      vi: 'Hai hoạt động có cùng loại, ngày, địa bàn, đơn vị tổ chức, kết quả và số người tham dự, hoặc hai dòng thống kê tội phạm cùng kỳ, địa bàn, tội danh, phạm vi và cơ quan báo cáo, nhưng khác mã, có thể là một bản ghi bị nhập hai lần.',
      en: 'Two activities with the same type, dates, place, organiser, output and participants, or two crime-statistics lines with the same period, unit, offence, scope and reporting agency, but different ids, may be one record entered twice.',
    },
    recordTypes: ['crime_statistic', 'prevention_activity'],
  },
  messages: {
    duplicate_activity: {
      severity: 'warning',
      message: {
        vi: 'Hoạt động "{id}" tại {field} giống hệt hoạt động "{firstId}" ({first}): cùng loại, ngày, địa bàn, đơn vị tổ chức, kết quả và số người tham dự.',
        en: 'Activity "{id}" at {field} is identical to activity "{firstId}" ({first}): same type, dates, place, organiser, output and participants.',
      },
      hint: {
        vi: 'Nếu một hoạt động bị nhập hai lần, xóa một bản ghi; nếu là nhiều hoạt động giống nhau, có thể gộp thành một bản ghi và ghi số lượng vào activityCount.',
        en: 'If one activity was entered twice, delete one record; if there were several identical activities, you may merge them into one record and put the number in activityCount.',
      },
    },
    duplicate_crime_statistic: {
      severity: 'warning',
      message: {
        vi: 'Dòng thống kê "{id}" tại {field} trùng kỳ, địa bàn, tội danh, phạm vi và cơ quan báo cáo với dòng "{firstId}" ({first}).',
        en: 'Statistics line "{id}" at {field} has the same period, unit, offence, scope and reporting agency as line "{firstId}" ({first}).',
      },
      hint: {
        vi: 'Mỗi kỳ, địa bàn, tội danh và phạm vi chỉ ghi một dòng cho mỗi cơ quan báo cáo: xóa dòng trùng, hoặc sửa dòng ghi nhầm.',
        en: 'Record one line per period, unit, offence and scope for each reporting agency: delete the duplicate, or correct the wrong line.',
      },
    },
  },
  create(ctx) {
    const refs = new CompactRefs();
    // Per record type, the hash of each key and its first record.
    const firstActivities = new Map<string, FirstRecord>();
    const firstStatistics = new Map<string, FirstRecord>();
    return {
      record(entry) {
        const isActivity = entry.recordType === 'prevention_activity';
        const [seen, key] = isActivity
          ? [firstActivities, activityKey(typedRecord<PreventionActivity>(entry))]
          : [firstStatistics, crimeStatisticKey(typedRecord<CrimeStatistic>(entry))];
        const id = entry.record.id;
        const first = seen.get(key);
        if (!first) {
          seen.set(key, { id, mark: refs.mark(entry) });
          return;
        }
        // The same id twice is referential-integrity's duplicate_record_id.
        if (first.id === id) return;
        ctx.report({
          code: isActivity ? 'duplicate_activity' : 'duplicate_crime_statistic',
          entry,
          path: ['id'],
          params: {
            id: quoteId(entry.recordType, id, ctx.locale),
            firstId: quoteId(entry.recordType, first.id, ctx.locale),
            first: refs.format(first.mark),
          },
        });
      },
    };
  },
});
