import { type DataQualityNote, defineIndicator, type ResultScope } from '@vntip/core';
import { communeCodes } from '@vntip/schema';
import { activityPlace } from '../internal/activity-place';
import { periodNotResolvableNote } from '../internal/period-resolution';
import { REFORM_DATE } from '../internal/reform';

/** Activity types that bring anti-trafficking communication to the people of the commune where they take place. */
const COMMUNICATION_TYPES = new Set([
  'COMMUNICATION_SESSION',
  'CONFERENCE',
  'CONTEST',
  'LEAFLET',
  'BANNER',
  'POSTER',
  'RADIO_ITEM',
  'LOUDSPEAKER_BROADCAST',
  'FILM',
  'MOBILE_PROPAGANDA',
  'RALLY',
  'COMMITMENT_SIGNING',
  'DOCUMENT_DISTRIBUTION',
  'MODEL_CLUB',
  'COUNSELLING',
]);

/** A note; a count of 0 means the note is about the computation, not about records, and is left out. */
function note(code: string, count: number, vi: string, en: string): DataQualityNote {
  return { code, ...(count > 0 ? { count } : {}), message: { vi, en } };
}

/** The admin-unit list of the communes of a period: 124/2004 before 1 July 2025, 19/2025 from then; none across it. */
function listOf(period: { start: string; end: string }): string | undefined {
  if (period.end < REFORM_DATE) return '124/2004';
  if (period.start >= REFORM_DATE) return '19/2025';
  return undefined;
}

/** The communes of the scope in the list, or undefined when the standard does not hold them. */
function communesOf(scope: ResultScope, list: string): readonly string[] | undefined {
  if (scope.level === 'national') return communeCodes(list);
  if (scope.codeListVersion !== list) return undefined;
  if (scope.level === 'province') return communeCodes(list, scope.code);
  return communeCodes(list)?.filter((code) => code === scope.code);
}

