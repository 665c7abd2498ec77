export type { AnnotateInput, AnnotateOptions } from './annotate-workbook';
export { annotateWorkbook, ISSUES_SHEET_NAME } from './annotate-workbook';
export type { BuiltinFormatId } from './builtin-plugin';
export { builtinPlugin } from './builtin-plugin';
export { canonicalJson } from './canonical-json';
export type { IssueReportFormat } from './issue-report';
export { issueReport } from './issue-report';
export { escapeCell, escapeCells, unescapeCell, unescapeCells } from './spreadsheet-safety';
