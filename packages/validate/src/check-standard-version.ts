import { createIssue, type Issue } from '@vntip/core';
import { STANDARD_VERSION } from '@vntip/schema';
import type { ValidateOptions } from './validate-record';

/**
 * Standard versions (major.minor) whose data this toolkit reads: its own and the earlier ones it can validate with
 * its own schemas (ADR 014: every 1.0 record is a 1.1 record; fields whose meaning changed are deprecated, not removed).
 */
export const READABLE_STANDARD_VERSIONS: readonly string[] = ['1.0', '1.1'];

const CURRENT = majorMinor(STANDARD_VERSION);

function majorMinor(version: string): string {
  return version.split('.').slice(0, 2).join('.');
}

/** The issue a declared `standardVersion` raises: none for this version, a warning for an earlier readable one. */
export function checkStandardVersion(declared: string, options: ValidateOptions = {}): Issue[] {
  const version = majorMinor(declared);
  if (version === CURRENT) return [];
  const readable = READABLE_STANDARD_VERSIONS.includes(version);
  return [
    createIssue(
      {
        code: readable ? 'earlier_standard_version' : 'unsupported_standard_version',
        path: [...(options.basePath ?? []), 'standardVersion'],
        params: readable
          ? { declared, current: STANDARD_VERSION }
          : { declared, supported: READABLE_STANDARD_VERSIONS },
        ...(options.location ? { location: options.location } : {}),
      },
      options.locale ?? 'vi',
    ),
  ];
}
