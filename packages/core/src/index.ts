export type { IssueInput } from './create-issue';
export { createIssue, formatPath, renderTemplate } from './create-issue';
export type { ErrorCode } from './error-codes';
export { ERROR_CODES } from './error-codes';
export type { Issue, Result, Severity, SourceLocation } from './issue';
export type { BilingualText, IssueCode, IssueCodeDefinition } from './issue-codes';
export { ISSUE_CODES } from './issue-codes';
export type { VntipErrorOptions } from './vntip-error';
export { isVntipError, ValidationError, VntipError } from './vntip-error';
