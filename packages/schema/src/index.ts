export type { CodelistDefinition, CodelistEntry, CrosswalkDefinition, Locale } from './codelist';
export { communeCodes } from './commune-codes';
export type { AgeBin } from './ctdc-age-bins';
export { CTDC_AGE_BINS, ctdcAgeBin } from './ctdc-age-bins';
export { describeField } from './describe-field';
export type { FormOfExploitation } from './form-of-exploitation';
export { formOfExploitation } from './form-of-exploitation';
// biome-ignore lint/performance/noReExportAll: the generated code tuples and types are the standard's surface; docs/standard lists them.
export * from './generated/codelist-codes';
export { CODELISTS, CROSSWALKS } from './generated/codelists';
export {
  JSON_SCHEMAS,
  META_SCHEMA,
  RECORD_TYPE_SCHEMA_FILES,
  SCHEMA_BASE_URL,
} from './generated/json-schemas';
export { NATIONAL_TARGETS } from './generated/targets';
// The generated types are the standard's type surface; docs/standard lists every one.
export type * from './generated/types';
export { getCodeLabel, getCodelistEntry } from './get-codelist-entry';
export { iso31662OfProvince } from './iso-3166-2-of-province';
export { isMinorAgeBand, MINOR_AGE_BANDS } from './minor-age-band';
export type { ProvinceRef } from './province-of-admin-unit';
export { provinceOfAdminUnit } from './province-of-admin-unit';
export type { FieldKind, FieldNode, Sensitivity } from './record-fields';
export { fieldSensitivity, recordFields } from './record-fields';
export type { LocatedSchema, SchemaNode } from './schema-variants';
export { resolveSchemaRef, schemaCodelist, schemaVariants } from './schema-variants';
export { CODELISTS_VERSION, STANDARD_VERSION } from './standard-version';
