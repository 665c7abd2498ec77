import { defineRule } from '@vntip/core';
import { findDeprecatedFields, findValuesAt } from './internal/deprecated-fields';

const DEPRECATED = findDeprecatedFields();

/** Warns about values in fields the schemas mark as deprecated, naming the successor (ADR 014). */
export const deprecatedFields = defineRule({
  meta: {
    id: 'deprecated-fields',
    version: '1',
    title: { vi: 'Trường không còn dùng', en: 'Deprecated fields' },
    description: {
      vi: 'Báo giá trị ghi trong trường mà lược đồ đánh dấu không còn dùng từ một phiên bản chuẩn (deprecation): dữ liệu theo chuẩn cũ vẫn được nhận kèm cảnh báo, và migrate() chuyển nó sang trường thay thế.',
      en: 'Reports values in fields the schemas mark as deprecated from a version of the standard (deprecation): data of an earlier version is still accepted with a warning, and migrate() moves it to the successor field.',
    },
  },
  messages: {
    deprecated_field: {
      severity: 'warning',
      message: {
        vi: 'Trường {field} không còn dùng từ chuẩn VN-TIP {since}: {note}',
        en: 'The field {field} is deprecated since VN-TIP {since}: {note}',
      },
      hint: {
        vi: 'Ghi giá trị vào trường thay thế ({replacedBy}), hoặc chuyển dữ liệu bằng migrate().',
        en: 'Record the value in the successor field ({replacedBy}), or migrate the data with migrate().',
      },
    },
  },
  create(ctx) {
    return {
      record(entry) {
        const fields = DEPRECATED.get(entry.recordType);
        if (!fields) return;
        for (const { path, deprecation } of fields) {
          for (const at of findValuesAt(entry.record, path)) {
            ctx.report({
              code: 'deprecated_field',
              entry,
              path: at,
              params: {
                since: deprecation.since,
                replacedBy: deprecation.replacedBy ?? '—',
                note: deprecation[ctx.locale],
              },
            });
          }
        }
      },
    };
  },
});
