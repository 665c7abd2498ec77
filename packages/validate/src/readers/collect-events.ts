import type { Issue } from '@vntip/core';
import type { ReadEvent, RecordEvent } from '../read-event';

/** Every event of a reader, split by kind: the shape tests and small tools want. */
export interface CollectedEvents {
  readonly events: readonly ReadEvent[];
  readonly records: readonly RecordEvent[];
  readonly issues: readonly Issue[];
  /** True when some issue said the input was not read to its end. */
  readonly incomplete: boolean;
  readonly descriptor?: unknown;
}

/** Reads a whole event stream into memory. */
export async function collectEvents(source: AsyncIterable<ReadEvent>): Promise<CollectedEvents> {
  const events: ReadEvent[] = [];
  for await (const event of source) events.push(event);
  const descriptor = events.find((event) => event.kind === 'descriptor');
  return {
    events,
    records: events.filter((event): event is RecordEvent => event.kind === 'record'),
    issues: events.flatMap((event) => (event.kind === 'issue' ? [event.issue] : [])),
    incomplete: events.some((event) => event.kind === 'issue' && event.incomplete === true),
    ...(descriptor ? { descriptor: descriptor.descriptor } : {}),
  };
}
