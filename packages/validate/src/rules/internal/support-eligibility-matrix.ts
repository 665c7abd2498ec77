import {
  type LawVersionCode,
  SUPPORT_TYPE_2011_CODES,
  SUPPORT_TYPE_2024_CODES,
  type SupportType2011Code,
  type SupportType2024Code,
} from '@vntip/schema';

/** Who receives support, as the eligibility articles group people. */
export type Beneficiary =
  | 'victim'
  | 'accompanyingChild'
  | 'underVerificationAbroad'
  | 'underVerificationInVietnam'
  | 'foreign';

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

// Law 53/2024/QH15 Art. 37 (domain brief §3.4): points a–k, by clause.
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
};

// Law 66/2011/QH12 Art. 32: six types; the law has no category of persons under verification.
const LAW_2011: Matrix<SupportType2011Code> = {
  victim: row(ALL_2011, ALL_2011),
  accompanyingChild: row(ALL_2011, ['ESSENTIAL_NEEDS_AND_TRAVEL', 'MEDICAL', 'PSYCHOLOGICAL']),
  foreign: row(ALL_2011, ['ESSENTIAL_NEEDS_AND_TRAVEL', 'MEDICAL', 'PSYCHOLOGICAL', 'LEGAL_AID']),
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
