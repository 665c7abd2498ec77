import type { BilingualText } from './issue-codes';
import { migrate1_0To1_1 } from './migrate-1-0-to-1-1';
import { VntipError } from './vntip-error';

/** A record as the standard's examples and exchange files hold it: its type and its fields. */
export interface MigratableRecord {
  readonly recordType: string;
  readonly record: Readonly<Record<string, unknown>>;
}

/** One value a migration changed, and why. */
export interface MigrationChange {
  /** Path of the value inside the record. */
  readonly path: readonly (string | number)[];
  readonly from: unknown;
  readonly to: unknown;
  readonly reason: BilingualText;
  /** The legal text or standard document that requires the change. */
  readonly source: string;
}

/** The changes from one minor version of the standard to the next. */
export interface MigrationStep {
  /** Versions as major.minor. */
  readonly from: string;
  readonly to: string;
  /** Changes the record in place and reports each change. */
  apply(
    recordType: string,
    record: Record<string, unknown>,
    change: (change: MigrationChange) => void,
  ): void;
}

/** Options of `migrate`. */
export interface MigrateOptions {
  /** Called with every value changed, in order. */
  readonly onChange?: (change: MigrationChange) => void;
}

const STEPS: readonly MigrationStep[] = [migrate1_0To1_1];

function majorMinor(version: string): string {
  return version.split('.').slice(0, 2).join('.');
}

/**
 * Migrates a record from one version of the standard to a later one (`'1.0'` to `'1.1'`; patch
 * numbers are ignored), step by step, returning a new record: the input is never changed. What
 * each step changes is listed, with its legal source, in the standard's changelog. Throws
 * INVALID_ARGUMENT for a pair of versions it has no steps for.
 */
export function migrate<Input extends MigratableRecord>(
  input: Input,
  from: string,
  to: string,
  options: MigrateOptions = {},
): Input {
  let version = majorMinor(from);
  const target = majorMinor(to);
  const record = structuredClone(input.record) as Record<string, unknown>;
  const change = options.onChange ?? (() => {});
  while (version !== target) {
    const step = STEPS.find((candidate) => candidate.from === version);
    if (!step) {
      throw new VntipError(
        'INVALID_ARGUMENT',
        `No migration from standard ${from} to ${to}; migrations go from ${STEPS.map((s) => s.from).join(', ')} to ${STEPS.map((s) => s.to).join(', ')}.`,
      );
    }
    step.apply(input.recordType, record, change);
    version = step.to;
  }
  return { ...input, record };
}
