import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { builtinRules, readFile, validate } from '@vntip/validate';

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

async function* limitRecords<T extends { kind: string }>(
  events: AsyncIterable<T>,
  limit: number,
): AsyncGenerator<T> {
  let records = 0;
  for await (const event of events) {
    if (event.kind === 'record' && ++records > limit) return;
    yield event;
  }
}
