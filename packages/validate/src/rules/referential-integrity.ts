import { defineRule, type RecordEntry } from '@vntip/core';
import { formatRecordRef } from './internal/format-record-ref';

const PERSON_REFERRERS = new Set([
  'status_decision',
  'trafficking_event',
  'process_event',
  'support_service',
  'inter_province_transfer',
]);

interface Reference {
  readonly entry: RecordEntry;
  readonly field: string;
  readonly id: string;
  readonly targetType: 'person' | 'media_outlet';
}

function referencesOf(entry: RecordEntry): Reference[] {
  const { recordType, record } = entry;
  const refer = (field: string, targetType: Reference['targetType']): Reference[] => {
    const id = record[field];
    return typeof id === 'string' ? [{ entry, field, id, targetType }] : [];
  };
  if (PERSON_REFERRERS.has(recordType)) return refer('personId', 'person');
  if (recordType === 'person') return refer('accompaniesPersonId', 'person');
  if (recordType === 'prevention_activity') return refer('mediaOutletId', 'media_outlet');
  return [];
}

/** Checks that person and media-outlet references point at records in the same run, and that ids are unique per record type. */
export const referentialIntegrity = defineRule({
  meta: {
    id: 'referential-integrity',
    version: '1',
    title: { vi: 'Tham chiếu giữa các bản ghi', en: 'References between records' },
    description: {
      vi: 'Mã người và mã cơ quan báo chí được tham chiếu phải có bản ghi tương ứng trong cùng dữ liệu; hai bản ghi cùng loại không được trùng mã.',
      en: 'Referenced person and media-outlet ids must have a matching record in the same data; two records of one type may not share an id.',
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
    const idsByType = new Map<string, Map<string, RecordEntry>>();
    const references: Reference[] = [];
    return {
      record(entry) {
        references.push(...referencesOf(entry));
        const id = entry.record.id;
        if (typeof id !== 'string') return;
        let ids = idsByType.get(entry.recordType);
        if (!ids) {
          ids = new Map();
          idsByType.set(entry.recordType, ids);
        }
        const first = ids.get(id);
        if (first) {
          ctx.report({
            code: 'duplicate_record_id',
            entry,
            path: ['id'],
            params: { id, recordType: entry.recordType, first: formatRecordRef(first) },
          });
        } else {
          ids.set(id, entry);
        }
      },
      end() {
        for (const { entry, field, id, targetType } of references) {
          if (idsByType.get(targetType)?.has(id)) continue;
          ctx.report({
            code:
              targetType === 'person'
                ? 'unknown_person_reference'
                : 'unknown_media_outlet_reference',
            entry,
            path: [field],
            params: { id },
          });
        }
      },
    };
  },
});
