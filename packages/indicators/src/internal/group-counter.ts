/** Counts per group key, with the ids of the records that counted (lineage). */
export class GroupCounter<Key extends string = string> {
  readonly #groups = new Map<Key, { total: number; ids: string[] }>();

  add(key: Key, amount: number, id: string): void {
    let group = this.#groups.get(key);
    if (!group) {
      group = { total: 0, ids: [] };
      this.#groups.set(key, group);
    }
    group.total += amount;
    group.ids.push(id);
  }

  /** Groups sorted by key, so results are deterministic. */
  entries(): [Key, { total: number; ids: string[] }][] {
    return [...this.#groups].sort(([a], [b]) => a.localeCompare(b));
  }
}
