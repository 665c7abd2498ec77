import { CODELISTS } from './generated/codelists';

/** One CTDC age bin of the `ageBand` codelist: its code and the ages it holds (inclusive; `to` is infinite for 48+). */
export interface AgeBin {
  readonly code: string;
  readonly from: number;
  readonly to: number;
}

/** The CTDC age bins (the `ageBand` codes with a `ctdc` label), youngest first, with their bounds read from the codes. */
export const CTDC_AGE_BINS: readonly AgeBin[] = (CODELISTS.ageBand?.rows ?? []).flatMap((row) => {
  const bounds = /^AGE_(\d+)_(\d+|PLUS)$/.exec(row.code);
  if (!row.ctdc || !bounds) return [];
  const to = bounds[2] === 'PLUS' ? Number.POSITIVE_INFINITY : Number(bounds[2]);
  return [{ code: row.code, from: Number(bounds[1]), to }];
});

/** The CTDC age bin of an age in whole years, or undefined for a negative age. */
export function ctdcAgeBin(age: number): string | undefined {
  return CTDC_AGE_BINS.find((bin) => age >= bin.from && age <= bin.to)?.code;
}
