/**
 * Reports compact items in input order when some can only be decided later. An item is reported
 * as soon as it is decided and nothing before it still waits; `finish` reports the rest.
 */
export class InOrderQueue<Item> {
  #items: (Item | undefined)[] = [];
  #head = 0;

  constructor(
    private readonly isDecided: (item: Item) => boolean,
    private readonly emit: (item: Item) => void,
  ) {}

  /** The oldest item still waiting. */
  get front(): Item | undefined {
    return this.#items[this.#head];
  }

  push(item: Item): void {
    if (this.#head === this.#items.length && this.isDecided(item)) this.emit(item);
    else this.#items.push(item);
  }

  /** Reports the decided items at the front; call it when the front item may have become decided. */
  flush(): void {
    const items = this.#items;
    while (this.#head < items.length) {
      const item = items[this.#head] as Item;
      if (!this.isDecided(item)) break;
      items[this.#head++] = undefined;
      this.emit(item);
    }
    if (this.#head === items.length) {
      this.#items = [];
      this.#head = 0;
    } else if (this.#head > 1024 && this.#head * 2 > items.length) {
      this.#items = items.slice(this.#head);
      this.#head = 0;
    }
  }

  /** Reports every item still waiting, decided or not. */
  finish(): void {
    const items = this.#items;
    this.#items = [];
    for (let i = this.#head; i < items.length; i++) this.emit(items[i] as Item);
    this.#head = 0;
  }
}
