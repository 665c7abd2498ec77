export type { CodelistDefinition, CodelistEntry, CrosswalkDefinition, Locale } from './codelist';
export { CODELISTS, CROSSWALKS } from './generated/codelists';
export { JSON_SCHEMAS, META_SCHEMA, RECORD_TYPE_SCHEMA_FILES, SCHEMA_BASE_URL } from './generated/json-schemas';
export { getCodeLabel, getCodelistEntry } from './get-codelist-entry';
export { CODELISTS_VERSION, STANDARD_VERSION } from './standard-version';
// biome-ignore lint/performance/noReExportAll: the generated code tuples and types are the standard's surface; docs/standard lists them.
export * from './generated/codelist-codes';
// biome-ignore lint/performance/noReExportAll: see above.
export type * from './generated/types';
