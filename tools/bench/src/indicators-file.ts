import type { RecordEntry } from '@vntip/core';
import { builtinIndicators, computeIndicators, sdg1622 } from '@vntip/indicators';
import { type IndicatorValues, PERIOD, POPULATION, valueKey } from './indicator-values.ts';
import { readLineBatches } from './lines.ts';

/**
 * Record entries of an NDJSON file of `{ recordType, record }` lines, streamed in batches (one per 1 MiB read). A line is skipped when it is not
 * JSON or has no string `recordType` and object `record`: the same lines DuckDB skips. Parseable but invalid records
 * (unknown code, bad date…) are passed on, on both sides: validation is benchmarked on its own.
 */
export async function* recordEntries(
  file: string,
  limit?: number,
  seen = { records: 0 },
): AsyncGenerator<RecordEntry[]> {
  for await (const lines of readLineBatches(file, limit)) {
    const batch: RecordEntry[] = [];
    for (const line of lines) {
      let parsed: { recordType?: unknown; record?: unknown };
      try {
        parsed = JSON.parse(line);
      } catch {
        continue;
      }
      const { recordType, record } = parsed;
      if (typeof recordType !== 'string' || typeof record !== 'object' || record === null) continue;
      batch.push({
        recordType,
        record: record as Record<string, unknown>,
        index: seen.records++,
        basePath: [],
      });
    }
    yield batch;
  }
}

/** The built-in indicator set (with SDG 16.2.2) computed by VN-TIP in one streamed pass over the file. */
export async function vntipIndicators(
  file: string,
  limit?: number,
): Promise<{ values: IndicatorValues; rows: number; records: number }> {
  const seen = { records: 0 };
  const rows = await computeIndicators(recordEntries(file, limit, seen), {
    indicators: [...builtinIndicators, [sdg1622, { population: POPULATION }]],
    period: PERIOD,
    today: '2026-11-28',
  });
  const values: IndicatorValues = {};
  for (const row of rows)
    if (row.value !== null) values[valueKey(row.indicator, row.disaggregation)] = row.value;
  return { values, rows: rows.length, records: seen.records };
}
