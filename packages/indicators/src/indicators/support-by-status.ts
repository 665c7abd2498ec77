import { type DataQualityNote, defineIndicator, type IndicatorValue } from '@vntip/core';
import { inPeriod } from '../internal/in-period';
import { createSupportPlaces } from '../internal/support-place';

const STATUSES = ['NOT_REQUESTED', 'REQUESTED', 'PROVIDED', 'NOT_PROVIDED', 'DECLINED'] as const;

/** Number of persons with support-service records dated in the period (or undated), by support status and support type. */
export const supportByStatus = defineIndicator({
  meta: {
    id: 'support-by-status',
    version: '2',
    unit: 'count',
    requires: [
      'support_service.personId',
      'support_service.status',
      'support_service.supportType',
      'support_service.date',
      'support_service.provider',
      'status_decision.personId',
      'status_decision.date',
      'status_decision.decidingAgency',
    ],
    title: { vi: 'Số người theo tình trạng hỗ trợ', en: 'Persons by support status' },
    description: {
      vi: 'Số người khác nhau (personId) có bản ghi hỗ trợ ghi ngày trong kỳ hoặc không ghi ngày (ghi chú undated_support), theo tình trạng (NOT_REQUESTED, REQUESTED, PROVIDED, NOT_PROVIDED, DECLINED; từ chối tách riêng khỏi không được hỗ trợ) và theo mã loại hỗ trợ. Dòng supportType = ALL là tổng của tình trạng đó trên mọi loại, kể cả bản ghi không ghi loại (ghi chú missing_support_type); khi có dữ liệu, luôn có đủ năm dòng ALL, kể cả số 0. Một người có thể được tính ở nhiều tình trạng. Với địa bàn tỉnh hoặc xã, bản ghi thuộc địa bàn của cơ quan hỗ trợ, nếu không có thì địa bàn của cơ quan ra quyết định trạng thái gần nhất của người đó. Không có mẫu số.',
      en: 'The number of distinct persons (personId) with a support-service record dated in the period or undated (note undated_support), by status (NOT_REQUESTED, REQUESTED, PROVIDED, NOT_PROVIDED, DECLINED; declined is kept apart from not provided) and by support type code. The supportType = ALL row is the total of the status over every type, including records without a type (note missing_support_type); when there is data, all five ALL rows are given, zeros included. A person may count under several statuses. In a province or commune scope a record belongs to its provider’s area, else to the area of the agency that took the person’s latest status decision. No denominator.',
    },
  },
  create(ctx) {
    const places = createSupportPlaces();
    /** Support records in the period; placed in the scope at the end, when every status decision has been seen. */
    const supports: Readonly<Record<string, unknown>>[] = [];
    return {
      record(entry) {
        places.observe(entry);
        const { recordType, record } = entry;
        if (recordType !== 'support_service') return;
        if (record.date !== undefined && !inPeriod(record.date, ctx.period)) return;
        supports.push(record);
      },
      end() {
        const groups = new Map<string, Set<string>>();
        let undated = 0;
        let untyped = 0;
        let seen = 0;
        const add = (status: string, supportType: string, personId: string) => {
          const key = `${status}\u0000${supportType}`;
          const persons = groups.get(key) ?? new Set<string>();
          persons.add(personId);
          groups.set(key, persons);
        };
        for (const record of supports) {
          if (!ctx.inScope(places.placeOf(record))) continue;
          if (record.date === undefined) undated += 1;
          seen += 1;
          const personId = String(record.personId);
          const status = String(record.status);
          add(status, 'ALL', personId);
          const code = (record.supportType as { code?: unknown } | undefined)?.code;
          if (typeof code === 'string') add(status, code, personId);
          else untyped += 1;
        }
        if (seen === 0) return [];
        const notes: DataQualityNote[] = [];
        if (undated > 0)
          notes.push({
            code: 'undated_support',
            count: undated,
            message: {
              vi: 'Bản ghi hỗ trợ không ghi ngày; vẫn được tính.',
              en: 'Support records without a date; counted in.',
            },
          });
        if (untyped > 0)
          notes.push({
            code: 'missing_support_type',
            count: untyped,
            message: {
              vi: 'Bản ghi hỗ trợ không ghi loại hỗ trợ; chỉ tính vào dòng ALL.',
              en: 'Support records without a support type; counted in the ALL rows only.',
            },
          });
        const rows: IndicatorValue[] = [];
        for (const status of STATUSES) {
          const types = [...groups.keys()]
            .filter((key) => key.startsWith(`${status}\u0000`))
            .map((key) => key.slice(status.length + 1))
            .filter((type) => type !== 'ALL')
            .sort();
          for (const supportType of ['ALL', ...types]) {
            const ids = [...(groups.get(`${status}\u0000${supportType}`) ?? [])].sort();
            rows.push({
              period: ctx.period,
              scope: ctx.scope,
              disaggregation: { status, supportType },
              numerator: ids.length,
              denominator: null,
              value: ids.length,
              lineage: ids,
              notes: supportType === 'ALL' ? notes : [],
            });
          }
        }
        return rows;
      },
    };
  },
});
