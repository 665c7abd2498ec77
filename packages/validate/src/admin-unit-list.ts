import { createIssue, type Issue, type Result } from '@vntip/core';
import type { Locale } from '@vntip/schema';
import { parse } from 'csv-parse/sync';

/** Administrative level of a unit. */
export type AdminLevel = 'province' | 'district' | 'commune';

/** One unit of an official list. */
export interface AdminUnit {
  readonly code: string;
  readonly name: string;
  readonly level: AdminLevel;
  readonly provinceCode: string;
  /** Only in the 124/2004 list, for communes. */
  readonly districtCode?: string;
}

/** An official administrative-unit list loaded from a file, with the code-list version it belongs to. */
export interface AdminUnitList {
  /** `124/2004` or `19/2025`. */
  readonly codeListVersion: string;
  /** Where the list came from, e.g. the file name and export date. */
  readonly source: string;
  /** Units keyed by `level:code`. */
  readonly units: ReadonlyMap<string, AdminUnit>;
}

/** Options of `parseGsoAdminUnitList`. */
export interface ParseAdminUnitListOptions {
  readonly codeListVersion: '124/2004' | '19/2025';
  readonly source: string;
  /** @default 'vi' */
  readonly locale?: Locale;
}

const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

// Header names of the GSO export (danhmuchanhchinh), matched without case or diacritics.
const COLUMNS = {
  provinceCode: ['ma tp', 'ma tinh'],
  provinceName: ['tinh thanh pho', 'tinh'],
  districtCode: ['ma qh', 'ma huyen'],
  districtName: ['quan huyen', 'huyen'],
  communeCode: ['ma px', 'ma xa'],
  communeName: ['phuong xa', 'xa'],
} as const;

/** The key of a unit in `AdminUnitList.units`. */
export function adminUnitKey(level: AdminLevel, code: string): string {
  return `${level}:${code}`;
}

/**
 * Reads an administrative-unit list in the GSO export format (CSV with the columns Tỉnh Thành Phố, Mã TP,
 * Quận Huyện, Mã QH, Phường Xã, Mã PX, …; the district columns are absent in 19/2025 lists).
 */
export function parseGsoAdminUnitList(
  text: string,
  options: ParseAdminUnitListOptions,
): Result<AdminUnitList> {
  const locale = options.locale ?? 'vi';
  const location = { file: options.source };
  const rows = parse(text.replace(/^\uFEFF/, ''), {
    relax_column_count: true,
    skip_empty_lines: true,
  }) as string[][];
  const header = (rows[0] ?? []).map(fold);
  const find = (names: readonly string[]) => header.findIndex((h) => names.includes(h));
  const at = Object.fromEntries(
    Object.entries(COLUMNS).map(([key, names]) => [key, find(names)]),
  ) as Record<keyof typeof COLUMNS, number>;
  const missing = (['provinceCode', 'provinceName', 'communeCode', 'communeName'] as const).filter(
    (key) => at[key] < 0,
  );
  if (missing.length > 0) {
    const issue = createIssue(
      {
        code: 'invalid_admin_unit_list',
        params: { columns: missing.map((key) => COLUMNS[key][0]) },
        location,
      },
      locale,
    );
    return { ok: false, issues: [issue] };
  }
  const units = new Map<string, AdminUnit>();
  const issues: Issue[] = [];
  const add = (unit: AdminUnit) => units.set(adminUnitKey(unit.level, unit.code), unit);
  rows.slice(1).forEach((row, i) => {
    const cell = (index: number) => (index >= 0 ? (row[index] ?? '').trim().normalize('NFC') : '');
    const provinceCode = cell(at.provinceCode);
    const districtCode = cell(at.districtCode);
    const communeCode = cell(at.communeCode);
    if (
      !/^\d{2}$/.test(provinceCode) ||
      (districtCode && !/^\d{3}$/.test(districtCode)) ||
      (communeCode && !/^\d{5}$/.test(communeCode))
    ) {
      issues.push(
        createIssue(
          {
            code: 'invalid_admin_unit_list',
            params: { columns: 'Mã TP / Mã QH / Mã PX' },
            location: { ...location, row: i + 2 },
          },
          locale,
        ),
      );
      return;
    }
    add({ code: provinceCode, name: cell(at.provinceName), level: 'province', provinceCode });
    if (districtCode)
      add({ code: districtCode, name: cell(at.districtName), level: 'district', provinceCode });
    if (communeCode) {
      add({
        code: communeCode,
        name: cell(at.communeName),
        level: 'commune',
        provinceCode,
        ...(districtCode ? { districtCode } : {}),
      });
    }
  });
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: { codeListVersion: options.codeListVersion, source: options.source, units },
    issues,
  };
}
