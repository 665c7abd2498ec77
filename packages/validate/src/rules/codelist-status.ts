import { defineRule } from '@vntip/core';
import { CODELISTS, getCodelistEntry } from '@vntip/schema';
import { getCodeStatus } from './internal/code-status';
import { getCodeValidity, isInForceDuring } from './internal/code-validity';
import { CODED_FIELDS, type CodedField, findCodedValues } from './internal/coded-fields';
import { getAtPath } from './internal/get-at-path';
import { isJsonObject } from './internal/is-json-object';
import { getRecordDate } from './internal/record-date';

// Codelists whose dates other rules judge: the law versions (support-eligibility and the regime
// rules) and the administrative lists (admin-unit-version).
const DATED_ELSEWHERE = new Set(['lawVersion', 'province2004', 'province2025']);

/** Whether some code of the codelist is in force only between dates (agency types, offences). */
function hasDatedCodes(codelist: string): boolean {
  if (DATED_ELSEWHERE.has(codelist)) return false;
  return (CODELISTS[codelist]?.rows ?? []).some((row) => getCodeValidity(row) !== undefined);
}

// Only fields that can raise something are walked: open codelists, lists with a deprecated or
// unconfirmed code, and lists with dated codes.
const FLAGGABLE_FIELDS: ReadonlyMap<string, readonly CodedField[]> = new Map(
  [...CODED_FIELDS].map(([recordType, fields]) => [
    recordType,
    fields.filter(
      (field) =>
        field.open ||
        hasDatedCodes(field.codelist) ||
        (CODELISTS[field.codelist]?.rows ?? []).some(
          (row) => getCodeStatus(row, false) !== undefined,
        ),
    ),
  ]),
);

/** The days a coded value speaks about: the date of the document it sits in, else the record's days. */
function spanOf(
  record: Readonly<Record<string, unknown>>,
  path: readonly (string | number)[],
  recordSpan: { readonly start: string; readonly end: string } | undefined,
): { readonly start: string; readonly end: string } | undefined {
  // A document names its issuer as of its own date; without a date it cannot be judged.
  for (let length = path.length - 1; length > 0; length--) {
    const node = getAtPath(record, path.slice(0, length));
    if (isJsonObject(node) && typeof node.number === 'string') {
      return typeof node.date === 'string' ? { start: node.date, end: node.date } : undefined;
    }
  }
  return recordSpan;
}

/** Flags codes that are unconfirmed or deprecated in their codelist, and codes outside an open codelist. */
export const codelistStatus = defineRule({
  meta: {
    id: 'codelist-status',
    version: '2',
    title: { vi: 'Tình trạng mã trong danh mục', en: 'Codelist status of codes' },
    description: {
      vi: 'Báo mã chưa được đối chiếu với văn bản gốc, mã không còn dùng, mã nằm ngoài một danh mục mở, và mã được dùng ngoài thời gian có hiệu lực ghi trong danh mục (ví dụ Sở Lao động - Thương binh và Xã hội hỗ trợ nạn nhân đến 28/2/2025, Sở Y tế từ 1/3/2025).',
      en: 'Reports codes not yet confirmed against a primary text, deprecated codes, codes outside an open codelist, and codes used outside the dates their codelist gives them (e.g. the Department of Labour, Invalids and Social Affairs supported victims until 28/2/2025, the Department of Health from 1/3/2025).',
    },
  },
  messages: {
    code_not_in_force: {
      severity: 'warning',
      message: {
        vi: 'Mã "{code}" tại {field} trong danh mục {codelist} chỉ có hiệu lực {validity}, nhưng bản ghi nói về ngày {start}{endText}.',
        en: 'The code "{code}" at {field} in the {codelist} codelist is in force only {validity}, but the record is about {start}{endText}.',
      },
      hint: {
        vi: 'Kiểm tra ngày của bản ghi, hoặc dùng mã có hiệu lực vào ngày đó (xem mô tả của mã trong danh mục {codelist}). Nguồn: {source}.',
        en: "Check the record date, or use the code in force on that day (see the code's description in the {codelist} codelist). Source: {source}.",
      },
    },
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
    const vi = ctx.locale === 'vi';
    const validityText = (validFrom: string, validTo: string) => {
      if (validFrom === '') return vi ? `đến ${validTo}` : `until ${validTo}`;
      if (validTo === '') return vi ? `từ ${validFrom}` : `from ${validFrom}`;
      return vi ? `từ ${validFrom} đến ${validTo}` : `from ${validFrom} to ${validTo}`;
    };
    return {
      record(entry) {
        const recordDate = getRecordDate(entry.recordType, entry.record);
        const recordSpan = recordDate && { start: recordDate.date, end: recordDate.end };
        for (const { path, code, codelist, open } of findCodedValues(
          entry.recordType,
          entry.record,
          FLAGGABLE_FIELDS,
        )) {
          const row = getCodelistEntry(codelist, code);
          const validity = DATED_ELSEWHERE.has(codelist) ? undefined : getCodeValidity(row);
          const span = validity && spanOf(entry.record, path, recordSpan);
          if (validity && span && !isInForceDuring(validity, span.start, span.end)) {
            const { validFrom, validTo } = validity;
            ctx.report({
              code: 'code_not_in_force',
              entry,
              path,
              params: {
                code,
                codelist,
                validFrom,
                validTo,
                start: span.start,
                end: span.end,
                validity: validityText(validFrom, validTo),
                endText: span.end === span.start ? '' : vi ? ` đến ${span.end}` : ` to ${span.end}`,
                source: row?.source || codelist,
              },
            });
          }
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
