import { type DataQualityNote, defineIndicator } from '@vntip/core';
import { provinceOfAdminUnit } from '@vntip/schema';
import { periodNotResolvableNote, placeOfSpan } from '../internal/period-resolution';

interface Line {
  readonly id: string;
  readonly province: string | undefined;
  readonly provinceLevel: boolean;
  readonly assigned: number;
  readonly trained: unknown;
}

/** A note; a count of 0 means the note is about the computation, not about records, and is left out. */
function note(code: string, count: number, vi: string, en: string): DataQualityNote {
  return { code, ...(count > 0 ? { count } : {}), message: { vi, en } };
}

/** Share of the officials assigned to anti-trafficking work who were trained: officialsTrained / officialsAssigned. */
export const officialsTrainedRate = defineIndicator({
  meta: {
    id: 'officials-trained-rate',
    version: '1',
    unit: 'ratio',
    requires: [
      'staffing_statistic.period',
      'staffing_statistic.unit',
      'staffing_statistic.officialsAssigned',
      'staffing_statistic.officialsTrained',
    ],
    title: {
      vi: 'Tỷ lệ cán bộ làm công tác phòng, chống mua bán người được tập huấn',
      en: 'Share of anti-trafficking officials trained',
    },
    description: {
      vi: 'Chỉ tiêu “100% cán bộ làm công tác hỗ trợ nạn nhân được tập huấn” (kế hoạch 525/QĐ-LĐTBXH, do các tỉnh nêu lại; chưa xác nhận văn bản gốc). Tử số: tổng officialsTrained (cán bộ được phân công đã được tập huấn trong kỳ, mỗi người một lần). Mẫu số: tổng officialsAssigned (cán bộ được phân công làm công tác phòng, chống mua bán người, kể cả hỗ trợ nạn nhân) của các bản ghi staffing_statistic thuộc địa bàn có kỳ nằm trọn trong kỳ yêu cầu; bản ghi có kỳ chỉ giao một phần được đếm trong ghi chú period_not_resolvable và tính ở kỳ nhỏ nhất chứa trọn nó. Số người dự tập huấn (people-trained) không được dùng: một người có thể dự nhiều lớp và người dự không nhất thiết là cán bộ được phân công. Không tính hai lần: khi một tỉnh có cả bản ghi cấp tỉnh và bản ghi của huyện, xã trong tỉnh, chỉ dùng bản ghi cấp tỉnh (ghi chú nested_areas_left_out). Dòng không ghi officialsTrained không được tính (ghi chú missing_numerator); mẫu số bằng 0 thì giá trị để trống. Tỷ lệ đơn vị; chỉ tiêu tính theo phần trăm.',
      en: 'The target “100% of officials doing victim-support work trained” (plan 525/QĐ-LĐTBXH as restated by provinces; primary text not checked). Numerator: the sum of officialsTrained (assigned officials trained in the period, each person once). Denominator: the sum of officialsAssigned (officials assigned to anti-trafficking work, victim support included) over the staffing_statistic records in the scope whose period lies wholly in the requested one; a record whose period only overlaps it is counted in the period_not_resolvable note and counts in the smallest period containing it. Training attendance (people-trained) is not used: one person can attend several trainings and attendees need not be assigned officials. Nothing counts twice: when a province has both a province-level record and records of its districts or communes, only the province-level one is used (note nested_areas_left_out). A line without officialsTrained is left out (note missing_numerator); a denominator of 0 gives no value. A unit ratio; targets are in percent.',
    },
  },
  create(ctx) {
    const lines: Line[] = [];
    let unresolvable = 0;
    return {
      record({ recordType, record }) {
        if (recordType !== 'staffing_statistic') return;
        const period = record.period as { start: string; end: string };
        const place = placeOfSpan(period.start, period.end, ctx.period);
        if (place === 'outside' || !ctx.inScope(record.unit)) return;
        if (place === 'overlap') {
          unresolvable += 1;
          return;
        }
        const province = provinceOfAdminUnit(record.unit);
        const unit = record.unit as { level?: unknown };
        lines.push({
          id: String(record.id),
          province: province && `${province.code}@${province.codeListVersion}`,
          provinceLevel: unit.level === 'province',
          assigned: Number(record.officialsAssigned),
          trained: record.officialsTrained,
        });
      },
      end() {
        const notes: DataQualityNote[] =
          unresolvable > 0 ? [periodNotResolvableNote(unresolvable, 'staffing_statistic')] : [];
        if (lines.length === 0 && notes.length === 0) return [];
        const wholeProvinces = new Set(lines.filter((l) => l.provinceLevel).map((l) => l.province));
        let nested = 0;
        let missing = 0;
        let assigned = 0;
        let trained = 0;
        const lineage: string[] = [];
        for (const line of lines) {
          if (
            !line.provinceLevel &&
            line.province !== undefined &&
            wholeProvinces.has(line.province)
          ) {
            nested += 1;
            continue;
          }
          if (typeof line.trained !== 'number') {
            missing += 1;
            continue;
          }
          assigned += line.assigned;
          trained += line.trained;
          lineage.push(line.id);
        }
        if (nested > 0)
          notes.push(
            note(
              'nested_areas_left_out',
              nested,
              'Bản ghi của huyện, xã trong một tỉnh đã có bản ghi cấp tỉnh cùng kỳ không được cộng thêm, để không tính hai lần.',
              'Records of districts or communes of a province that has a province-level record for the period were not added, so nobody counts twice.',
            ),
          );
        if (missing > 0)
          notes.push(
            note(
              'missing_numerator',
              missing,
              'Bản ghi không ghi số cán bộ được tập huấn (officialsTrained) nên không được tính.',
              'Records without the officials trained (officialsTrained) were left out.',
            ),
          );
        if (lineage.length > 0 && assigned === 0)
          notes.push(
            note(
              'missing_denominator',
              0,
              'Số cán bộ được phân công bằng 0.',
              'The officials assigned are 0.',
            ),
          );
        const counted = lineage.length > 0;
        return [
          {
            period: ctx.period,
            scope: ctx.scope,
            disaggregation: {},
            numerator: counted ? trained : null,
            denominator: counted ? assigned : null,
            value: counted && assigned > 0 ? trained / assigned : null,
            lineage,
            notes,
          },
        ];
      },
    };
  },
});
