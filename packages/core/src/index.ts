export type { IssueCatalog, IssueInput } from './create-issue';
export { createIssue, formatPath, renderTemplate } from './create-issue';
export type { ErrorCode } from './error-codes';
export { ERROR_CODES } from './error-codes';
export type { ExportOptions, ExportRecord, ExportResult } from './export-records';
export { exportRecords } from './export-records';
export type {
  AnyExporterDefinition,
  ExporterContext,
  ExporterDefinition,
  ExporterHooks,
  ExporterMeta,
  ExporterReport,
  FormatMeta,
  PrivacyProfile,
} from './exporter';
export { defineExporter, PRIVACY_PROFILES } from './exporter';
export type { ImportOptions } from './import-records';
export { importRecords } from './import-records';
export type {
  AnyImporterDefinition,
  ImportChunk,
  ImportDescriptorEvent,
  ImportEvent,
  ImporterContext,
  ImporterDefinition,
  ImporterMeta,
  ImportFile,
  ImportIssueEvent,
  ImportRecordEvent,
  ImportRowTally,
  ImportTallyEvent,
} from './importer';
export { defineImporter } from './importer';
export type {
  AnyIndicatorDefinition,
  DataQualityNote,
  IndicatorContext,
  IndicatorDefinition,
  IndicatorHooks,
  IndicatorMeta,
  IndicatorUnit,
  IndicatorValue,
  ResultPeriod,
  ResultScope,
  ValueQualifier,
} from './indicator';
export { defineIndicator, qualifiedText, VALUE_QUALIFIER_SIGNS } from './indicator';
export type { Issue, Result, Severity, SourceLocation } from './issue';
export type { BilingualText, IssueCode, IssueCodeDefinition } from './issue-codes';
export { ISSUE_CODES } from './issue-codes';
export type { MigratableRecord, MigrateOptions, MigrationChange } from './migrate';
export { migrate } from './migrate';
export type { Plugin, PluginMeta } from './plugin';
export { definePlugin } from './plugin';
export { MAX_QUOTED_CHARS, quoteValue } from './quote-value';
export type { Registry } from './registry';
export { createRegistry } from './registry';
export type { Configured, OptionsOwner } from './resolve-plugin-options';
export { resolvePluginOptions, splitConfigured } from './resolve-plugin-options';
export type {
  Deidentified,
  Deidentifier,
  DeidentifyRequest,
  ProsecutorRisk,
  RiskReport,
  RowAnonymity,
  TableRisk,
} from './risk-report';
export { INTERNAL_EXPORT_WARNING, internalRiskReport, RISK_REPORT_FILE } from './risk-report';
export type {
  AnyRuleDefinition,
  ConfiguredRule,
  RecordEntry,
  RecordRef,
  RuleContext,
  RuleDefinition,
  RuleHooks,
  RuleMeta,
  RuleReport,
} from './rule';
export { defineRule } from './rule';
export type { RuleRunner, RuleRunOptions } from './run-rules';
export { buildIssueCatalog, createRuleRunner } from './run-rules';
export type { MemoryFile, MemorySink, Sink, SinkOpenOptions, SinkTarget } from './sink';
export { createMemorySink, isSafeSinkPath } from './sink';
export type { IssueGroup, IssueSummary, SummarizeOptions } from './summarize-issues';
export { createIssueSummary, summarizeIssues } from './summarize-issues';
export type { VntipErrorOptions } from './vntip-error';
export { isVntipError, PluginError, ValidationError, VntipError } from './vntip-error';
