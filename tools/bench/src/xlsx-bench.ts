// pnpm bench, XLSX section: VN-TIP's XLSX export and import against exceljs's streaming writer and reader on the
// same 100,000 rows, each run in its own process; medians of BENCH_RUNS runs. Run alone: tsx src/xlsx-bench.ts.
// Environment: BENCH_XLSX_ROWS (default 100,000), BENCH_RUNS (default 3).
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const rows = Number(process.env.BENCH_XLSX_ROWS ?? 100_000);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const dir = join(import.meta.dirname, '../.data/xlsx');
mkdirSync(dir, { recursive: true });
const ours = join(dir, 'inter_province_transfer.xlsx');
const theirs = join(dir, 'exceljs.xlsx');
const TIME_GOAL = 1.2;
const RSS_GOAL_MIB = 300;

interface Measurement {
  seconds: number;
  peakRssMiB: number;
}

function measure(mode: string, file: string): Measurement {
  const out = execFileSync(
    process.execPath,
    [
      '--conditions=@vntip/source',
      '--import',
      'tsx',
      join(import.meta.dirname, 'xlsx-measure.ts'),
      mode,
      file,
      String(rows),
    ],
    { encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  return JSON.parse(out.trim().split('\n').pop() as string) as Measurement;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Alternates the two modes `runs` times; median time, highest peak RSS. */
function pair(a: [string, string], b: [string, string]): [Measurement, Measurement] {
  const all: [Measurement[], Measurement[]] = [[], []];
  for (let i = 0; i < runs; i++) {
    all[0].push(measure(...a));
    all[1].push(measure(...b));
  }
  return all.map((list) => ({
    seconds: median(list.map((m) => m.seconds)),
    peakRssMiB: Math.max(...list.map((m) => m.peakRssMiB)),
  })) as [Measurement, Measurement];
}

const [exceljsWrite, vntipExport] = pair(['exceljs-write', theirs], ['vntip-export', ours]);
const [exceljsRead, vntipImport] = pair(['exceljs-read', ours], ['vntip-import', ours]);
const met = (ok: boolean) => (ok ? 'met' : '**missed**');
const row = (name: string, m: Measurement) =>
  `| ${name} | ${m.seconds.toFixed(2)} s | ${m.peakRssMiB.toFixed(0)} MiB |`;
const exportRatio = vntipExport.seconds / exceljsWrite.seconds;
const importRatio = vntipImport.seconds / exceljsRead.seconds;
const lines = [
  '## XLSX',
  '',
  `Data: ${rows.toLocaleString('en')} inter-province transfers (29 columns, 19 filled, 2 dates) in one sheet; median of ${runs} runs, each in its own process.`,
  '',
  '| measurement | time | peak RSS |',
  '| --- | --- | --- |',
  row('exceljs streaming writer, the same cells raw', exceljsWrite),
  row('VN-TIP xlsx export (escaping, header rows, dropdowns, codelist sheets)', vntipExport),
  row('exceljs streaming reader, VN-TIP file', exceljsRead),
  row('VN-TIP xlsx import (readXlsx, records built and typed)', vntipImport),
  '',
  `- export / exceljs writer: **${exportRatio.toFixed(2)}** (goal ≤ ${TIME_GOAL}): ${met(exportRatio <= TIME_GOAL)}; peak RSS ${vntipExport.peakRssMiB.toFixed(0)} MiB (goal < ${RSS_GOAL_MIB}): ${met(vntipExport.peakRssMiB < RSS_GOAL_MIB)}`,
  `- import / exceljs reader: **${importRatio.toFixed(2)}** (goal ≤ ${TIME_GOAL}): ${met(importRatio <= TIME_GOAL)}; peak RSS ${vntipImport.peakRssMiB.toFixed(0)} MiB (goal < ${RSS_GOAL_MIB}): ${met(vntipImport.peakRssMiB < RSS_GOAL_MIB)}`,
];
process.stdout.write(`${lines.join('\n')}\n`);
