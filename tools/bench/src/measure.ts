// One measurement, run in its own process so its time and peak memory are its own.
// Usage: tsx measure.ts <floor|ajv|vntip|entries|indicators|duckdb|duckdb-lines> <file> [limit]
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { FormatsPlugin } from 'ajv-formats';
import { duckdbIndicators } from './duckdb-indicators.ts';
import type { IndicatorValues } from './indicator-values.ts';
import { recordEntries, vntipIndicators } from './indicators-file.ts';
import { readLines } from './lines.ts';
import { validateNdjsonFile } from './validate-file.ts';

const [mode = '', file = '', limitArg] = process.argv.slice(2);
const limit = limitArg ? Number(limitArg) : Number.POSITIVE_INFINITY;
const require = createRequire(import.meta.url);

async function floor(): Promise<Record<string, number>> {
  let records = 0;
  let broken = 0;
  for await (const line of readLines(file, limit)) {
    try {
      JSON.parse(line);
      records++;
    } catch {
      broken++;
    }
  }
  return { records, broken };
}

function createAjv() {
  const ajv = new Ajv2020({ strict: true, allErrors: false });
  const addFormats = require('ajv-formats') as FormatsPlugin;
  addFormats(ajv, { mode: 'full' });
  const schemasDir = join(import.meta.dirname, '../../../schemas');
  const meta = JSON.parse(readFileSync(join(schemasDir, 'meta-schema.json'), 'utf8')) as {
    properties: object;
  };
  for (const keyword of Object.keys(meta.properties)) ajv.addKeyword(keyword);
  ajv.addMetaSchema(meta);
  const byType = new Map<string, ReturnType<typeof ajv.compile>>();
  const schemas = readdirSync(schemasDir).filter((f) => f.endsWith('.schema.json'));
  for (const f of schemas) ajv.addSchema(JSON.parse(readFileSync(join(schemasDir, f), 'utf8')));
  for (const f of schemas) {
    const schema = JSON.parse(readFileSync(join(schemasDir, f), 'utf8')) as {
      $id: string;
      recordType?: string;
    };
    if (schema.recordType)
      byType.set(schema.recordType, ajv.getSchema(schema.$id) as ReturnType<typeof ajv.compile>);
  }
  return byType;
}

async function ajvBaseline(): Promise<Record<string, number>> {
  const validators = createAjv();
  let valid = 0;
  let invalid = 0;
  for await (const line of readLines(file, limit)) {
    let parsed: { recordType?: string; record?: unknown };
    try {
      parsed = JSON.parse(line);
    } catch {
      invalid++;
      continue;
    }
    const check = validators.get(parsed.recordType ?? '');
    if (check?.(parsed.record)) valid++;
    else invalid++;
  }
  return { valid, invalid };
}

/** The indicator modes; the values go out with the measurement, so bench.ts can check that both sides agree. */
async function indicators(): Promise<Record<string, number | IndicatorValues>> {
  if (mode === 'entries') {
    // The indicator pass without the indicators: read, split, JSON.parse, skip what is not a record.
    const seen = { records: 0 };
    for await (const _ of recordEntries(file, limit, seen));
    return { records: seen.records };
  }
  const result =
    mode === 'indicators'
      ? await vntipIndicators(file, limit)
      : await duckdbIndicators(file, mode === 'duckdb-lines' ? 'lines' : 'ndjson');
  return { ...result, valueCount: Object.keys(result.values).length };
}

const started = performance.now();
const counts =
  mode === 'floor'
    ? await floor()
    : mode === 'ajv'
      ? await ajvBaseline()
      : ['entries', 'indicators', 'duckdb', 'duckdb-lines'].includes(mode)
        ? await indicators()
        : await validateNdjsonFile(file, limit);
const seconds = (performance.now() - started) / 1000;
const usage = process.resourceUsage();
// CPU time (user + system, all threads) of the whole process: less sensitive than wall time to a busy machine.
const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
process.stdout.write(
  `${JSON.stringify({ mode, seconds, cpuSeconds, peakRssMiB: usage.maxRSS / 1024, ...counts })}\n`,
);
