import { defineIndicator } from '@vntip/core';
import { provinceOfAdminUnit } from '@vntip/schema';
import { inPeriod } from '../internal/in-period';

/** The province code of a transfer's end (districts and communes rolled up), or the unit's own code (`VN`). */
function provinceOf(unit: unknown): string {
  return provinceOfAdminUnit(unit)?.code ?? String((unit as { code?: unknown } | undefined)?.code);
}

/** Number of inter-province transfers dated in the period, by sending and receiving province. */
export const interProvinceTransfers = defineIndicator({
  meta: {
    id: 'inter-province-transfers',
    version: '1',
    unit: 'count',
    requires: [
      'inter_province_transfer.from',
      'inter_province_transfer.to',
      'inter_province_transfer.date',
    ],
    title: { vi: 'Số lượt chuyển giao giữa các tỉnh', en: 'Inter-province transfers' },
    description: {
      vi: 'Số bản ghi chuyển giao người giữa các tỉnh ghi ngày trong kỳ, theo mã tỉnh nơi bàn giao (from) và mã tỉnh nơi nhận (to); địa bàn cấp huyện, xã được quy về tỉnh (provinceCode), mã giữ nguyên phiên bản danh mục của bản ghi. Không có mẫu số.',
      en: 'The number of inter-province transfer records dated in the period, by the code of the sending province (from) and of the receiving province (to); district and commune units are rolled up to their province (provinceCode), codes stay in the code-list version of the record. No denominator.',
    },
  },
  create(ctx) {
    const groups = new Map<string, { from: string; to: string; ids: string[] }>();
    return {
      record({ recordType, record }) {
        if (recordType !== 'inter_province_transfer' || !inPeriod(record.date, ctx.period)) return;
        if (!ctx.inScope(record.from) && !ctx.inScope(record.to)) return;
        const from = provinceOf(record.from);
        const to = provinceOf(record.to);
        const key = `${from}\u0000${to}`;
        const group = groups.get(key) ?? { from, to, ids: [] };
        group.ids.push(String(record.id));
        groups.set(key, group);
      },
      end: () =>
        [...groups]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([, { from, to, ids }]) => ({
            period: ctx.period,
            scope: ctx.scope,
            disaggregation: { from, to },
            numerator: ids.length,
            denominator: null,
            value: ids.length,
            lineage: ids,
            notes: [],
          })),
    };
  },
});
