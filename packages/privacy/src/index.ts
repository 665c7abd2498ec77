// Moved to @vntip/schema, which validate reads them from too; re-exported here until the next major version.
export type { FieldKind, FieldNode, Sensitivity } from '@vntip/schema';
export { recordFields } from '@vntip/schema';
export type { DropCounts, PseudonymOf } from './clean-record';
export { cleanRecord } from './clean-record';
export type { DeidentifierOptions } from './create-deidentifier';
export { AGGREGATE_RECORD_TYPE, createDeidentifier } from './create-deidentifier';
export type { KAnonymityOptions, KAnonymityResult, QuasiIdentifier } from './k-anonymize';
export { DEFAULT_K, kAnonymize } from './k-anonymize';
export type { PlainRecord } from './ladders';
export {
  ageLadder,
  agencyLadder,
  dateLadder,
  hideLadder,
  placeLadder,
} from './ladders';
export type { RiskInput, SensitiveAttribute } from './measure-risk';
export { lDiversityWarning, measureRisk } from './measure-risk';
export { isPersonalRecordType, isPersonCountRecordType } from './personal-record-type';
export type {
  AggregateRow,
  ProtectSmallCellsOptions,
  SmallCellMethod,
  SmallCellOptions,
  SmallCellResult,
} from './protect-small-cells';
export { protectSmallCells } from './protect-small-cells';
export type { PseudonymKey, PseudonymPurpose } from './pseudonym-key';
export {
  keyWeakness,
  MIN_KEY_BYTES,
  pseudonymizer,
  pseudonymKey,
  randomReleaseId,
  readPseudonymKey,
} from './pseudonym-key';
export { recordQuasiIdentifiers } from './record-quasi-identifiers';
export { summarizeRisk } from './summarize-risk';
