import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { RecordEntry, SourceLocation } from '@vntip/core';
import type { RecordEvent } from '@vntip/read';
import { validateRecord } from '@vntip/validate';
import { trackTemporaryPath, untrackTemporaryPath } from './temporary-paths';

/**
 * Records spilled to a temporary NDJSON file (mode 0600) while the inputs are validated, then streamed back to the
 * exporter or the indicators: `export`, `report` and `convert` hold no record list in memory, only one line at a
 * time. The file holds records as the readers made them; `records()` checks each against its schema again and
 * yields the valid ones, exactly the records `validate` would have kept, in the same order.
 */
export class RecordSpill {
  private count = 0;

  private constructor(
    readonly path: string,
    private readonly stream: WriteStream,
  ) {}

  /** Opens a spill file in `folder` (a private scratch folder). */
  static async create(folder: string): Promise<RecordSpill> {
    const path = join(folder, `records-${process.pid}.ndjson`);
    trackTemporaryPath(path);
    const stream = createWriteStream(path, { flags: 'wx', mode: 0o600 });
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', reject);
    });
    return new RecordSpill(path, stream);
  }

  /** Records written so far. */
  get size(): number {
    return this.count;
  }

  /** Appends a record as read; waits when the disk is slower than the reader. */
  async add(event: RecordEvent): Promise<void> {
    this.count++;
    const line = `${JSON.stringify([event.recordType, event.value, event.basePath, event.location ?? null])}\n`;
    if (!this.stream.write(line)) {
      await new Promise<void>((resolve) => this.stream.once('drain', resolve));
    }
  }

  /** Closes the file for writing. */
  async finish(): Promise<void> {
    if (this.stream.closed) return;
    await new Promise<void>((resolve, reject) => {
      this.stream.end((error?: Error | null) => (error ? reject(error) : resolve()));
    });
  }

  /** The valid records, streamed from the file. */
  async *records(): AsyncGenerator<RecordEntry> {
    await this.finish();
    const lines = createInterface({ input: createReadStream(this.path), crlfDelay: Infinity });
    let index = 0;
    for await (const line of lines) {
      if (line === '') continue;
      const [recordType, value, basePath, location] = JSON.parse(line) as [
        string,
        unknown,
        (string | number)[],
        SourceLocation | null,
      ];
      const checked = validateRecord(recordType, value, { basePath });
      if (!checked.ok) continue;
      yield {
        recordType,
        record: checked.value as Record<string, unknown>,
        index: index++,
        basePath,
        ...(location ? { location } : {}),
      };
    }
  }

  /** Removes the file. */
  async remove(): Promise<void> {
    await this.finish().catch(() => undefined);
    await rm(this.path, { force: true });
    untrackTemporaryPath(this.path);
  }
}
