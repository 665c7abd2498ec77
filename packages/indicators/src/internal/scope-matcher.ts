import type { ResultScope } from '@vntip/core';
import { provinceOfAdminUnit } from '@vntip/schema';
import { successorOf } from './reform';

/** Answers `inScope` for one scope and counts the places it could not read. */
export interface ScopeMatcher {
  inScope(place: unknown): boolean;
  /** How many times `inScope` was asked about a missing or unreadable place (always 0 for national scope). */
  readonly unplaced: number;
}

interface AdminUnit {
  readonly codeListVersion: string;
  readonly level: string;
  readonly code: string;
  readonly provinceCode?: string;
}

/** The admin unit of a place: the reference itself, or the `unit` of an agency reference. */
function adminUnitOf(place: unknown): AdminUnit | undefined {
  if (typeof place !== 'object' || place === null) return undefined;
  const ref = place as Record<string, unknown>;
  if (ref.level === undefined && ref.unit !== undefined) return adminUnitOf(ref.unit);
  if (ref.level === 'national') return { codeListVersion: '', level: 'national', code: 'VN' };
  if (typeof ref.codeListVersion !== 'string' || typeof ref.code !== 'string') return undefined;
  return ref as unknown as AdminUnit;
}

/** The province a unit lies in, in the code list of `codeListVersion`; 124/2004 provinces roll into 19/2025 ones. */
function provinceIn(unit: AdminUnit, codeListVersion: string): string | undefined {
  const province = provinceOfAdminUnit(unit)?.code;
  if (province === undefined || unit.codeListVersion === codeListVersion) return province;
  if (unit.codeListVersion === '124/2004' && codeListVersion === '19/2025')
    return successorOf(province);
  return undefined;
}

/** Creates the `inScope` test of a scope (see `IndicatorContext.inScope`). */
export function createScopeMatcher(scope: ResultScope): ScopeMatcher {
  let unplaced = 0;
  const version = scope.codeListVersion ?? '';
  const test = (unit: AdminUnit): boolean => {
    if (unit.level === 'national') return false;
    if (scope.level === 'province') return provinceIn(unit, version) === scope.code;
    return unit.level === 'commune' && unit.codeListVersion === version && unit.code === scope.code;
  };
  return {
    inScope(place) {
      if (scope.level === 'national') return true;
      const unit = adminUnitOf(place);
      if (unit === undefined) {
        unplaced += 1;
        return false;
      }
      return test(unit);
    },
    get unplaced() {
      return unplaced;
    },
  };
}
