export { createIssue, formatPath, renderTemplate } from './create-issue';
export type { IssueInput } from './create-issue';
export { ERROR_CODES } from './error-codes';
export type { ErrorCode } from './error-codes';
export type { Issue, Result, Severity, SourceLocation } from './issue';
export { ISSUE_CODES } from './issue-codes';
export type { BilingualText, IssueCode, IssueCodeDefinition } from './issue-codes';
export { isVntipError, ValidationError, VntipError } from './vntip-error';
export type { VntipErrorOptions } from './vntip-error';
