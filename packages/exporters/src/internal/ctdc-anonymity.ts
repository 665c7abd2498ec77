// Row-level k-anonymity of the CTDC table: the quasi-identifier columns, each generalised by blanking it (NULL).
import type { TableRisk } from '@vntip/core';
import {
  type KAnonymityResult,
  kAnonymize,
  measureRisk,
  type QuasiIdentifier,
} from '@vntip/privacy';
import type { CtdcColumn, CtdcRow } from './ctdc-columns';

/**
 * The quasi-identifier columns: every column made from a field the schema classes quasi_identifier (traffickMonths
 * comes from a trafficking event's monthsAway or its dates). Each has one level above the value: NULL. CTDC's value
 * sets have no coarser values (yearOfRegistration is a year, ageBroad only the nine bins, traffickMonths three bins),
 * so a coarser band would leave the codebook's layout.
 */
export const CTDC_QUASI_IDENTIFIERS = [
  'yearOfRegistration',
  'gender',
  'ageBroad',
  'citizenship',
  'CountryOfExploitation',
  'traffickMonths',
] as const satisfies readonly CtdcColumn[];

/** Makes the rows k-anonymous over the quasi-identifier columns; see `kAnonymize` of `@vntip/privacy`. */
export function anonymizeCtdcRows(rows: readonly CtdcRow[], k: number): KAnonymityResult<CtdcRow> {
  return kAnonymize(rows, { quasiIdentifiers: CTDC_QUASI_IDENTIFIERS.map(blankable), k });
}

/** The sensitive attributes whose diversity per class the risk report measures: each group of flags, as a set. */
const SENSITIVE_GROUPS: Readonly<Record<string, string>> = {
  formOfExploitation: 'is',
  meansOfControl: 'means',
  labourSector: 'typeOfLabour',
  sexualExploitationType: 'typeOfSex',
  recruiterRelation: 'recruiterRelation',
};

/** The re-identification risk of the table, before (as mapped) and after k-anonymity: one row per victim. */
export function ctdcRisk(before: readonly CtdcRow[], after: readonly CtdcRow[]): TableRisk {
  const classOf = (row: CtdcRow) => JSON.stringify(CTDC_QUASI_IDENTIFIERS.map((c) => row[c]));
  return measureRisk({
    table: 'ctdc',
    before,
    after,
    quasiIdentifiers: CTDC_QUASI_IDENTIFIERS,
    classOf,
    sensitive: Object.entries(SENSITIVE_GROUPS).map(([name, prefix]) => ({
      name,
      value: (row: CtdcRow) =>
        (Object.keys(row) as CtdcColumn[]).filter((c) => c.startsWith(prefix) && row[c] !== ''),
    })),
  });
}

// --- Internal helpers ---

function blankable(column: CtdcColumn): QuasiIdentifier<CtdcRow> {
  return {
    name: column,
    levels: 1,
    generalise: (row, level) =>
      level === 0 || row[column] === '' ? row : { ...row, [column]: '' },
    key: (row) => row[column],
  };
}
