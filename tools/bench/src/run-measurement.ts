// Running one measurement of measure.ts in its own Node process, and medians over BENCH_RUNS runs.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** How many times each measurement runs (BENCH_RUNS, default 3); medians are reported. */
export const runs = Number(process.env.BENCH_RUNS ?? 3);

/** What measure.ts prints: time, peak RSS, and the counts or values of the mode. */
export interface Measurement {
  seconds: number;
  peakRssMiB: number;
  [key: string]: unknown;
}

/** Runs one mode of measure.ts (from TypeScript source) in a child process and returns its measurement. */
export function measure(mode: string, file: string, limit?: number): Measurement {
  const args = [
    '--conditions=@vntip/source',
    '--import',
    'tsx',
    join(import.meta.dirname, 'measure.ts'),
    mode,
    file,
  ];
  if (limit) args.push(String(limit));
  const out = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(out.trim().split('\n').pop() as string) as Measurement;
}

/** The middle value (the upper one of an even count). */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Runs the modes in turn, `runs` times, and returns the median time and peak memory of each. */
export function compare(
  modes: string[],
  file: string,
  limit?: number,
): Record<string, Measurement> {
  const all: Record<string, Measurement[]> = Object.fromEntries(modes.map((m) => [m, []]));
  for (let i = 0; i < runs; i++)
    for (const mode of modes) all[mode]?.push(measure(mode, file, limit));
  return Object.fromEntries(
    modes.map((mode) => {
      const list = all[mode] as Measurement[];
      return [
        mode,
        {
          ...(list[0] as Measurement),
          seconds: median(list.map((m) => m.seconds)),
          cpuSeconds: median(list.map((m) => Number(m.cpuSeconds))),
          peakRssMiB: Math.max(...list.map((m) => m.peakRssMiB)),
        },
      ];
    }),
  );
}
