/**
 * Compact items that wait on a key, such as references to an id not seen yet. Items are dropped as
 * soon as a later record settles them; what is left at the end comes back in input order.
 */
export class PendingByKey<Item extends { readonly seq: number }> {
  // One item alone, as most keys have; a list only for several.
  readonly #byKey = new Map<string, Item | Item[]>();

  add(key: string, item: Item): void {
    const waiting = this.#byKey.get(key);
    if (waiting === undefined) this.#byKey.set(key, item);
    else if (Array.isArray(waiting)) waiting.push(item);
    else this.#byKey.set(key, [waiting, item]);
  }

  /** Drops the items waiting on `key` that are settled: all of them, or those `isSettled` accepts. */
  settle(key: string, isSettled?: (item: Item) => boolean): void {
    const waiting = this.#byKey.get(key);
    if (waiting === undefined) return;
    const items = Array.isArray(waiting) ? waiting : [waiting];
    const left = isSettled ? items.filter((item) => !isSettled(item)) : [];
    if (left.length === items.length) return;
    if (left.length === 0) this.#byKey.delete(key);
    else this.#byKey.set(key, left.length === 1 ? (left[0] as Item) : left);
  }

  /** Every item still waiting, in input order (by `seq`). */
  remaining(): Item[] {
    const items: Item[] = [];
    for (const waiting of this.#byKey.values()) {
      if (Array.isArray(waiting)) items.push(...waiting);
      else items.push(waiting);
    }
    return items.sort((a, b) => a.seq - b.seq);
  }
}
