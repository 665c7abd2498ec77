export type {
  DescriptorEvent,
  InputFile,
  IssueEvent,
  ReadChunk,
  ReadEvent,
  RecordEvent,
  RowTally,
  TallyEvent,
} from '@vntip/read';
export type {
  AdminLevel,
  AdminUnit,
  AdminUnitList,
  ParseAdminUnitListOptions,
} from './admin-unit-list';
export { adminUnitKey, parseGsoAdminUnitList } from './admin-unit-list';
export type { BuiltinRuleId } from './builtin-rules';
export { BUILTIN_RULES, builtinRules } from './builtin-rules';
export { checkAdminUnits } from './check-admin-units';
export { READABLE_STANDARD_VERSIONS } from './check-standard-version';
export type { RecordValidator, RecordValidatorOptions } from './create-record-validator';
export { createRecordValidator } from './create-record-validator';
export type {
  InputFormat,
  ReadLimits,
  ReadOptions,
  TextEncodingName,
  ZipArchive,
  ZipEntry,
  ZipErrorCode,
} from './deprecated-readers';
export {
  DEFAULT_READ_LIMITS,
  InflateBudget,
  inflateEntry,
  inflateEntryBytes,
  openZipArchive,
  ReaderError,
  readCsv,
  readFile,
  readJson,
  readNdjson,
  readOds,
  readPackageZip,
  readXlsx,
  sniffFormat,
  ZipError,
} from './deprecated-readers';
export type { IssueContext } from './from-zod-issues';
export { fromZodIssues } from './from-zod-issues';
export { ExchangePackageSchema, RECORD_SCHEMAS, ZOD_SCHEMAS } from './generated/zod';
export { accompanyingChildAge } from './rules/accompanying-child-age';
export { adminUnitVersion } from './rules/admin-unit-version';
export { codelistStatus } from './rules/codelist-status';
export { countsConsistent } from './rules/counts-consistent';
export { dateInPeriod } from './rules/date-in-period';
export { dateNotInFuture } from './rules/date-not-in-future';
export { dateOrder } from './rules/date-order';
export { deprecatedFields } from './rules/deprecated-fields';
export { duplicateRecords } from './rules/duplicate-records';
export { initialVerificationDeadline } from './rules/initial-verification-deadline';
export { referentialIntegrity } from './rules/referential-integrity';
export { shelterStayLimit } from './rules/shelter-stay-limit';
export { supportConditions } from './rules/support-conditions';
export { supportEligibility } from './rules/support-eligibility';
export type { ValidationOptions, ValidationResult } from './validate';
export { validate } from './validate';
export type { DatasetResult, DatasetSource, SourceResult } from './validate-dataset';
export { validateDataset } from './validate-dataset';
export type { RecordType, ValidateOptions } from './validate-record';
export { isRecordType, RECORD_TYPES, validateDescriptor, validateRecord } from './validate-record';
