import { type DataQualityNote, defineIndicator, type IndicatorValue } from '@vntip/core';
import { CODELISTS } from '@vntip/schema';
import { activitySpan } from '../internal/period-resolution';

const MEDIA_TYPES = new Set(['RADIO_ITEM', 'PRESS_ITEM', 'TV_PROGRAMME', 'LOUDSPEAKER_BROADCAST']);

/** Outlet levels Decision 193/QĐ-TTg requires an item from every month, with the last day the level existed. */
const REQUIRED_LEVELS: ReadonlyMap<string, string | undefined> = new Map(
  (CODELISTS.mediaOutletLevel?.rows ?? []).map((row) => [row.code, row.validTo || undefined]),
);

interface Outlet {
  readonly id: string;
  readonly level: string;
  readonly from?: string;
  readonly to?: string;
}

interface Month {
  readonly name: string;
  readonly start: string;
  readonly end: string;
}

/** The calendar months lying wholly in the period, in order. */
function monthsOf(period: { start: string; end: string }): Month[] {
  const months: Month[] = [];
  let year = Number(period.start.slice(0, 4));
  let month = Number(period.start.slice(5, 7));
  for (;;) {
    const name = `${year}-${String(month).padStart(2, '0')}`;
    const start = `${name}-01`;
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const end = `${name}-${String(last).padStart(2, '0')}`;
    if (start > period.end) break;
    if (start >= period.start && end <= period.end) months.push({ name, start, end });
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** A note; a count of 0 means the note is about the computation, not about records, and is left out. */
function note(code: string, count: number, vi: string, en: string): DataQualityNote {
  return { code, ...(count > 0 ? { count } : {}), message: { vi, en } };
}

/**
 * Monthly media compliance (Decision 193/QĐ-TTg, first specific objective: central and local press and district and
 * commune radio run anti-trafficking columns, news or articles every month): of the months each required outlet had to
 * publish, the share in which it published at least one item.
 */
export const monthlyMediaCompliance = defineIndicator({
  meta: {
    id: 'monthly-media-compliance',
    version: '1',
    unit: 'ratio',
    requires: [
      'media_outlet.level',
      'media_outlet.unit',
      'media_outlet.validFrom',
      'media_outlet.validTo',
      'prevention_activity.activityType',
      'prevention_activity.mediaOutletId',
      'prevention_activity.startDate',
      'prevention_activity.endDate',
    ],
    title: {
      vi: 'Tỷ lệ tháng có tin bài của cơ quan báo chí, đài truyền thanh',
      en: 'Monthly media compliance',
    },
    description: {
      vi: 'Theo Quyết định 193/QĐ-TTg, mục tiêu cụ thể thứ nhất: báo chí trung ương, địa phương và hệ thống đài truyền thanh cấp huyện, cấp xã “hằng tháng có chuyên mục, tin, bài” về phòng, chống mua bán người. Mẫu số: số tháng-cơ quan phải có tin bài, tức với mỗi bản ghi media_outlet cấp CENTRAL, PROVINCIAL, DISTRICT_RADIO hoặc COMMUNE_RADIO thuộc địa bàn (cơ quan trung ương chỉ thuộc địa bàn toàn quốc), mỗi tháng dương lịch nằm trọn trong kỳ và trong thời gian cơ quan hoạt động (validFrom, validTo) và cấp đó còn tồn tại (đài cấp huyện đến 30/6/2025). Tử số: số tháng-cơ quan có ít nhất một tin bài, tức một hoạt động RADIO_ITEM, PRESS_ITEM, TV_PROGRAMME hoặc LOUDSPEAKER_BROADCAST ghi mediaOutletId của cơ quan và có ngày bắt đầu, kết thúc nằm trọn trong tháng đó. Một dòng tổng hợp kéo dài nhiều tháng không cho biết tháng nào có tin bài: các tháng đó của cơ quan không có tin bài nào khác là chưa xác định, bị loại khỏi cả tử số và mẫu số (ghi chú outlet_months_unknown), không bao giờ được coi là có tin bài. Tổng và theo cấp (level). Tỷ lệ đơn vị; chỉ tiêu tính theo phần trăm (100% mỗi năm).',
      en: 'Decision 193/QĐ-TTg, first specific objective: central and local press and the district and commune radio systems run anti-trafficking columns, news or articles “every month”. Denominator: the outlet-months that required an item, i.e. for each media_outlet record of level CENTRAL, PROVINCIAL, DISTRICT_RADIO or COMMUNE_RADIO in the scope (central outlets belong to the national scope only), every calendar month lying wholly in the period, in the outlet’s validity (validFrom, validTo) and while its level existed (district radio until 30/6/2025). Numerator: the outlet-months with at least one item, i.e. a RADIO_ITEM, PRESS_ITEM, TV_PROGRAMME or LOUDSPEAKER_BROADCAST activity naming the outlet in mediaOutletId whose start and end dates lie in that month. An aggregated line spanning several months does not say which months had items: the outlet’s months it covers that have no other item are unknown and left out of numerator and denominator (note outlet_months_unknown), never taken as compliant. In total and by level. A unit ratio; targets are in percent (100% each year).',
    },
  },
  create(ctx) {
    const outlets = new Map<string, Outlet>();
    /** `outletId\u0000YYYY-MM` → ids of the items dated in that month. */
    const itemMonths = new Map<string, string[]>();
    /** Outlet id → spans of items covering several months. */
    const longItems = new Map<string, [string, string][]>();
    let withoutOutlet = 0;
    const months = monthsOf(ctx.period);
    return {
      record({ recordType, record }) {
        if (recordType === 'media_outlet') {
          const level = String(record.level);
          if (!REQUIRED_LEVELS.has(level)) return;
          const inScope =
            level === 'CENTRAL' ? ctx.scope.level === 'national' : ctx.inScope(record.unit);
          if (!inScope) return;
          outlets.set(String(record.id), {
            id: String(record.id),
            level,
            ...(typeof record.validFrom === 'string' ? { from: record.validFrom } : {}),
            ...(typeof record.validTo === 'string' ? { to: record.validTo } : {}),
          });
          return;
        }
        if (recordType !== 'prevention_activity' || !MEDIA_TYPES.has(String(record.activityType)))
          return;
        const span = activitySpan(record);
        if (!span || span[0] > ctx.period.end || span[1] < ctx.period.start) return;
        if (typeof record.mediaOutletId !== 'string') {
          withoutOutlet += 1;
          return;
        }
        if (span[0].slice(0, 7) === span[1].slice(0, 7)) {
          const key = `${record.mediaOutletId}\u0000${span[0].slice(0, 7)}`;
          const ids = itemMonths.get(key) ?? [];
          ids.push(String(record.id));
          itemMonths.set(key, ids);
        } else {
          const spans = longItems.get(record.mediaOutletId) ?? [];
          spans.push(span);
          longItems.set(record.mediaOutletId, spans);
        }
      },
      end() {
        if (outlets.size === 0 && withoutOutlet === 0) return [];
        const byLevel = new Map<string, { required: number; met: number; lineage: string[] }>();
        let unknown = 0;
        let unknownItems = 0;
        for (const outlet of [...outlets.values()].sort((a, b) => a.id.localeCompare(b.id))) {
          const levelEnd = REQUIRED_LEVELS.get(outlet.level);
          const spans = longItems.get(outlet.id) ?? [];
          unknownItems += spans.length;
          for (const month of months) {
            if (outlet.from !== undefined && outlet.from > month.start) continue;
            if (outlet.to !== undefined && outlet.to < month.end) continue;
            if (levelEnd !== undefined && levelEnd < month.end) continue;
            const items = itemMonths.get(`${outlet.id}\u0000${month.name}`);
            if (!items && spans.some(([from, to]) => from <= month.end && to >= month.start)) {
              unknown += 1;
              continue;
            }
            const group = byLevel.get(outlet.level) ?? { required: 0, met: 0, lineage: [] };
            group.required += 1;
            if (items) {
              group.met += 1;
              group.lineage.push(...items);
            }
            byLevel.set(outlet.level, group);
          }
        }
        const notes: DataQualityNote[] = [];
        if (unknown > 0)
          notes.push(
            note(
              'outlet_months_unknown',
              unknown,
              `Có ${unknown} tháng-cơ quan chỉ có tin bài ghi gộp nhiều tháng (${unknownItems} dòng tổng hợp) nên không biết tháng đó có tin bài không; chúng không được tính vào tử số lẫn mẫu số. Ghi tin bài theo từng tháng để đánh giá được chỉ tiêu hằng tháng.`,
              `${unknown} outlet-months have only items aggregated over several months (${unknownItems} aggregated lines), so whether they had an item is unknown; they are left out of numerator and denominator. Record items month by month to evaluate the monthly target.`,
            ),
          );
        if (withoutOutlet > 0)
          notes.push(
            note(
              'missing_media_outlet',
              withoutOutlet,
              `${withoutOutlet} tin bài không ghi cơ quan báo chí, đài (mediaOutletId) nên không được tính cho cơ quan nào.`,
              `${withoutOutlet} items give no media outlet (mediaOutletId) and count for no outlet.`,
            ),
          );
        const levels = [...byLevel].sort(([a], [b]) => a.localeCompare(b));
        const required = levels.reduce((sum, [, g]) => sum + g.required, 0);
        const met = levels.reduce((sum, [, g]) => sum + g.met, 0);
        if (required === 0)
          notes.push(
            note(
              'missing_denominator',
              0,
              'Không có tháng-cơ quan nào phải có tin bài mà xác định được trong kỳ và địa bàn này (cần bản ghi media_outlet của từng cơ quan).',
              'No outlet-month requiring an item could be established in this period and scope (one media_outlet record per outlet is needed).',
            ),
          );
        const row = (
          disaggregation: Record<string, string>,
          g: { required: number; met: number; lineage: readonly string[] },
          rowNotes: readonly DataQualityNote[],
        ): IndicatorValue => ({
          period: ctx.period,
          scope: ctx.scope,
          disaggregation,
          numerator: g.required > 0 ? g.met : null,
          denominator: g.required > 0 ? g.required : null,
          value: g.required > 0 ? g.met / g.required : null,
          lineage: [...g.lineage].sort(),
          notes: rowNotes,
        });
        return [
          row({}, { required, met, lineage: levels.flatMap(([, g]) => g.lineage) }, notes),
          ...levels.map(([level, g]) => row({ level }, g, [])),
        ];
      },
    };
  },
});
