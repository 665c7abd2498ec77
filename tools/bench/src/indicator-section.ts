// The indicators section of pnpm bench: the built-in indicator set computed by VN-TIP and by DuckDB from one file.
import { loadavg } from 'node:os';
import { compareValues, type IndicatorValues } from './indicator-values.ts';
import { compare, type Measurement, measure } from './run-measurement.ts';

/** The goal of the issue: VN-TIP within 2.5× of DuckDB computing the same counts from the same data. */
const GOAL = 2.5;

const valuesOf = (m: Measurement) => m.values as IndicatorValues;

/**
 * Checks on a small file that DuckDB, reading each line on its own (so exactly the records VN-TIP reads), computes
 * the values VN-TIP computes; throws when any differs, so a wrong SQL or a changed indicator cannot go unnoticed.
 */
function check(file: string): string {
  const duckdb = measure('duckdb-lines', file);
  const vntip = measure('indicators', file);
  const differences = compareValues(valuesOf(duckdb), valuesOf(vntip));
  const compared = Object.keys(valuesOf(duckdb)).length;
  if (differences.length > 0 || compared === 0 || duckdb.records !== vntip.records)
    throw new Error(
      `DuckDB and VN-TIP disagree on ${file} (records ${duckdb.records} vs ${vntip.records}, ${compared} values):\n${differences.slice(0, 20).join('\n')}`,
    );
  return `- Check on ${Number(vntip.records).toLocaleString('en')} records of the 20,000-line file: the ${compared} values DuckDB computes (of VN-TIP's ${Object.keys(valuesOf(vntip)).length}) are equal.`;
}

/** Runs the check, then DuckDB, VN-TIP and VN-TIP's parse floor on the file; returns the Markdown lines. */
export function indicatorSection(
  file: string,
  size: number,
  records: number,
  checkFile: string,
  runs: number,
): string[] {
  const checked = check(checkFile);
  const loadBefore = loadavg()[0] ?? 0;
  const main = compare(['entries', 'duckdb', 'indicators'], file);
  const duckdb = main.duckdb as Measurement;
  const vntip = main.indicators as Measurement;
  const entries = main.entries as Measurement;
  const ratio = vntip.seconds / duckdb.seconds;
  const loadAfter = loadavg()[0] ?? 0;
  const cpu = (m: Measurement) => Number(m.cpuSeconds);
  // Two cores and a two-threaded DuckDB: other work inflates DuckDB's wall time most, flattering the ratio.
  const busy = Math.max(loadBefore, loadAfter) > 3;
  const row = (name: string, m: Measurement) =>
    `| ${name} | ${m.seconds.toFixed(2)} s | ${cpu(m).toFixed(2)} s | ${m.peakRssMiB.toFixed(0)} MiB | ${Number(m.records).toLocaleString('en')} | ${(m.seconds / duckdb.seconds).toFixed(2)}× |`;
  const sameRun = compareValues(valuesOf(duckdb), valuesOf(vntip)).length;
  return [
    `Data: ${records.toLocaleString('en')} records, ${(size / 1e9).toFixed(2)} GB; period 2024; the built-in indicators and SDG 16.2.2; median of ${runs} runs.`,
    '',
    '| measurement | time | CPU time | peak RSS | records read | × DuckDB (time) |',
    '| --- | --- | --- | --- | --- | --- |',
    row('DuckDB: read_ndjson + indicators.sql, in memory, 2 threads', duckdb),
    row('VN-TIP computeIndicators: split + JSON.parse + every indicator, one thread', vntip),
    row('floor of the VN-TIP pass: split + JSON.parse, no indicator', entries),
    '',
    `- VN-TIP / DuckDB: **${ratio.toFixed(2)}** (goal ≤ ${GOAL.toFixed(2)}): **${ratio <= GOAL ? 'met' : 'missed'}**${busy ? ' — not reliable: the machine was busy, rerun on a quiet one' : ''}`,
    `- CPU time, VN-TIP / DuckDB: ${(cpu(vntip) / cpu(duckdb)).toFixed(2)} (DuckDB uses both cores); 1-minute load average ${loadBefore.toFixed(1)} before and ${loadAfter.toFixed(1)} after the runs (the benchmark itself adds ≈ 1–2 on 2 cores; much more means other work shared the machine and the times are inflated, DuckDB's most).`,
    `- Of VN-TIP's ${vntip.seconds.toFixed(2)} s, reading and parsing take ${entries.seconds.toFixed(2)} s (${((100 * entries.seconds) / vntip.seconds).toFixed(0)} %), the indicators ${(vntip.seconds - entries.seconds).toFixed(2)} s; the parse floor alone is ${(entries.seconds / duckdb.seconds).toFixed(2)}× DuckDB.`,
    checked,
    `- On this file DuckDB's read_ndjson also drops the line after each truncated one, so it reads ${(Number(vntip.records) - Number(duckdb.records)).toLocaleString('en')} records fewer and ${sameRun} of its ${Object.keys(valuesOf(duckdb)).length} values differ slightly from VN-TIP's.`,
  ];
}
