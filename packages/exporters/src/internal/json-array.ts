// The framing of a canonical JSON file: `[`, one canonical record per line, `]`. Shared by the JSON exporter and the
// exchange package's resources, so both write the same bytes for the same records.

/** Written before the first record. */
export const JSON_ARRAY_START = '[\n';
/** Written between two records. */
export const JSON_ARRAY_SEPARATOR = ',\n';
/** Written after the last record. */
export const JSON_ARRAY_END = '\n]\n';

/** A whole canonical JSON file from records already serialised with `canonicalJson`. */
export function jsonArrayText(lines: readonly string[]): string {
  return `${JSON_ARRAY_START}${lines.join(JSON_ARRAY_SEPARATOR)}${JSON_ARRAY_END}`;
}
