import { createIssue, type Issue } from '@vntip/core';
import type { Locale } from '@vntip/schema';
import { type AdminLevel, type AdminUnitList, adminUnitKey } from './admin-unit-list';

interface AdminUnitRefLike {
  codeListVersion: string;
  level: AdminLevel;
  code: string;
  provinceCode?: string;
}

function isAdminUnitRef(value: unknown): value is AdminUnitRefLike {
  const v = value as Partial<AdminUnitRefLike> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.codeListVersion === 'string' &&
    typeof v.level === 'string' &&
    typeof v.code === 'string'
  );
}

/** Checks every district and commune code in a record against the official lists the user supplied. */
export function checkAdminUnits(
  record: unknown,
  lists: readonly AdminUnitList[],
  context: { locale: Locale; basePath: readonly (string | number)[]; location?: Issue['location'] },
): Issue[] {
  const issues: Issue[] = [];
  const visit = (value: unknown, path: (string | number)[]) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        visit(item, [...path, i]);
      });
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    if (isAdminUnitRef(value) && value.level !== 'province') {
      const list = lists.find((l) => l.codeListVersion === value.codeListVersion);
      if (list) issues.push(...checkOne(value, list, [...context.basePath, ...path], context));
      return;
    }
    for (const [key, child] of Object.entries(value)) visit(child, [...path, key]);
  };
  visit(record, []);
  return issues;
}

function checkOne(
  ref: AdminUnitRefLike,
  list: AdminUnitList,
  path: (string | number)[],
  context: { locale: Locale; location?: Issue['location'] },
): Issue[] {
  const base = {
    path,
    source: 'admin-unit-list',
    ...(context.location ? { location: context.location } : {}),
  };
  const unit = list.units.get(adminUnitKey(ref.level, ref.code));
  if (!unit) {
    const params = {
      level: ref.level,
      code: ref.code,
      version: list.codeListVersion,
      source: list.source,
    };
    return [
      createIssue(
        { ...base, code: 'unknown_admin_unit', path: [...path, 'code'], params },
        context.locale,
      ),
    ];
  }
  if (ref.provinceCode !== undefined && ref.provinceCode !== unit.provinceCode) {
    const params = {
      code: ref.code,
      actual: unit.provinceCode,
      received: ref.provinceCode,
      version: list.codeListVersion,
    };
    return [
      createIssue(
        { ...base, code: 'admin_unit_province_mismatch', path: [...path, 'provinceCode'], params },
        context.locale,
      ),
    ];
  }
  return [];
}
