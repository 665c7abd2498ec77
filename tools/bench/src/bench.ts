// pnpm bench: VN-TIP validation against its floor and peers, and the built-in indicators against DuckDB, on a seeded
// ~1 GB NDJSON file. Environment: BENCH_RECORDS (default 1,000,000), BENCH_RUNS (default 3, medians are reported),
// BENCH_ONLY (validate or indicators: run that section alone).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { generateDataset } from './generate-dataset.ts';
import { indicatorSection } from './indicator-section.ts';
import { compare, type Measurement, runs } from './run-measurement.ts';

const records = Number(process.env.BENCH_RECORDS ?? 1_000_000);
const dataDir = join(import.meta.dirname, '../.data');
const schemasDir = join(import.meta.dirname, '../../../schemas');
mkdirSync(dataDir, { recursive: true });

async function dataset(count: number): Promise<string> {
  const file = join(dataDir, `records-${count}.ndjson`);
  if (!existsSync(file)) {
    process.stderr.write(`Generating ${count.toLocaleString('en')} records into ${file}…\n`);
    await generateDataset(file, count);
  }
  return file;
}

function python(file: string, limit: number): number | undefined {
  if (spawnSync('/usr/bin/python3', ['-c', 'import jsonschema'], { stdio: 'ignore' }).status !== 0)
    return undefined;
  const out = execFileSync(
    '/usr/bin/python3',
    [join(import.meta.dirname, 'python-baseline.py'), schemasDir, file, String(limit)],
    { encoding: 'utf8' },
  );
  return (JSON.parse(out) as { seconds: number }).seconds;
}

/** The validation section: floor, ajv and VN-TIP validate, memory at a quarter of the file, python3-jsonschema. */
function validationSection(file: string, size: number): string[] {
  const main = compare(['floor', 'ajv', 'vntip'], file);
  const quarter = compare(['vntip'], file, Math.floor(records / 4));
  const head = Math.min(100_000, records);
  const small = compare(['vntip'], file, head);
  const pythonSeconds = python(file, head);

  const floor = main.floor as Measurement;
  const ajv = main.ajv as Measurement;
  const vntip = main.vntip as Measurement;
  const row = (name: string, m: Measurement) =>
    `| ${name} | ${m.seconds.toFixed(2)} s | ${m.peakRssMiB.toFixed(0)} MiB | ${(m.seconds / floor.seconds).toFixed(2)}× |`;
  const lines = [
    `Data: ${records.toLocaleString('en')} records, ${(size / 1e9).toFixed(2)} GB, seeded, 10 % invalid; median of ${runs} runs.`,
    '',
    '| measurement | time | peak RSS | × floor |',
    '| --- | --- | --- | --- |',
    row('floor: split + JSON.parse', floor),
    row('ajv 2020, compiled, first error, one thread (structure only)', ajv),
    row('VN-TIP validate: structure + every built-in rule', vntip),
    '',
    `- VN-TIP / ajv: **${(vntip.seconds / ajv.seconds).toFixed(2)}** (goal ≤ 1.00)`,
    `- VN-TIP / floor: **${(vntip.seconds / floor.seconds).toFixed(2)}** (goal ≤ 2.00)`,
    `- Peak RSS at ${Math.floor(records / 4).toLocaleString('en')} and ${records.toLocaleString('en')} records: ${(quarter.vntip as Measurement).peakRssMiB.toFixed(0)} MiB and ${vntip.peakRssMiB.toFixed(0)} MiB (goal: flat, < 300 MiB)`,
    pythonSeconds === undefined
      ? '- python3-jsonschema: not installed (apt-get install python3-jsonschema), ratio not measured'
      : `- python3-jsonschema / VN-TIP on the first ${head.toLocaleString('en')} records: **${(pythonSeconds / (small.vntip as Measurement).seconds).toFixed(1)}×** (${pythonSeconds.toFixed(2)} s vs ${(small.vntip as Measurement).seconds.toFixed(2)} s; goal ≥ 10×)`,
  ];
  return lines;
}

const only = process.env.BENCH_ONLY;
const file = await dataset(records);
const size = statSync(file).size;
const output: string[] = [];
if (only !== 'indicators') output.push('## Validation', '', ...validationSection(file, size), '');
if (only !== 'validate') {
  const check = await dataset(20_000);
  output.push('## Indicators', '', ...indicatorSection(file, size, records, check, runs));
}
process.stdout.write(`${output.join('\n')}\n`);
// XLSX: its own script (tsx src/xlsx-bench.ts runs it alone), each measurement in its own process.
if (!process.env.BENCH_ONLY || process.env.BENCH_ONLY === 'xlsx') {
  execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'xlsx-bench.ts')], {
    stdio: 'inherit',
  });
}
