import type { ConfiguredRule } from '@vntip/core';
import type { ReadEvent } from '@vntip/validate';
import * as api from '@vntip/validate';
import { readLines } from './lines.ts';

/** The built-in rules, once the validate package has them. */
export function builtinRulesOrNone(): readonly ConfiguredRule[] {
  return (
    ((api as Record<string, unknown>).builtinRules as readonly ConfiguredRule[] | undefined) ?? []
  );
}

/** NDJSON lines of `{ recordType, record }` as read events. */
export async function* readNdjsonEvents(file: string, limit: number): AsyncGenerator<ReadEvent> {
  let row = 0;
  for await (const line of readLines(file, limit)) {
    row++;
    let parsed: { recordType: string; record: unknown };
    try {
      parsed = JSON.parse(line);
    } catch {
      continue;
    }
    yield {
      kind: 'record',
      recordType: parsed.recordType,
      value: parsed.record,
      basePath: [row - 1],
      location: { file, row },
    };
  }
}
