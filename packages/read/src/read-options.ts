import type { Locale } from '@vntip/schema';

/** Size and shape limits that keep a reader's memory and time bounded on hostile input. */
export interface ReadLimits {
  /** Largest text cell or JSON string value, in UTF-8 bytes. @default 32768 (32 KiB) */
  readonly maxCellBytes: number;
  /** Largest NDJSON line or CSV row, in bytes. @default 1048576 (1 MiB) */
  readonly maxRecordBytes: number;
  /** Largest JSON document (not NDJSON) parsed as a whole, in bytes. @default 67108864 (64 MiB) */
  readonly maxJsonBytes: number;
  /** Largest total uncompressed size of a zip archive (exchange package or XLSX), in bytes. @default 536870912 (512 MiB) */
  readonly maxArchiveBytes: number;
  /** Most entries in a zip archive. @default 1000 */
  readonly maxArchiveFiles: number;
  /** Highest uncompressed-to-compressed size ratio of an archive entry larger than 1 MiB. @default 100 */
  readonly maxCompressionRatio: number;
  /** Deepest nesting of arrays and objects in a JSON record. @default 64 */
  readonly maxDepth: number;
  /**
   * Most values (array items and object members, at any depth) one JSON record may hold: a record that could raise
   * more issues than that is skipped as `record_too_many_values`. @default 10000
   */
  readonly maxRecordValues: number;
}

/** A character encoding the readers can decode. */
export type TextEncodingName =
  | 'utf-8'
  | 'utf-16le'
  | 'utf-16be'
  | 'windows-1258'
  | 'tcvn3'
  | 'viscii'
  | 'vni';

/** Options shared by every reader. */
export interface ReadOptions {
  /** Language of issue messages. @default 'vi' */
  readonly locale?: Locale;
  /**
   * Record type of a single-type file (JSON, NDJSON, CSV, or a one-sheet XLSX) that does not name it itself.
   * @default the file's base name when it is a record type (`person.csv` holds `person` records)
   */
  readonly recordType?: string;
  /** Character encoding of text files; `auto` detects it. @default 'auto' */
  readonly encoding?: TextEncodingName | 'auto';
  /** Size limits; each one left out keeps its default. */
  readonly limits?: Partial<ReadLimits>;
}

/** The default limits of every reader. */
export const DEFAULT_READ_LIMITS: ReadLimits = Object.freeze({
  maxCellBytes: 32 * 1024,
  maxRecordBytes: 1024 * 1024,
  maxJsonBytes: 64 * 1024 * 1024,
  maxArchiveBytes: 512 * 1024 * 1024,
  maxArchiveFiles: 1000,
  maxCompressionRatio: 100,
  maxDepth: 64,
  maxRecordValues: 10_000,
});

/** Merges the given limits over the defaults, ignoring values that are not positive numbers. */
export function resolveLimits(limits: Partial<ReadLimits> = {}): ReadLimits {
  const merged: Record<string, number> = { ...DEFAULT_READ_LIMITS };
  for (const key of Object.keys(DEFAULT_READ_LIMITS)) {
    const value = (limits as Record<string, unknown>)[key];
    if (typeof value === 'number' && value > 0) merged[key] = value;
  }
  return merged as unknown as ReadLimits;
}
