import type { ResultPeriod } from '@vntip/core';
import { CROSSWALKS } from '@vntip/schema';

/** The first day of the 34-province list (Decision 19/2025). */
export const REFORM_DATE = '2025-07-01';

/** The last day of the 63-province list (Decision 124/2004). */
const LAST_DAY_BEFORE_REFORM = '2025-06-30';

/** Old (124/2004) province code → new (19/2025) code, from `provinceCrosswalk.csv`; read once. */
let successors: ReadonlyMap<string, string> | undefined;

/** The 19/2025 province a 124/2004 province was merged into, or undefined when the crosswalk lacks it. */
export function successorOf(oldCode: string): string | undefined {
  successors ??= new Map(
    (CROSSWALKS.provinceCrosswalk?.rows ?? []).flatMap((row) =>
      row.oldCode && row.newCode ? [[row.oldCode, row.newCode] as const] : [],
    ),
  );
  return successors.get(oldCode);
}

/** Whether a period starts before 1 July 2025 and ends on or after it. */
export function straddlesReform(period: ResultPeriod): boolean {
  return period.start < REFORM_DATE && period.end >= REFORM_DATE;
}

/** The period itself, or its two parts before and from 1 July 2025 when it straddles the reform. */
export function splitAtReform(period: ResultPeriod): ResultPeriod[] {
  if (!straddlesReform(period)) return [period];
  return [
    { start: period.start, end: LAST_DAY_BEFORE_REFORM },
    { start: REFORM_DATE, end: period.end },
  ];
}
