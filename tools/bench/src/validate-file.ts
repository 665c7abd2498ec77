import { validate } from '@vntip/validate';
import { builtinRulesOrNone, readNdjsonEvents } from './vntip-adapter.ts';

/** Full VN-TIP validation of an NDJSON file: structure and every built-in rule, records not kept. */
export async function validateNdjsonFile(
  file: string,
  limit: number,
): Promise<Record<string, number>> {
  const result = await validate(readNdjsonEvents(file, limit), {
    rules: builtinRulesOrNone(),
    keepRecords: false,
    today: '2026-11-28',
  });
  const errors = result.issues.filter((i) => i.severity === 'error').length;
  return {
    records: Object.values(result.counts).reduce((a, b) => a + b, 0),
    issues: result.issues.length,
    errors,
  };
}
