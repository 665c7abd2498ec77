import { CTDC_AGE_BINS } from './ctdc-age-bins';

// The coarse bands wholly under 18: UNDER_18, and UNDER_16 and AGE_16_17 (the Art. 151 / Art. 150 line of the 2015
// Criminal Code).
const COARSE_MINOR_BANDS = ['UNDER_18', 'UNDER_16', 'AGE_16_17'];

/** The `ageBand` codes that lie wholly under 18: the coarse minor bands and the CTDC bins ending before 18. */
export const MINOR_AGE_BANDS: ReadonlySet<string> = new Set([
  ...COARSE_MINOR_BANDS,
  ...CTDC_AGE_BINS.filter((bin) => bin.to < 18).map((bin) => bin.code),
]);

/** Whether an `ageBand` code lies wholly under 18 (UNKNOWN and adult bands do not). */
export function isMinorAgeBand(band: string): boolean {
  return MINOR_AGE_BANDS.has(band);
}
