import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { IndicatorValues } from './indicator-values.ts';
import { codelistTables } from './sql-codelists.ts';

/**
 * How DuckDB reads the file. `ndjson`: its own NDJSON reader with the record type given (the fast path, and the one
 * timed); with ignore_errors it skips malformed lines, but also the line after a truncated one (≈ 0.05 % of the
 * lines here). `lines`: each line read as text and cast to JSON on its own, so exactly the lines VN-TIP reads; it is
 * ≈ 10× slower and is used to check that both sides compute the same values.
 */
export type DuckdbSource = 'ndjson' | 'lines';

function sourceQuery(source: DuckdbSource, file: string): string {
  const path = `'${file.replaceAll("'", "''")}'`;
  return source === 'ndjson'
    ? `SELECT recordType, record FROM read_ndjson(${path}, columns = {recordType: 'VARCHAR', record: 'record_t'}, ignore_errors = true)`
    : `SELECT j.recordType, j.record FROM (
         SELECT try_cast(try_cast(line AS JSON) AS STRUCT(recordType VARCHAR, record record_t)) AS j
         FROM read_csv(${path}, columns = {'line': 'VARCHAR'}, delim = '\x01', quote = '', escape = '', header = false, auto_detect = false))`;
}

/** The built-in indicator set computed by DuckDB (in memory, default threads) from an NDJSON file: indicators.sql. */
export async function duckdbIndicators(
  file: string,
  source: DuckdbSource = 'ndjson',
): Promise<{ values: IndicatorValues; records: number }> {
  const statements = [
    ...codelistTables(),
    ...readFileSync(join(import.meta.dirname, 'indicators.sql'), 'utf8')
      .replace(/^--.*$/gm, '')
      .replace('{{source}}', sourceQuery(source, file))
      .split(/;\s*\n/)
      .map((s) => s.trim())
      .filter(Boolean),
  ];
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    for (const statement of statements.slice(0, -1)) await connection.run(statement);
    const reader = await connection.runAndReadAll(statements.at(-1) as string);
    const values: IndicatorValues = {};
    for (const [indicator, disaggregation, value] of reader.getRowsJS())
      if (value !== null && value !== undefined)
        values[`${indicator}|${disaggregation}`] = Number(value);
    const records = values['#records|'] ?? 0;
    delete values['#records|'];
    return { values, records };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
