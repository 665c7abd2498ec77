import { type DataQualityNote, defineIndicator, type IndicatorValue } from '@vntip/core';

/** Statuses of a support record that count in the per-type shares, in reporting order. */
const STATUSES = ['PROVIDED', 'DECLINED', 'NOT_PROVIDED', 'REQUESTED'];

import { identificationDate } from '../internal/identification-date';

/** Share of identified victims who received at least one support service, leaving out those who requested none. */
export const victimSupportAccessRate = defineIndicator({
  meta: {
    id: 'victim-support-access-rate',
    version: '2',
    unit: 'ratio',
    requires: [
      'status_decision.personId',
      'status_decision.status',
      'status_decision.date',
      'support_service.personId',
      'support_service.status',
      'support_service.supportType',
      'support_service.date',
    ],
    title: {
      vi: 'Tỷ lệ nạn nhân được tiếp cận dịch vụ hỗ trợ',
      en: 'Share of victims accessing support services',
    },
    description: {
      vi: 'Tử số: số người đã xác định là nạn nhân (quyết định IDENTIFIED_VICTIM ghi ngày trong kỳ) có ít nhất một bản ghi hỗ trợ PROVIDED. Mẫu số: số người đã xác định là nạn nhân trong kỳ, trừ những người mọi bản ghi hỗ trợ đều là NOT_REQUESTED. Quyết định: người không có nhu cầu hỗ trợ không bị coi là chưa tiếp cận, nên bị loại khỏi cả tử số và mẫu số và được nêu trong ghi chú support_not_requested; người từ chối (DECLINED), không được hỗ trợ, đang đề nghị, hoặc không có bản ghi hỗ trợ nào (ghi chú no_support_record) vẫn ở mẫu số. Tính các bản ghi hỗ trợ ghi ngày đến hết kỳ hoặc không ghi ngày. Mẫu số bằng 0 thì giá trị để trống (ghi chú missing_denominator). Sau đó, với từng loại hỗ trợ (mã supportType) và từng tình trạng PROVIDED, DECLINED, NOT_PROVIDED hoặc REQUESTED: tỷ lệ trên cùng mẫu số những người có bản ghi hỗ trợ loại đó với tình trạng đó (từ chối và không được cung cấp được tính riêng); một người có thể xuất hiện ở nhiều tình trạng của một loại.',
      en: 'Numerator: persons identified as victims (an IDENTIFIED_VICTIM decision dated in the period) with at least one PROVIDED support record. Denominator: persons identified as victims in the period, minus those whose support records are all NOT_REQUESTED. Decision: a person who asked for no support has not been denied access, so is left out of both numerator and denominator and reported in the note support_not_requested; persons who declined, were not provided, are still waiting, or have no support record at all (note no_support_record) stay in the denominator. Support records dated up to the end of the period or undated count. A denominator of 0 gives no value (note missing_denominator). Then, for each support type (code of supportType) and status PROVIDED, DECLINED, NOT_PROVIDED or REQUESTED: the share of the same denominator with a support record of that type and status (declined and not provided are counted apart); a person can appear under several statuses of one type.',
    },
  },
  create(ctx) {
    const victims = new Set<string>();
    const statuses = new Map<string, Set<string>>();
    /** `status\u0000supportType` → persons with a support record of that status and type. */
    const byType = new Map<string, Set<string>>();
    /** Persons with a support record (other than NOT_REQUESTED) without a support type. */
    const untyped = new Set<string>();
    return {
      record({ recordType, record }) {
        if (identificationDate({ recordType, record }, ctx)) victims.add(String(record.personId));
        else if (
          recordType === 'support_service' &&
          (record.date === undefined ||
            (typeof record.date === 'string' && record.date <= ctx.period.end))
        ) {
          const personId = String(record.personId);
          const status = String(record.status);
          const set = statuses.get(personId) ?? new Set<string>();
          set.add(status);
          statuses.set(personId, set);
          const code = (record.supportType as { code?: unknown } | undefined)?.code;
          if (status === 'NOT_REQUESTED') return;
          if (typeof code !== 'string') untyped.add(personId);
          else {
            const key = `${status}\u0000${code}`;
            const persons = byType.get(key) ?? new Set<string>();
            persons.add(personId);
            byType.set(key, persons);
          }
        }
      },
      end() {
        if (victims.size === 0) return [];
        const lineage: string[] = [];
        let numerator = 0;
        let notRequested = 0;
        let noRecord = 0;
        for (const id of [...victims].sort()) {
          const set = statuses.get(id);
          if (set && set.size === 1 && set.has('NOT_REQUESTED')) {
            notRequested += 1;
            continue;
          }
          if (!set) noRecord += 1;
          if (set?.has('PROVIDED')) numerator += 1;
          lineage.push(id);
        }
        const denominator = lineage.length;
        const notes: DataQualityNote[] = [];
        if (notRequested > 0)
          notes.push({
            code: 'support_not_requested',
            count: notRequested,
            message: {
              vi: 'Nạn nhân không có nhu cầu hỗ trợ nào; bị loại khỏi tử số và mẫu số.',
              en: 'Victims who requested no support; left out of numerator and denominator.',
            },
          });
        if (noRecord > 0)
          notes.push({
            code: 'no_support_record',
            count: noRecord,
            message: {
              vi: 'Nạn nhân không có bản ghi hỗ trợ nào; tính là chưa tiếp cận.',
              en: 'Victims with no support record; counted as not reached.',
            },
          });
        const untypedCounted = lineage.filter((id) => untyped.has(id)).length;
        if (untypedCounted > 0)
          notes.push({
            code: 'missing_support_type',
            count: untypedCounted,
            message: {
              vi: 'Người có bản ghi hỗ trợ không ghi loại hỗ trợ; bản ghi đó được tính vào tỷ lệ chung nhưng không vào tỷ lệ theo loại.',
              en: 'Persons with a support record without a support type; that record counts in the overall share but not in the per-type shares.',
            },
          });
        if (denominator === 0)
          notes.push({
            code: 'missing_denominator',
            message: {
              vi: 'Không còn nạn nhân nào trong mẫu số.',
              en: 'No victim is left in the denominator.',
            },
          });
        const counted = new Set(lineage);
        const typeRows: IndicatorValue[] = [...byType]
          .map(([key, persons]) => {
            const [status = '', supportType = ''] = key.split('\u0000');
            const ids = [...persons].filter((id) => counted.has(id)).sort();
            return { status, supportType, ids };
          })
          .filter(({ ids }) => ids.length > 0)
          .sort((a, b) =>
            a.supportType === b.supportType
              ? STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status)
              : a.supportType.localeCompare(b.supportType),
          )
          .map(({ status, supportType, ids }) => ({
            period: ctx.period,
            scope: ctx.scope,
            disaggregation: { supportType, status },
            numerator: ids.length,
            denominator,
            value: ids.length / denominator,
            lineage: ids,
            notes: [],
          }));
        return [
          {
            period: ctx.period,
            scope: ctx.scope,
            disaggregation: {},
            numerator: denominator > 0 ? numerator : null,
            denominator,
            value: denominator > 0 ? numerator / denominator : null,
            lineage,
            notes,
          },
          ...typeRows,
        ];
      },
    };
  },
});
