import { createHash } from 'node:crypto';

/** Exit codes of `vntip`. */
export const EXIT_CODES = {
  /** Everything went well and the data is clean. */
  OK: 0,
  /** The data has errors (or a package does not verify). */
  DATA_ERRORS: 1,
  /** Wrong usage, a missing file, a bad config, or a failure of the system or program. */
  USAGE_OR_SYSTEM: 2,
} as const;

/** An exit code of `vntip`. */
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

/** A usage or environment problem the user can fix; its message is already translated. Exits 2. */
export class CliUsageError extends Error {
  readonly exitCode: ExitCode = EXIT_CODES.USAGE_OR_SYSTEM;

  constructor(
    message: string,
    readonly code = 'USAGE',
    options: { cause?: unknown } = {},
  ) {
    super(message, options);
    this.name = 'CliUsageError';
  }
}

/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] as number;
      row[j] = Math.min(
        (row[j] as number) + 1,
        (row[j - 1] as number) + 1,
        previous + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      previous = current;
    }
  }
  return row[b.length] as number;
}

/** Up to three known names close to `name`: by edit distance, or containing it. */
export function suggest(name: string, known: Iterable<string>): string[] {
  const wanted = name.toLowerCase();
  return [...known]
    .map((candidate) => ({
      candidate,
      score: candidate.toLowerCase().includes(wanted)
        ? 0
        : editDistance(wanted, candidate.toLowerCase()),
    }))
    .filter(({ score }) => score <= Math.max(2, Math.floor(wanted.length / 3)))
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
    .slice(0, 3)
    .map(({ candidate }) => candidate);
}

/**
 * The stable code of an unexpected error, printed in place of its message (which may quote data) and its stack:
 * `E_` and the error's class in capitals (`TypeError` → `E_TYPE_ERROR`), then the first 6 hex digits of the SHA-256 of
 * its class and message with digits blanked, so reports of one bug share a code and different bugs rarely do.
 * @example
 * internalErrorCode(new TypeError("Cannot read properties of undefined (reading 'rows')")) // 'E_TYPE_ERROR_…'
 */
export function internalErrorCode(error: unknown): string {
  const name = error instanceof Error ? error.name || 'Error' : typeof error;
  const message = error instanceof Error ? error.message : String(error);
  const kind = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toUpperCase();
  const digest = createHash('sha256')
    .update(`${name}\u0000${message.replace(/\d+/g, '#')}`)
    .digest('hex')
    .slice(0, 6);
  return `E_${kind}_${digest}`;
}

/** A failed system call (`EACCES`, `ENOSPC`, `EISDIR`…): a problem of the machine, not a bug of the program. */
export function isSystemError(
  error: unknown,
): error is Error & { code: string; syscall: string; path?: string } {
  const value = error as { code?: unknown; syscall?: unknown } | null;
  return (
    error instanceof Error &&
    typeof value?.code === 'string' &&
    /^E[A-Z]+$/.test(value.code) &&
    typeof value.syscall === 'string'
  );
}
