/** Codes of thrown errors: the program or its environment is wrong, not the user's data. Sorted. */
export const ERROR_CODES = {
  CODEGEN_FAILED: 'CODEGEN_FAILED',
  INTERNAL: 'INTERNAL',
  INVALID_ARGUMENT: 'INVALID_ARGUMENT',
  INVALID_PLUGIN_OPTIONS: 'INVALID_PLUGIN_OPTIONS',
  PLUGIN_FAILED: 'PLUGIN_FAILED',
  UNKNOWN_ISSUE_CODE: 'UNKNOWN_ISSUE_CODE',
  VALIDATION_FAILED: 'VALIDATION_FAILED',
} as const;

/** A thrown-error code. */
export type ErrorCode = keyof typeof ERROR_CODES;
