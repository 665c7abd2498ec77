import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { type ReadChunk, type ReadEvent, readFile } from '@vntip/read';
import { builtinRules, validate } from '@vntip/validate';

/** Full VN-TIP validation of an NDJSON file as a user runs it: streamed reader, structure and every built-in rule. */
export async function validateNdjsonFile(
  file: string,
  limit: number,
): Promise<Record<string, number>> {
  const events = readFile({
    name: basename(file),
    bytes: createReadStream(file, { highWaterMark: 1 << 20 }),
  });
  const result = await validate(limitRecords(events, limit), {
    rules: builtinRules,
    keepRecords: false,
    maxIssues: 1000,
    today: '2026-11-28',
  });
  const counts = result.issueCounts;
  return {
    records: Object.values(result.counts).reduce((a, b) => a + b, 0),
    errors: counts.error,
    warnings: counts.warning,
    info: counts.info,
  };
}

/** Passes events on until `limit` records went by; batches are cut at the limit. */
async function* limitRecords(
  chunks: AsyncIterable<ReadChunk>,
  limit: number,
): AsyncGenerator<ReadChunk> {
  if (limit === Number.POSITIVE_INFINITY) {
    yield* chunks;
    return;
  }
  let records = 0;
  for await (const chunk of chunks) {
    const events: readonly ReadEvent[] = Array.isArray(chunk) ? chunk : [chunk as ReadEvent];
    for (let i = 0; i < events.length; i++) {
      if ((events[i] as ReadEvent).kind === 'record' && ++records > limit) {
        if (i > 0) yield events.slice(0, i);
        return;
      }
    }
    yield events;
  }
}
