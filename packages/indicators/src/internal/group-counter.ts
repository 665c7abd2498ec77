import type { ValueQualifier } from '@vntip/core';
import { combineQualifiers, isMoreThan, qualifierOf } from './count-qualifier';

/** One group's sum: its total, the ids of the records that counted and, when some figure was not exact, its qualifier. */
export interface GroupSum {
  total: number;
  ids: string[];
  qualifier?: ValueQualifier;
  /** Whether a figure added was “more than …” (a strict lower bound). */
  moreThan?: boolean;
}

/** Counts per group key, with the ids of the records that counted (lineage) and the qualifier of the sum. */
export class GroupCounter<Key extends string = string> {
  readonly #groups = new Map<Key, GroupSum>();

  /** Adds a figure with its `quantityQualifier` code as the data gives it (absent for an exact figure). */
  add(key: Key, amount: number, id: string, qualifierCode?: unknown): void {
    const qualifier = qualifierOf(qualifierCode);
    let group = this.#groups.get(key);
    if (!group) {
      group = { total: 0, ids: [] };
      this.#groups.set(key, group);
    }
    group.total += amount;
    group.ids.push(id);
    const combined = combineQualifiers(group.qualifier, qualifier);
    if (combined !== undefined) group.qualifier = combined;
    if (isMoreThan(qualifierCode)) group.moreThan = true;
  }

  /** Groups sorted by key, so results are deterministic. */
  entries(): [Key, GroupSum][] {
    return [...this.#groups].sort(([a], [b]) => a.localeCompare(b));
  }
}
