import type { ErrorCode } from './error-codes';
import type { Issue } from './issue';

const BRAND = Symbol.for('vntip.error');

/** Options of a VntipError. */
export interface VntipErrorOptions {
  /** The error being wrapped; always pass it when rethrowing. */
  readonly cause?: unknown;
  /** Package or plugin that threw, used in the `[vntip] [scope]` prefix. @default 'core' */
  readonly scope?: string;
}

/** The one base class of errors VN-TIP throws; data problems are issues, never errors. */
export class VntipError extends Error {
  readonly code: ErrorCode;
  readonly [BRAND] = true;

  constructor(code: ErrorCode, message: string, options: VntipErrorOptions = {}) {
    super(`[vntip] [${options.scope ?? 'core'}] ${message}`, { cause: options.cause });
    this.name = 'VntipError';
    this.code = code;
  }
}

/** Thrown by `assertValid` when data has errors; carries the issues. */
export class ValidationError extends VntipError {
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[], options: VntipErrorOptions = {}) {
    const errors = issues.filter((issue) => issue.severity === 'error').length;
    super(
      'VALIDATION_FAILED',
      `The data has ${errors} error(s). Fix them and validate again.`,
      options,
    );
    this.name = 'ValidationError';
    this.issues = issues;
  }
}

/** Wraps anything a plugin hook threw, naming the plugin and the hook. */
export class PluginError extends VntipError {
  readonly plugin: string;
  readonly hook: string;

  constructor(plugin: string, hook: string, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(
      'PLUGIN_FAILED',
      `The ${hook} hook failed: ${reason}. Report this to the plugin's authors.`,
      { cause, scope: plugin },
    );
    this.name = 'PluginError';
    this.plugin = plugin;
    this.hook = hook;
  }
}

/** True for any VntipError, even from a second copy of the package. */
export function isVntipError(value: unknown): value is VntipError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Record<symbol, unknown>)[BRAND] === true
  );
}