/** Share of the communes of the scope reached by at least one communication activity in the period. */
export const communesReachedRate = defineIndicator({
  meta: {
    id: 'communes-reached-rate',
    version: '1',
    unit: 'ratio',
    requires: [
      'prevention_activity.activityType',
      'prevention_activity.location',
      'prevention_activity.startDate',
      'prevention_activity.endDate',
    ],
    title: {
      vi: 'Tỷ lệ xã, phường được tuyên truyền về phòng, chống mua bán người',
      en: 'Share of communes reached by anti-trafficking communication',
    },
    description: {
      vi: 'Chỉ tiêu “100% xã, phường được tuyên truyền về phòng, chống mua bán người” (kế hoạch 525/QĐ-LĐTBXH, do các tỉnh nêu lại; chưa xác nhận văn bản gốc). Mẫu số: số đơn vị hành chính cấp xã của địa bàn trong danh mục hành chính có hiệu lực trong kỳ; chuẩn giữ danh mục 19/2025 (3.321 xã, phường, đặc khu theo Công văn 1027/CTK-CSCL), áp dụng cho kỳ từ 1/7/2025. Danh mục xã 124/2004 thay đổi nhiều lần đến 30/6/2025 nên không được giữ: kỳ trước 1/7/2025 có tử số nhưng không có mẫu số (ghi chú commune_list_not_held); kỳ toàn quốc bao gồm ngày 1/7/2025 không có giá trị (ghi chú period_spans_reform), hãy tính theo năm, 6 tháng hoặc tháng. Tử số: số xã khác nhau của mẫu số là địa bàn (location cấp xã, cùng danh mục) của ít nhất một hoạt động truyền thông (buổi tuyên truyền, hội nghị, cuộc thi, tờ rơi, pano, áp phích, tin bài phát thanh, loa, phim, tuyên truyền lưu động, mít tinh, ký cam kết, cấp phát tài liệu, mô hình, câu lạc bộ, tư vấn) có ngày bắt đầu và kết thúc nằm trọn trong kỳ. Mỗi xã tính một lần dù có nhiều hoạt động. Hoạt động ghi địa bàn cấp huyện, tỉnh không cho biết xã nào được tuyên truyền nên không được tính (ghi chú location_coarser_than_commune); mã xã không có trong danh mục được đếm trong ghi chú commune_not_in_list; hoạt động kéo dài ra ngoài kỳ trong period_not_resolvable. Tỷ lệ đơn vị; chỉ tiêu tính theo phần trăm.',
      en: 'The target “100% of communes and wards receive anti-trafficking communication” (plan 525/QĐ-LĐTBXH as restated by provinces; primary text not checked). Denominator: the commune-level units of the scope in the admin-unit list in force in the period; the standard holds the 19/2025 list (3,321 communes, wards and special zones, Statistics Office letter 1027/CTK-CSCL), which applies to periods from 1 July 2025. The 124/2004 commune list changed many times until 30 June 2025 and is not held: a period before 1 July 2025 has a numerator but no denominator (note commune_list_not_held), and a national period spanning 1 July 2025 has no value (note period_spans_reform); compute by year, half-year or month instead. Numerator: the distinct communes of the denominator that are the location (commune level, same list) of at least one communication activity (sessions, conferences, contests, leaflets, banners, posters, radio items, loudspeakers, films, mobile outreach, rallies, pledges, documents, models and clubs, counselling) whose start and end dates lie in the period. Each commune counts once, however many activities. An activity located at district or province level does not say which communes it reached and does not count (note location_coarser_than_commune); commune codes not in the list are counted in the commune_not_in_list note, activities extending beyond the period in period_not_resolvable. A unit ratio; targets are in percent.',
    },
  },
  create(ctx) {
    const list = listOf(ctx.period);
    const denominator = list === undefined ? undefined : communesOf(ctx.scope, list);
    const inScope = denominator && new Set(denominator);
    /** Whether a commune of the list lies in its stated province and in the scope (a bare code is reused elsewhere). */
    const known = (code: string, provinceCode: unknown): boolean =>
      inScope === undefined ||
      (inScope.has(code) &&
        list !== undefined &&
        communeCodes(list, String(provinceCode))?.includes(code) === true);
    /** Commune code → ids of the activities that reached it. */
    const reached = new Map<string, string[]>();
    let coarser = 0;
    let notInList = 0;
    let unresolvable = 0;
    return {
      record(entry) {
        if (!COMMUNICATION_TYPES.has(String(entry.record.activityType))) return;
        const place = activityPlace(entry, ctx);
        if (place === 'outside') return;
        if (place === 'overlap') {
          unresolvable += 1;
          return;
        }
        const location = entry.record.location as {
          level?: unknown;
          code?: unknown;
          codeListVersion?: unknown;
          provinceCode?: unknown;
        };
        if (location.level !== 'commune') {
          coarser += 1;
          return;
        }
        const code = String(location.code);
        if (location.codeListVersion !== list || !known(code, location.provinceCode)) {
          notInList += 1;
          return;
        }
        const ids = reached.get(code) ?? [];
        ids.push(String(entry.record.id));
        reached.set(code, ids);
      },
      end() {
        if (reached.size + coarser + notInList + unresolvable === 0) return [];
        const notes: DataQualityNote[] = [];
        if (list === undefined)
          notes.push(
            note(
              'period_spans_reform',
              0,
              'Kỳ bao gồm ngày 1/7/2025: xã trước và sau ngày đó thuộc hai danh mục khác nhau nên không có mẫu số chung; hãy tính theo năm, 6 tháng hoặc tháng.',
              'The period spans 1 July 2025: communes before and after belong to two different lists, so there is no common denominator; compute by year, half-year or month.',
            ),
          );
        else if (denominator === undefined)
          notes.push(
            note(
              'commune_list_not_held',
              0,
              `Chuẩn không giữ danh mục xã ${list} của địa bàn này (danh mục xã 124/2004 thay đổi nhiều lần đến 30/6/2025), nên không có mẫu số; tử số là số xã được tuyên truyền.`,
              `The standard does not hold the ${list} commune list of this scope (the 124/2004 communes changed many times until 30 June 2025), so there is no denominator; the numerator is the communes reached.`,
            ),
          );
        if (coarser > 0)
          notes.push(
            note(
              'location_coarser_than_commune',
              coarser,
              'Hoạt động truyền thông ghi địa bàn cấp huyện, tỉnh hoặc toàn quốc không cho biết xã nào được tuyên truyền nên không được tính.',
              'Communication activities located at district, province or national level do not say which communes they reached and were not counted.',
            ),
          );
        if (notInList > 0)
          notes.push(
            note(
              'commune_not_in_list',
              notInList,
              `Hoạt động ghi mã xã không có trong danh mục ${list ?? ''} của địa bàn nên không được tính.`,
              `Activities with a commune code not in the scope's ${list ?? ''} list were not counted.`,
            ),
          );
        if (unresolvable > 0)
          notes.push(periodNotResolvableNote(unresolvable, 'prevention_activity'));
        const communes = [...reached.keys()].sort();
        const numerator = list === undefined ? null : communes.length;
        const total = denominator?.length;
        return [
          {
            period: ctx.period,
            scope: ctx.scope,
            disaggregation: {},
            numerator,
            denominator: total ?? null,
            value: numerator !== null && total ? numerator / total : null,
            lineage: communes.flatMap((code) => reached.get(code) ?? []).sort(),
            notes,
          },
        ];
      },
    };
  },
});
