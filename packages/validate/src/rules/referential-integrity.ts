import { defineRule, type RecordEntry } from '@vntip/core';
import { CompactRefs, type HeldRef, type RecordMark } from './internal/compact-refs';
import { PendingByKey } from './internal/pending-by-key';
import { quoteId } from './quote-id';

const PERSON_REFERRERS = new Set([
  'status_decision',
  'trafficking_event',
  'process_event',
  'support_service',
  'inter_province_transfer',
]);

type TargetType = 'person' | 'media_outlet' | 'facility';

interface Reference {
  readonly field: string;
  readonly id: string;
  readonly targetType: TargetType;
}

/** A reference whose target was not seen yet: where it is, and its place in the input. */
interface PendingReference extends HeldRef {
  readonly seq: number;
  readonly field: string;
  readonly id: string;
  readonly targetType: TargetType;
}

function referenceOf({ recordType, record }: RecordEntry): Reference | undefined {
  const refer = (field: string, targetType: TargetType): Reference | undefined => {
    const id = record[field];
    return typeof id === 'string' ? { field, id, targetType } : undefined;
  };
  if (PERSON_REFERRERS.has(recordType)) return refer('personId', 'person');
  if (recordType === 'person') return refer('accompaniesPersonId', 'person');
  if (recordType === 'prevention_activity') return refer('mediaOutletId', 'media_outlet');
  if (recordType === 'victim_support_aggregate') return refer('facilityId', 'facility');
  return undefined;
}

/** Checks that person, media-outlet and facility references point at records in the same run, and that ids are unique per record type. */
export const referentialIntegrity = defineRule({
  meta: {
    id: 'referential-integrity',
    version: '3',
    title: { vi: 'Tham chiếu giữa các bản ghi', en: 'References between records' },
    description: {
      vi: 'Mã người, mã cơ quan báo chí và mã cơ sở hỗ trợ được tham chiếu phải có bản ghi tương ứng trong cùng dữ liệu; hai bản ghi cùng loại không được trùng mã.',
      en: 'Referenced person, media-outlet and facility ids must have a matching record in the same data; two records of one type may not share an id.',
    },
  },
  messages: {
    duplicate_record_id: {
      severity: 'error',
      message: {
        vi: 'Mã "{id}" tại {field} đã được dùng cho một bản ghi {recordType} khác ({first}).',
        en: 'The id "{id}" at {field} is already used by another {recordType} record ({first}).',
      },
      hint: {
        vi: 'Mỗi bản ghi cùng loại cần một mã riêng: đổi mã, hoặc xóa bản ghi nếu bị nhập hai lần.',
        en: 'Give each record of a type its own id: change the id, or delete the record if it was entered twice.',
      },
    },
    unknown_media_outlet_reference: {
      severity: 'error',
      message: {
        vi: 'Mã cơ quan báo chí "{id}" tại {field} không khớp với bản ghi cơ quan báo chí nào trong dữ liệu.',
        en: 'The media-outlet id "{id}" at {field} matches no media-outlet record in the data.',
      },
      hint: {
        vi: 'Thêm bản ghi cơ quan báo chí (media_outlet) có mã này, hoặc sửa lại mã.',
        en: 'Add a media_outlet record with this id, or correct the id.',
      },
    },
    unknown_facility_reference: {
      severity: 'error',
      message: {
        vi: 'Mã cơ sở "{id}" tại {field} không khớp với bản ghi cơ sở hỗ trợ nào trong dữ liệu.',
        en: 'The facility id "{id}" at {field} matches no facility record in the data.',
      },
      hint: {
        vi: 'Thêm bản ghi cơ sở (facility) có mã này, hoặc sửa lại mã.',
        en: 'Add a facility record with this id, or correct the id.',
      },
    },
    unknown_person_reference: {
      severity: 'error',
      message: {
        vi: 'Mã người "{id}" tại {field} không khớp với bản ghi người nào trong dữ liệu.',
        en: 'The person id "{id}" at {field} matches no person record in the data.',
      },
      hint: {
        vi: 'Thêm bản ghi người (person) có mã này, hoặc sửa lại mã.',
        en: 'Add a person record with this id, or correct the id.',
      },
    },
  },
  create(ctx) {
    const refs = new CompactRefs();
    // Per record type, each id and a mark of its first record, to name it when the id comes again.
    const firstById = new Map<string, Map<string, RecordMark>>();
    // References to ids not seen yet; a reference to a seen id is settled at once and not kept.
    const pending = new Map<string, PendingByKey<PendingReference>>([
      ['person', new PendingByKey()],
      ['media_outlet', new PendingByKey()],
      ['facility', new PendingByKey()],
    ]);
    let seq = 0;
    return {
      // A record that failed its structural check still exists: its id settles references to it, so its one
      // structural issue is the only one. Nothing is reported on it, and its own references are not followed.
      invalidRecord(entry) {
        const id = entry.record.id;
        if (typeof id !== 'string') return;
        let ids = firstById.get(entry.recordType);
        if (!ids) {
          ids = new Map();
          firstById.set(entry.recordType, ids);
        }
        if (ids.has(id)) return;
        ids.set(id, refs.mark(entry));
        pending.get(entry.recordType)?.settle(id);
      },
      record(entry) {
        const id = entry.record.id;
        if (typeof id === 'string') {
          let ids = firstById.get(entry.recordType);
          if (!ids) {
            ids = new Map();
            firstById.set(entry.recordType, ids);
          }
          const first = ids.get(id);
          if (first !== undefined) {
            ctx.report({
              code: 'duplicate_record_id',
              entry,
              path: ['id'],
              params: {
                id: quoteId(entry.recordType, id, ctx.locale),
                recordType: entry.recordType,
                first: refs.format(first),
              },
            });
          } else {
            ids.set(id, refs.mark(entry));
            pending.get(entry.recordType)?.settle(id);
          }
        }
        const reference = referenceOf(entry);
        if (!reference || firstById.get(reference.targetType)?.has(reference.id)) return;
        const { path, where, type } = refs.hold(entry);
        pending.get(reference.targetType)?.add(reference.id, {
          path,
          where,
          type,
          seq: seq++,
          field: reference.field,
          id: reference.id,
          targetType: reference.targetType,
        });
      },
      end() {
        const unresolved = [...pending.values()]
          .flatMap((references) => references.remaining())
          .sort((a, b) => a.seq - b.seq);
        for (const reference of unresolved) {
          ctx.report({
            code: `unknown_${reference.targetType}_reference`,
            entry: refs.ref(reference),
            path: [reference.field],
            params: { id: quoteId(reference.targetType, reference.id, ctx.locale) },
          });
        }
      },
    };
  },
});
