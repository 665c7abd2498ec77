import { defineRule, type RecordEntry } from '@vntip/core';
import { CROSSWALKS, getCodeLabel, type Locale } from '@vntip/schema';
import { isJsonObject } from './internal/is-json-object';
import { getRecordDate } from './internal/record-date';
import { ADMIN_REFORM_DATE } from './internal/reform-dates';

/** The days a unit reference speaks about: the record's dates, or the date of the document it sits in. */
interface Span {
  readonly start: string;
  readonly end: string;
}

interface UnitRef {
  readonly path: readonly (string | number)[];
  readonly unit: Readonly<Record<string, unknown>>;
  readonly span: Span;
}

const SUCCESSORS = new Map(
  (CROSSWALKS.provinceCrosswalk?.rows ?? []).map((row) => [row.oldCode ?? '', row.newCode ?? '']),
);

const LEVEL_NAMES: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  vi: { district: 'huyện', commune: 'xã' },
  en: { district: 'district', commune: 'commune' },
};

/** Calls `visit` for every administrative-unit reference under `value`, with the dates it must be judged by. */
function visitUnitRefs(
  value: unknown,
  path: (string | number)[],
  span: Span,
  visit: (ref: UnitRef) => void,
): void {
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      path.push(index);
      visitUnitRefs(value[index], path, span, visit);
      path.pop();
    }
    return;
  }
  if (!isJsonObject(value)) return;
  if (typeof value.codeListVersion === 'string') {
    visit({ path: [...path], unit: value, span });
    return;
  }
  let inner = span;
  // A document names its issuer as of its own date; without a date it cannot be judged.
  if (typeof value.number === 'string') {
    if (typeof value.date !== 'string') return;
    inner = { start: value.date, end: value.date };
  }
  for (const key of Object.keys(value)) {
    const child = value[key];
    if (typeof child !== 'object' || child === null) continue;
    path.push(key);
    visitUnitRefs(child, path, inner, visit);
    path.pop();
  }
}

/** Checks that administrative units use the code list in force on the record's date: 124/2004 up to 30/6/2025, 19/2025 from 1/7/2025. */
export const adminUnitVersion = defineRule({
  meta: {
    id: 'admin-unit-version',
    version: '1',
    title: {
      vi: 'Danh mục hành chính đúng thời điểm',
      en: 'Administrative list matching the date',
    },
    description: {
      vi: 'Đơn vị hành chính phải được ghi theo danh mục có hiệu lực vào ngày của bản ghi: 124/2004 đến 30/6/2025, 19/2025 từ 1/7/2025, vì nhiều mã đã được dùng lại cho đơn vị khác.',
      en: 'Administrative units must be coded in the list in force on the record date: 124/2004 up to 30/6/2025, 19/2025 from 1/7/2025, because many codes were reused for other units.',
    },
    recordTypes: [
      'crime_statistic',
      'inter_province_transfer',
      'prevention_activity',
      'process_event',
      'staffing_statistic',
      'status_decision',
      'support_service',
      'victim_support_aggregate',
    ],
  },
  messages: {
    post_reform_code_before_reform: {
      severity: 'error',
      message: {
        vi: 'Đơn vị hành chính tại {field} được ghi theo danh mục 19/2025, nhưng bản ghi có ngày {date}, trước khi danh mục này có hiệu lực (1/7/2025).',
        en: 'The administrative unit at {field} is coded in the 19/2025 list, but the record is dated {date}, before that list took effect (1/7/2025).',
      },
      hint: {
        vi: 'Với sự việc đến hết 30/6/2025, ghi mã theo danh mục 124/2004 (63 tỉnh), vì nhiều mã đã được dùng lại cho đơn vị khác.',
        en: 'For events up to 30/6/2025, use the 124/2004 list (63 provinces): many codes were reused for other units.',
      },
    },
    pre_reform_local_unit_code: {
      severity: 'error',
      message: {
        vi: 'Mã {levelName} {code} tại {field} được ghi theo danh mục 124/2004, nhưng bản ghi có ngày {date}, sau khi danh mục 19/2025 có hiệu lực (1/7/2025).',
        en: 'The {levelName} code {code} at {field} is in the 124/2004 list, but the record is dated {date}, after the 19/2025 list took effect (1/7/2025).',
      },
      hint: {
        vi: 'Từ 1/7/2025 cấp huyện chấm dứt và mã xã được đánh lại: ghi mã xã theo danh mục 19/2025, hoặc ghi đơn vị cấp tỉnh là {newName} (mã {newCode}).',
        en: 'From 1/7/2025 the district level ended and commune codes were renumbered: use the commune code in the 19/2025 list, or the province-level unit {newName} (code {newCode}).',
      },
    },
    pre_reform_province_code: {
      severity: 'error',
      message: {
        vi: 'Tỉnh tại {field} được ghi theo danh mục 124/2004 (mã {code}, {name}), nhưng bản ghi có ngày {date}, sau khi danh mục 19/2025 có hiệu lực (1/7/2025).',
        en: 'The province at {field} is coded in the 124/2004 list (code {code}, {name}), but the record is dated {date}, after the 19/2025 list took effect (1/7/2025).',
      },
      hint: {
        vi: 'Ghi theo danh mục 19/2025: địa bàn {name} nay thuộc {newName} (mã {newCode}).',
        en: 'Use the 19/2025 list: the area of {name} now belongs to {newName} (code {newCode}).',
      },
    },
  },
  create(ctx) {
    const successor = (oldProvince: string) => {
      const newCode = SUCCESSORS.get(oldProvince) ?? '';
      return { newCode, newName: getCodeLabel('province2025', newCode, ctx.locale) };
    };
    const check = (entry: RecordEntry, { path, unit, span }: UnitRef) => {
      const code = String(unit.code);
      const level = String(unit.level);
      const at = [...path, 'codeListVersion'];
      if (unit.codeListVersion === '19/2025' && span.end < ADMIN_REFORM_DATE) {
        ctx.report({
          code: 'post_reform_code_before_reform',
          entry,
          path: at,
          params: { date: span.start, code },
        });
      } else if (unit.codeListVersion === '124/2004' && span.start >= ADMIN_REFORM_DATE) {
        const province = level === 'province' ? code : String(unit.provinceCode);
        ctx.report({
          code: level === 'province' ? 'pre_reform_province_code' : 'pre_reform_local_unit_code',
          entry,
          path: at,
          params: {
            date: span.start,
            code,
            level,
            levelName: LEVEL_NAMES[ctx.locale][level] ?? level,
            name: getCodeLabel('province2004', province, ctx.locale),
            ...successor(province),
          },
        });
      }
    };
    return {
      record(entry) {
        const dated = getRecordDate(entry.recordType, entry.record);
        if (!dated) return;
        visitUnitRefs(entry.record, [], { start: dated.date, end: dated.end }, (ref) =>
          check(entry, ref),
        );
      },
    };
  },
});
