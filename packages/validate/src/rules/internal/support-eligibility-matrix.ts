import {
  type LawVersionCode,
  SUPPORT_TYPE_2011_CODES,
  SUPPORT_TYPE_2024_CODES,
  type SupportType2011Code,
  type SupportType2024Code,
} from '@vntip/schema';
import type { Citation } from './legal-regimes';

/**
 * Who receives support, as the eligibility articles group people. A victim is a Vietnamese citizen
 * or a stateless person permanently resident in Viet Nam; `foreign` is a foreigner trafficked in
 * Viet Nam (or where it is not known), `foreignTraffickedAbroad` one trafficked elsewhere, whom
 * neither law covers.
 */
export type Beneficiary =
  | 'victim'
  | 'accompanyingChild'
  | 'underVerificationAbroad'
  | 'underVerificationInVietnam'
  | 'foreign'
  | 'foreignTraffickedAbroad';

/** Whether a beneficiary may receive a support type. */
export type Eligibility = 'eligible' | 'caseByCase' | 'notEligible';

type Matrix<Code extends string> = Readonly<
  Partial<Record<Beneficiary, Readonly<Partial<Record<Code, Eligibility>>>>>
>;

// The codelists list the support types in the order of the law's points (a, b, c…), so slices follow the clauses.
const ALL_2024 = SUPPORT_TYPE_2024_CODES;
const ALL_2011 = SUPPORT_TYPE_2011_CODES;

function row<Code extends string>(
  all: readonly Code[],
  eligible: readonly Code[],
  caseByCase: readonly Code[] = [],
): Readonly<Partial<Record<Code, Eligibility>>> {
  const out: Partial<Record<Code, Eligibility>> = {};
  for (const code of all) {
    out[code] = eligible.includes(code)
      ? 'eligible'
      : caseByCase.includes(code)
        ? 'caseByCase'
        : 'notEligible';
  }
  return out;
}

// Law 53/2024/QH15 Art. 37 (text at hethongphapluat.com, chapter 5): points a–k, by clause.
const LAW_2024: Matrix<SupportType2024Code> = {
  victim: row(ALL_2024, ALL_2024),
  // Art. 37(2): points a–h.
  accompanyingChild: row(ALL_2024, ALL_2024.slice(0, 8)),
  // Art. 37(3): abroad points a–d, in Viet Nam points a–g.
  underVerificationAbroad: row(ALL_2024, ALL_2024.slice(0, 4)),
  underVerificationInVietnam: row(ALL_2024, ALL_2024.slice(0, 7)),
  // Art. 37(4): points a, b, c, d, đ and g, depending on the case.
  foreign: row(
    ALL_2024,
    [],
    ['ESSENTIAL_NEEDS', 'MEDICAL', 'INTERPRETATION', 'LEGAL_INFO', 'LEGAL_AID', 'PSYCHOLOGICAL'],
  ),
  // Art. 37(4) covers foreigners trafficked in Viet Nam only.
  foreignTraffickedAbroad: row(ALL_2024, []),
};

// Law 66/2011/QH12 Art. 32: six types, by clause (1: victims, 2: foreigners trafficked in Viet Nam,
// points a–d, 3: accompanying minors, Arts. 33–35 = points a–c). Persons awaiting verification
// (Arts. 24–25) get essential needs and travel costs only (Decree 09/2013/NĐ-CP Art. 19); the
// decree's other support articles name victims.
const UNDER_VERIFICATION_2011 = row(ALL_2011, ['ESSENTIAL_NEEDS_AND_TRAVEL']);
const LAW_2011: Matrix<SupportType2011Code> = {
  victim: row(ALL_2011, ALL_2011),
  accompanyingChild: row(ALL_2011, ['ESSENTIAL_NEEDS_AND_TRAVEL', 'MEDICAL', 'PSYCHOLOGICAL']),
  underVerificationAbroad: UNDER_VERIFICATION_2011,
  underVerificationInVietnam: UNDER_VERIFICATION_2011,
  foreign: row(ALL_2011, ['ESSENTIAL_NEEDS_AND_TRAVEL', 'MEDICAL', 'PSYCHOLOGICAL', 'LEGAL_AID']),
  foreignTraffickedAbroad: row(ALL_2011, []),
};

