import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedHeader } from './naming.ts';

/** Writes packages/schema/src/generated/targets.ts: the national target sets of schemas/targets/*.ndjson. */
export function generateTargets(schemasDir: string): string {
  const dir = join(schemasDir, 'targets');
  const targets: unknown[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.ndjson'))
    .sort()) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const envelope = JSON.parse(line) as { recordType: string; record: unknown };
      if (envelope.recordType !== 'target')
        throw new Error(`targets/${file}: a line is not a target record`);
      targets.push(envelope.record);
    }
  }
  return [
    generatedHeader('generate-targets.ts', 'schemas/targets/*.ndjson'),
    '',
    "import type { Target } from './types';",
    '',
    '/** The national programme targets (2021–2025, 2026–2030), each citing its source and confirmation status. */',
    `export const NATIONAL_TARGETS: readonly Target[] = ${JSON.stringify(targets, null, 2)};`,
    '',
  ].join('\n');
}
