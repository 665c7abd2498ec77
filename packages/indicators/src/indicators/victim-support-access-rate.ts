import { type DataQualityNote, defineIndicator } from '@vntip/core';
import { identificationDate } from '../internal/identification-date';

/** Share of identified victims who received at least one support service, leaving out those who requested none. */
export const victimSupportAccessRate = defineIndicator({
  meta: {
    id: 'victim-support-access-rate',
    version: '1',
    unit: 'ratio',
    requires: [
      'status_decision.personId',
      'status_decision.status',
      'status_decision.date',
      'support_service.personId',
      'support_service.status',
      'support_service.date',
    ],
    title: {
      vi: 'Tỷ lệ nạn nhân được tiếp cận dịch vụ hỗ trợ',
      en: 'Share of victims accessing support services',
    },
    description: {
      vi: 'Tử số: số người đã xác định là nạn nhân (quyết định IDENTIFIED_VICTIM ghi ngày trong kỳ) có ít nhất một bản ghi hỗ trợ PROVIDED. Mẫu số: số người đã xác định là nạn nhân trong kỳ, trừ những người mọi bản ghi hỗ trợ đều là NOT_REQUESTED. Quyết định: người không có nhu cầu hỗ trợ không bị coi là chưa tiếp cận, nên bị loại khỏi cả tử số và mẫu số và được nêu trong ghi chú support_not_requested; người từ chối (DECLINED), chưa được hỗ trợ, đang đề nghị, hoặc không có bản ghi hỗ trợ nào (ghi chú no_support_record) vẫn ở mẫu số. Tính các bản ghi hỗ trợ ghi ngày đến hết kỳ hoặc không ghi ngày. Mẫu số bằng 0 thì giá trị để trống (ghi chú missing_denominator).',
      en: 'Numerator: persons identified as victims (an IDENTIFIED_VICTIM decision dated in the period) with at least one PROVIDED support record. Denominator: persons identified as victims in the period, minus those whose support records are all NOT_REQUESTED. Decision: a person who asked for no support has not been denied access, so is left out of both numerator and denominator and reported in the note support_not_requested; persons who declined, were not provided, are still waiting, or have no support record at all (note no_support_record) stay in the denominator. Support records dated up to the end of the period or undated count. A denominator of 0 gives no value (note missing_denominator).',
    },
  },
  create(ctx) {
    const victims = new Set<string>();
    const statuses = new Map<string, Set<string>>();
    return {
      record({ recordType, record }) {
        if (identificationDate({ recordType, record }, ctx.period))
          victims.add(String(record.personId));
        else if (
          recordType === 'support_service' &&
          (record.date === undefined ||
            (typeof record.date === 'string' && record.date <= ctx.period.end))
        ) {
          const personId = String(record.personId);
          const set = statuses.get(personId) ?? new Set<string>();
          set.add(String(record.status));
          statuses.set(personId, set);
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
        if (denominator === 0)
          notes.push({
            code: 'missing_denominator',
            message: {
              vi: 'Không còn nạn nhân nào trong mẫu số.',
              en: 'No victim is left in the denominator.',
            },
          });
        return [
          {
            period: ctx.period,
            scope: { level: 'national', code: 'VN' },
            disaggregation: {},
            numerator: denominator > 0 ? numerator : null,
            denominator,
            value: denominator > 0 ? numerator / denominator : null,
            lineage,
            notes,
          },
        ];
      },
    };
  },
});