/** Looks up eligibility; undefined when the law says nothing about the beneficiary or the code. */
export function getEligibility(
  lawVersion: LawVersionCode,
  beneficiary: Beneficiary,
  code: string,
): Eligibility | undefined {
  const matrix: Matrix<string> = lawVersion === '2024' ? LAW_2024 : LAW_2011;
  return matrix[beneficiary]?.[code];
}

const CITATIONS: Readonly<Record<LawVersionCode, Readonly<Record<Beneficiary, Citation>>>> = {
  '2024': {
    victim: { vi: 'Luật 53/2024/QH15, Điều 37 khoản 1', en: 'Law 53/2024/QH15, Art. 37(1)' },
    accompanyingChild: {
      vi: 'Luật 53/2024/QH15, Điều 37 khoản 2',
      en: 'Law 53/2024/QH15, Art. 37(2)',
    },
    underVerificationAbroad: {
      vi: 'Luật 53/2024/QH15, Điều 37 khoản 3',
      en: 'Law 53/2024/QH15, Art. 37(3)',
    },
    underVerificationInVietnam: {
      vi: 'Luật 53/2024/QH15, Điều 37 khoản 3',
      en: 'Law 53/2024/QH15, Art. 37(3)',
    },
    foreign: { vi: 'Luật 53/2024/QH15, Điều 37 khoản 4', en: 'Law 53/2024/QH15, Art. 37(4)' },
    foreignTraffickedAbroad: {
      vi: 'Luật 53/2024/QH15, Điều 37 khoản 4',
      en: 'Law 53/2024/QH15, Art. 37(4)',
    },
  },
  '2011': {
    victim: { vi: 'Luật 66/2011/QH12, Điều 32 khoản 1', en: 'Law 66/2011/QH12, Art. 32(1)' },
    accompanyingChild: {
      vi: 'Luật 66/2011/QH12, Điều 32 khoản 3',
      en: 'Law 66/2011/QH12, Art. 32(3)',
    },
    underVerificationAbroad: {
      vi: 'Nghị định 09/2013/NĐ-CP, Điều 19',
      en: 'Decree 09/2013/NĐ-CP, Art. 19',
    },
    underVerificationInVietnam: {
      vi: 'Nghị định 09/2013/NĐ-CP, Điều 19',
      en: 'Decree 09/2013/NĐ-CP, Art. 19',
    },
    foreign: { vi: 'Luật 66/2011/QH12, Điều 32 khoản 2', en: 'Law 66/2011/QH12, Art. 32(2)' },
    foreignTraffickedAbroad: {
      vi: 'Luật 66/2011/QH12, Điều 32 khoản 2',
      en: 'Law 66/2011/QH12, Art. 32(2)',
    },
  },
};

/** The article and clause that set what the beneficiary may receive under the law. */
export function getEligibilityCitation(
  lawVersion: LawVersionCode,
  beneficiary: Beneficiary,
): Citation {
  return CITATIONS[lawVersion][beneficiary];
}

const PERMANENT_RESIDENCE_CITATIONS: Readonly<Record<LawVersionCode, Citation>> = {
  '2024': { vi: 'Luật 53/2024/QH15, Điều 37 khoản 1–3', en: 'Law 53/2024/QH15, Art. 37(1)–(3)' },
  '2011': { vi: 'Luật 66/2011/QH12, Điều 32 khoản 1', en: 'Law 66/2011/QH12, Art. 32(1)' },
};

/** The clauses that give stateless persons a citizen's support only when permanently resident in Viet Nam. */
export function getPermanentResidenceCitation(lawVersion: LawVersionCode): Citation {
  return PERMANENT_RESIDENCE_CITATIONS[lawVersion];
}
