import type { DataQualityNote, IndicatorUnit, IndicatorValue } from '@vntip/core';
import { straddlesReform, successorOf } from './internal/reform';

/** A row `rollUpProvinces` accepts: an indicator value, optionally with its indicator id and unit (as `IndicatorResult` has). */
export type RollUpRow = IndicatorValue & {
  readonly indicator?: string;
  readonly unit?: IndicatorUnit;
};

const STRADDLE_NOTE: DataQualityNote = {
  code: 'period_straddles_reform',
  message: {
    vi: 'Kỳ báo cáo bao gồm cả trước và sau ngày 1/7/2025; số liệu theo danh mục 124/2004 đã được quy đổi sang tỉnh mới theo bảng chuyển đổi và cộng với số liệu theo danh mục 19/2025.',
    en: 'The period spans 1 July 2025; figures coded in the 124/2004 list were mapped to the new provinces through the crosswalk and added to figures coded in the 19/2025 list.',
  },
};

function notInCrosswalk(code: string): DataQualityNote {
  return {
    code: 'province_not_in_crosswalk',
    message: {
      vi: `Mã tỉnh ${code} (124/2004) không có trong bảng chuyển đổi; giữ nguyên, không quy đổi.`,
      en: `Province code ${code} (124/2004) is not in the crosswalk; left as it is, not rolled up.`,
    },
  };
}

/** Merges notes, summing the counts of notes with the same code. */
function mergeNotes(
  a: readonly DataQualityNote[],
  b: readonly DataQualityNote[],
): DataQualityNote[] {
  const merged = new Map<string, DataQualityNote>();
  for (const n of [...a, ...b]) {
    const seen = merged.get(n.code);
    if (!seen) merged.set(n.code, n);
    else if (seen.count !== undefined || n.count !== undefined)
      merged.set(n.code, { ...seen, count: (seen.count ?? 0) + (n.count ?? 0) });
  }
  return [...merged.values()];
}

function recomputeValue(
  numerator: number | null,
  denominator: number | null,
  unit?: IndicatorUnit,
) {
  if (denominator === null) return numerator;
  if (numerator === null || denominator === 0) return null;
  return unit === 'rate_per_100000' ? (numerator / denominator) * 100_000 : numerator / denominator;
}

function sum(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : a + b;
}

function groupKey(row: RollUpRow): string {
  const disaggregation = Object.entries(row.disaggregation).sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify([
    row.indicator ?? '',
    row.period.start,
    row.period.end,
    row.scope.level,
    row.scope.code,
    row.scope.codeListVersion ?? '',
    disaggregation,
  ]);
}

/**
 * Rolls rows broken down by province in the 124/2004 list up to the 34 provinces of the 19/2025 list, through the
 * province crosswalk (e.g. Bắc Giang 24 and Bắc Ninh 27 become Bắc Ninh 24). Rows with the same indicator, period,
 * scope and other breakdown keys are merged: numerators summed, denominators summed (the value recomputed), lineage
 * concatenated, notes combined. Every province row whose period spans 1 July 2025 gets the note
 * `period_straddles_reform`. Rows without a province breakdown, and medians (unit `days`, which cannot be summed),
 * are returned as they are. Roll up before attaching targets: other fields are taken from the first merged row.
 * @example
 * const rows = rollUpProvinces(await computeIndicators(records, options), '19/2025');
 */
export function rollUpProvinces<Row extends RollUpRow>(
  rows: readonly Row[],
  toVersion: '19/2025',
): Row[] {
  const merged = new Map<string, Row>();
  const out: (Row | string)[] = [];
  for (const row of rows) {
    const { province, codeListVersion } = row.disaggregation;
    if (province === undefined || codeListVersion === undefined || row.unit === 'days') {
      out.push(row);
      continue;
    }
    let mapped: Row = row;
    if (codeListVersion === '124/2004') {
      const successor = successorOf(province);
      if (successor === undefined) {
        out.push({ ...row, notes: mergeNotes(row.notes, [notInCrosswalk(province)]) });
        continue;
      }
      mapped = {
        ...row,
        disaggregation: { ...row.disaggregation, province: successor, codeListVersion: toVersion },
      };
    } else if (codeListVersion !== toVersion) {
      out.push(row);
      continue;
    }
    if (straddlesReform(mapped.period))
      mapped = { ...mapped, notes: mergeNotes(mapped.notes, [STRADDLE_NOTE]) };
    const key = groupKey(mapped);
    const seen = merged.get(key);
    if (!seen) {
      merged.set(key, mapped);
      out.push(key);
      continue;
    }
    const numerator = sum(seen.numerator, mapped.numerator);
    const denominator = sum(seen.denominator, mapped.denominator);
    merged.set(key, {
      ...seen,
      numerator,
      denominator,
      value: recomputeValue(numerator, denominator, seen.unit),
      lineage: [...new Set([...seen.lineage, ...mapped.lineage])],
      notes: mergeNotes(seen.notes, mapped.notes),
    });
  }
  return out.map((entry) => (typeof entry === 'string' ? (merged.get(entry) as Row) : entry));
}
