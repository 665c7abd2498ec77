import type { FieldNode } from '@vntip/schema';

/** Counts of removed values by `recordType.path`. */
export type DropCounts = Map<string, number>;

/** Makes the pseudonym of an identifier value found at `path` (`personId`, `accompaniesPersonId`, …). */
export type PseudonymOf = (value: string, path: string) => string;

/**
 * A record without what may never leave the agency under the referral and public profiles: identifiers not classed
 * public become pseudonyms (`pseudonymOf`); other direct identifiers are removed; free text is removed unless every
 * field on its path is public (an agency's name inside a victim's record is not public, an activity organiser's is).
 * Never mutates.
 */
export function cleanRecord(
  recordType: string,
  record: Readonly<Record<string, unknown>>,
  fields: FieldNode,
  pseudonymOf: PseudonymOf,
  dropped: DropCounts,
): Record<string, unknown> {
  const drop = (path: string) => {
    const field = `${recordType}.${path}`;
    dropped.set(field, (dropped.get(field) ?? 0) + 1);
  };
  const clean = (value: unknown, node: FieldNode | undefined, path: string): unknown => {
    if (node === undefined) {
      drop(path);
      return undefined;
    }
    if (node.kind === 'identifier' && node.sensitivity !== 'public')
      return typeof value === 'string' ? pseudonymOf(value, path) : undefined;
    if (
      node.sensitivity === 'direct_identifier' ||
      (node.kind === 'text' && node.sensitivity !== 'public')
    ) {
      drop(path);
      return undefined;
    }
    if (Array.isArray(value))
      return value
        .map((item) => clean(item, node.items, `${path}[]`))
        .filter((item) => item !== undefined);
    if (typeof value === 'object' && value !== null && node.properties) {
      const out: Record<string, unknown> = {};
      for (const [name, child] of Object.entries(value)) {
        const cleaned = clean(child, node.properties.get(name), path ? `${path}.${name}` : name);
        if (cleaned !== undefined) out[name] = cleaned;
      }
      return out;
    }
    return value;
  };
  return clean(record, fields, '') as Record<string, unknown>;
}
