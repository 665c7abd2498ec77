import { CODELISTS, type LawVersionCode } from '@vntip/schema';

/** First day of the 19/2025 administrative-unit list (Decision 19/2025/QĐ-TTg); the 124/2004 list ends the day before. */
export const ADMIN_REFORM_DATE = '2025-07-01';

const LAW_PERIODS = (CODELISTS.lawVersion?.rows ?? []).map((row) => ({
  code: row.code as LawVersionCode,
  validFrom: row.validFrom ?? '',
  validTo: row.validTo ?? '',
}));

/** The anti-trafficking law in force on `date`, from the lawVersion codelist; undefined before 2012. */
export function getLawVersionOn(date: string): LawVersionCode | undefined {
  return LAW_PERIODS.find(
    (law) => date >= law.validFrom && (law.validTo === '' || date <= law.validTo),
  )?.code;
}
