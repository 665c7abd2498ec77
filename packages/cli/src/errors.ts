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
