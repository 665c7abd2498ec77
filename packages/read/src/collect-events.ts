import type { Issue } from '@vntip/core';
import type { ReadChunk, ReadEvent, RecordEvent, RowTally } from './read-event';

/** Every event of a reader, split by kind: the shape tests and small tools want. */
export interface CollectedEvents {
  readonly events: readonly ReadEvent[];
  readonly records: readonly RecordEvent[];
  readonly issues: readonly Issue[];
  /** The row accounting of each CSV file or worksheet. */
  readonly tallies: readonly RowTally[];
  /** True when some issue said the input was not read to its end. */
  readonly incomplete: boolean;
  readonly descriptor?: unknown;
}

/** Options of `collectEvents`. */
export interface CollectOptions {
  /** Issue codes left out, for a test about something else (`required_column_missing` of a table cut short). */
  readonly except?: readonly string[];
}

/** Reads a whole event stream into memory, batches flattened. */
export async function collectEvents(
  source: AsyncIterable<ReadChunk> | Iterable<ReadChunk>,
  options: CollectOptions = {},
): Promise<CollectedEvents> {
  const events: ReadEvent[] = [];
  const except = new Set(options.except);
  const keep = (event: ReadEvent) => event.kind !== 'issue' || !except.has(event.issue.code);
  for await (const chunk of source) {
    if (Array.isArray(chunk)) {
      for (const event of chunk as readonly ReadEvent[]) if (keep(event)) events.push(event);
    } else if (keep(chunk as ReadEvent)) events.push(chunk as ReadEvent);
  }
  const descriptor = events.find((event) => event.kind === 'descriptor');
  return {
    events,
    records: events.filter((event): event is RecordEvent => event.kind === 'record'),
    issues: events.flatMap((event) => (event.kind === 'issue' ? [event.issue] : [])),
    tallies: events.flatMap((event) => (event.kind === 'tally' ? [event.tally] : [])),
    incomplete: events.some((event) => event.kind === 'issue' && event.incomplete === true),
    ...(descriptor ? { descriptor: descriptor.descriptor } : {}),
  };
}

/** The events of a reader one by one, batches flattened, read lazily. */
export async function* eachEvent(
  source: AsyncIterable<ReadChunk> | Iterable<ReadChunk>,
): AsyncGenerator<ReadEvent> {
  for await (const chunk of source) {
    if (Array.isArray(chunk)) yield* chunk as readonly ReadEvent[];
    else yield chunk as ReadEvent;
  }
}
