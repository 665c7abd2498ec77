// Row-level k-anonymity of the CTDC table: the quasi-identifier columns, each generalised by blanking it (NULL).
import { type KAnonymityResult, kAnonymize, type QuasiIdentifier } from '@vntip/privacy';
import type { CtdcColumn, CtdcRow } from './ctdc-columns';

/**
 * The quasi-identifier columns. Each has one level above the value: NULL. CTDC's value sets have no coarser values
 * (yearOfRegistration is a year, ageBroad only the nine bins), so a coarser band would leave the codebook's layout.
 */
export const CTDC_QUASI_IDENTIFIERS = [
  'yearOfRegistration',
  'gender',
  'ageBroad',
  'citizenship',
  'CountryOfExploitation',
] as const satisfies readonly CtdcColumn[];

/** Makes the rows k-anonymous over the quasi-identifier columns; see `kAnonymize` of `@vntip/privacy`. */
export function anonymizeCtdcRows(rows: readonly CtdcRow[], k: number): KAnonymityResult<CtdcRow> {
  return kAnonymize(rows, { quasiIdentifiers: CTDC_QUASI_IDENTIFIERS.map(blankable), k });
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
