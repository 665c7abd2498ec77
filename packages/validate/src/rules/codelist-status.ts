import { defineRule } from '@vntip/core';
import { CODELISTS, getCodelistEntry } from '@vntip/schema';
import { getCodeStatus } from './internal/code-status';
import { CODED_FIELDS, type CodedField, findCodedValues } from './internal/coded-fields';

// Only fields that can raise something are walked: open codelists, and lists with a deprecated or unconfirmed code.
const FLAGGABLE_FIELDS: ReadonlyMap<string, readonly CodedField[]> = new Map(
  [...CODED_FIELDS].map(([recordType, fields]) => [
    recordType,
    fields.filter(
      (field) =>
        field.open ||
        (CODELISTS[field.codelist]?.rows ?? []).some(
          (row) => getCodeStatus(row, false) !== undefined,
        ),
    ),
  ]),
);

/** Flags codes that are unconfirmed or deprecated in their codelist, and codes outside an open codelist. */
export const codelistStatus = defineRule({
  meta: {
    id: 'codelist-status',
    version: '1',
    title: { vi: 'Tình trạng mã trong danh mục', en: 'Codelist status of codes' },
    description: {
      vi: 'Báo mã chưa được đối chiếu với văn bản gốc, mã không còn dùng, và mã nằm ngoài một danh mục mở.',
      en: 'Reports codes not yet confirmed against a primary text, deprecated codes, and codes outside an open codelist.',
    },
  },
  messages: {
    deprecated_code: {
      severity: 'warning',
      message: {
        vi: 'Mã "{code}" tại {field} trong danh mục {codelist} không còn được dùng từ phiên bản chuẩn {since}.',
        en: 'The code "{code}" at {field} in the {codelist} codelist is deprecated since version {since} of the standard.',
      },
      hint: {
        vi: 'Dùng mã thay thế được nêu trong mô tả của danh mục {codelist}.',
        en: 'Use the replacement given in the description of the {codelist} codelist.',
      },
    },
    unconfirmed_code: {
      severity: 'info',
      message: {
        vi: 'Mã "{code}" tại {field} có trong danh mục {codelist} nhưng chưa được đối chiếu với văn bản gốc.',
        en: 'The code "{code}" at {field} is in the {codelist} codelist but has not been confirmed against a primary text.',
      },
      hint: {
        vi: 'Vẫn dùng được mã này; hãy kiểm tra lại khi danh mục được xác nhận.',
        en: 'The code can still be used; check it again once the codelist is confirmed.',
      },
    },
    unlisted_open_code: {
      severity: 'warning',
      message: {
        vi: 'Mã "{code}" tại {field} không có trong danh mục mở {codelist}.',
        en: 'The code "{code}" at {field} is not in the open codelist {codelist}.',
      },
      hint: {
        vi: 'Dùng mã có sẵn nếu có mã phù hợp; nếu không, khai báo mã mới trong một phần mở rộng của chuẩn.',
        en: 'Use an existing code if one fits; otherwise declare the new code in an extension of the standard.',
      },
    },
  },
  create(ctx) {
    return {
      record(entry) {
        for (const { path, code, codelist, open } of findCodedValues(
          entry.recordType,
          entry.record,
          FLAGGABLE_FIELDS,
        )) {
          const row = getCodelistEntry(codelist, code);
          const status = getCodeStatus(row, open);
          if (!status) continue;
          ctx.report({
            code: status,
            entry,
            path,
            params: { code, codelist, ...(row?.deprecated ? { since: row.deprecated } : {}) },
          });
        }
      },
    };
  },
});
