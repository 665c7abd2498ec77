export { fromZodIssues } from './from-zod-issues';
export type { IssueContext } from './from-zod-issues';
export { ExchangePackageSchema, RECORD_SCHEMAS, ZOD_SCHEMAS } from './generated/zod';
export { validateExchangePackage } from './validate-exchange-package';
export type { ExchangePackageContents, ExchangePackageInput, PackageRecord } from './validate-exchange-package';
export { isRecordType, RECORD_TYPES, validateDescriptor, validateRecord } from './validate-record';
export type { RecordType, ValidateOptions } from './validate-record';
