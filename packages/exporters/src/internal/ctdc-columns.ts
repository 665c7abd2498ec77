// The 27 variables of CTDC's Global Synthetic Dataset v2024 (codebook version 2, February 2024), in the codebook's
// order, and the values each may hold. An empty cell is the codebook's NULL.
import { CODELISTS } from '@vntip/schema';
import { getAlpha3Codes } from 'i18n-iso-countries/index.js';

/** The columns of `ctdc.csv`, in the codebook's order. */
export const CTDC_COLUMNS = [
  'yearOfRegistration',
  'gender',
  'ageBroad',
  'citizenship',
  'CountryOfExploitation',
  'traffickMonths',
  'meansDebtBondageEarnings',
  'meansThreats',
  'meansAbusePsyPhySex',
  'meansFalsePromises',
  'meansDrugsAlcohol',
  'meansDenyBasicNeeds',
  'meansExcessiveWorkHours',
  'meansWithholdDocs',
  'isForcedLabour',
  'isSexualExploit',
  'isOtherExploit',
  'typeOfLabourAgriculture',
  'typeOfLabourConstruction',
  'typeOfLabourDomesticWork',
  'typeOfLabourHospitality',
  'typeOfSexProstitution',
  'typeOfSexPornography',
  'recruiterRelationIntimatePartner',
  'recruiterRelationFriend',
  'recruiterRelationFamily',
  'recruiterRelationOther',
] as const;

/** One CTDC variable. */
export type CtdcColumn = (typeof CTDC_COLUMNS)[number];

/** One row of the CTDC layout: every variable, `''` for NULL. */
export type CtdcRow = Readonly<Record<CtdcColumn, string>>;

/** The columns that are one-hot flags: `1` or NULL. */
export const CTDC_FLAG_COLUMNS: readonly CtdcColumn[] = CTDC_COLUMNS.slice(6);

/** The values of `gender`, as the codebook spells them (trans persons are one group there, never split further). */
export const CTDC_GENDERS = ['Man', 'Woman', 'Trans/Transgender/NonConforming'] as const;

/** The values of `traffickMonths`, shortest first. */
export const CTDC_TRAFFICK_MONTHS = ['0--12 (0-1 yr)', '13--24 (1-2 yrs)', '25+ (2+ yrs)'] as const;

/** The values of `ageBroad`: the `ctdc` labels of the age-band codelist (`0--8`, `09--17` … `48+`), youngest first. */
export const CTDC_AGE_BINS: readonly string[] = (CODELISTS.ageBand?.rows ?? []).flatMap((row) =>
  row.ctdc ? [row.ctdc] : [],
);

/** ISO 3166-1 alpha-3 codes, the values of `citizenship` and `CountryOfExploitation`. */
const ALPHA3 = new Set(Object.keys(getAlpha3Codes()));

/** Whether a cell holds a value the codebook allows in its column (an empty cell, NULL, always is). */
export function isCtdcValue(column: CtdcColumn, value: string): boolean {
  if (value === '') return true;
  switch (column) {
    case 'yearOfRegistration':
      return /^[12]\d{3}$/.test(value);
    case 'gender':
      return (CTDC_GENDERS as readonly string[]).includes(value);
    case 'ageBroad':
      return CTDC_AGE_BINS.includes(value);
    case 'citizenship':
    case 'CountryOfExploitation':
      return ALPHA3.has(value);
    case 'traffickMonths':
      return (CTDC_TRAFFICK_MONTHS as readonly string[]).includes(value);
    default:
      return value === '1';
  }
}
