import type { CodelistEntry } from '@vntip/schema';

/** What a coded value's codelist row says about it, as the issue code to raise; undefined when all is well. */
export type CodeStatus = 'deprecated_code' | 'unconfirmed_code' | 'unlisted_open_code';

/** Classifies a code by its codelist row: deprecated beats unconfirmed; a missing row matters only in open codelists. */
export function getCodeStatus(
  entry: CodelistEntry | undefined,
  open: boolean,
): CodeStatus | undefined {
  if (!entry) return open ? 'unlisted_open_code' : undefined;
  if (entry.deprecated !== '') return 'deprecated_code';
  if (entry.status === 'unconfirmed') return 'unconfirmed_code';
  return undefined;
}
