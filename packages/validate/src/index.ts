export type {
  AdminLevel,
  AdminUnit,
  AdminUnitList,
  ParseAdminUnitListOptions,
} from './admin-unit-list';
export { adminUnitKey, parseGsoAdminUnitList } from './admin-unit-list';
export { checkAdminUnits } from './check-admin-units';
export type { RecordValidator, RecordValidatorOptions } from './create-record-validator';
export { createRecordValidator } from './create-record-validator';
export type { IssueContext } from './from-zod-issues';
export { fromZodIssues } from './from-zod-issues';
export { ExchangePackageSchema, RECORD_SCHEMAS, ZOD_SCHEMAS } from './generated/zod';
export type { DescriptorEvent, InputFile, IssueEvent, ReadEvent, RecordEvent } from './read-event';
export type { ValidationOptions, ValidationResult } from './validate';
export { validate } from './validate';
export type {
  ExchangePackageContents,
  ExchangePackageInput,
  PackageRecord,
} from './validate-exchange-package';
export { validateExchangePackage } from './validate-exchange-package';
export type { RecordType, ValidateOptions } from './validate-record';
export { isRecordType, RECORD_TYPES, validateDescriptor, validateRecord } from './validate-record';
