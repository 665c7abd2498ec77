import type { LawVersionCode, Locale } from '@vntip/schema';

/** An article and clause of a legal text, as a message cites it in each language. */
export type Citation = Readonly<Record<Locale, string>>;

/** A day limit set by the law or decree of one regime. */
export interface DayLimit {
  readonly days: number;
  readonly citation: Citation;
}

/**
 * Initial verification after receipt or self-report: 3 days under both laws. Law 53/2024/QH15
 * Art. 27(2) (the provincial health authority with the provincial police, as amended in 2025);
 * Law 66/2011/QH12 Art. 24 (the district labour office with the district police), the 3 days also
 * in Joint Circular 01/2014/TTLT-BCA-BQP-BLĐTBXH-BNG.
 */
export const VERIFICATION_DEADLINE: Readonly<Record<LawVersionCode, DayLimit>> = {
  '2011': {
    days: 3,
    citation: { vi: 'Luật 66/2011/QH12, Điều 24', en: 'Law 66/2011/QH12, Art. 24' },
  },
  '2024': {
    days: 3,
    citation: { vi: 'Luật 53/2024/QH15, Điều 27 khoản 2', en: 'Law 53/2024/QH15, Art. 27(2)' },
  },
};

/**
 * A stay in a facility. From 1/7/2025 temporary accommodation lasts at most 120 days unless a
 * decision extends it (Decree 162/2025/NĐ-CP Art. 17). Before, the state budget paid meals in a
 * social-protection or victim-support facility for at most 60 days (Decree 09/2013/NĐ-CP Art. 19),
 * with no extension: a longer stay was not forbidden, but its meals were not state-funded.
 */
export const SHELTER_LIMIT: Readonly<Record<LawVersionCode, DayLimit>> = {
  '2011': {
    days: 60,
    citation: { vi: 'Nghị định 09/2013/NĐ-CP, Điều 19', en: 'Decree 09/2013/NĐ-CP, Art. 19' },
  },
  '2024': {
    days: 120,
    citation: { vi: 'Nghị định 162/2025/NĐ-CP, Điều 17', en: 'Decree 162/2025/NĐ-CP, Art. 17' },
  },
};
