// One file per record type, opened on the first record of that type: the layout of every built-in format and of an
// exchange package's resources.
import type { Sink, SinkTarget } from '@vntip/core';

/** Files keyed by record type, opened lazily on a sink, each started with `header` and ended with `footer`. */
export class PerTypeFiles {
  private readonly targets = new Map<string, SinkTarget>();

  constructor(
    private readonly sink: Sink,
    private readonly extension: string,
    private readonly mediaType: string,
  ) {}

  /** The file of a record type; `start` runs once, right after it is opened. */
  async get(
    recordType: string,
    start?: (target: SinkTarget) => void | Promise<void>,
  ): Promise<{ target: SinkTarget; first: boolean }> {
    const open = this.targets.get(recordType);
    if (open) return { target: open, first: false };
    const target = await this.sink.open(`${recordType}.${this.extension}`, {
      mediaType: this.mediaType,
    });
    this.targets.set(recordType, target);
    await start?.(target);
    return { target, first: true };
  }

  /** Writes `footer` to every file and closes it. */
  async closeAll(footer?: string): Promise<void> {
    for (const target of this.targets.values()) {
      if (footer) await target.write(footer);
      await target.close();
    }
  }
}
