import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RECORD_GUARDS } from '../src/generated/guards';
import { RECORD_SCHEMAS } from '../src/generated/zod';

type RecordType = keyof typeof RECORD_GUARDS;
const dir = join(dirname(fileURLToPath(import.meta.url)), '../../../schemas/examples/valid');
const examples = readdirSync(dir)
  .map(
    (file) =>
      JSON.parse(readFileSync(join(dir, file), 'utf8')) as { recordType: string; record: unknown },
  )
  .filter((e): e is { recordType: RecordType; record: unknown } => e.recordType in RECORD_GUARDS);

/** Every place in a JSON value, as a path. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [at];
  const entries = Array.isArray(value)
    ? value.map((v, i) => [i, v] as const)
    : Object.entries(value);
  return [at, ...entries.flatMap(([key, child]) => paths(child, [...at, key]))];
}

function mutate(
  record: unknown,
  path: (string | number)[],
  replacement: unknown,
  remove: boolean,
): unknown {
  const copy = structuredClone(record) as Record<string | number, unknown>;
  if (path.length === 0) return replacement;
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (remove && !Array.isArray(parent)) delete parent[last];
  else parent[last] = replacement;
  return copy;
}

describe('generated guards', () => {
  it('agree with the zod schemas on mutated valid records', () => {
    const mutation = fc.constantFrom(...examples).chain((example) =>
      fc.record({
        example: fc.constant(example),
        path: fc.constantFrom(...paths(example.record)),
        replacement: fc.oneof(
          fc.jsonValue({ maxDepth: 2 }),
          fc.constantFrom('2024-02-30', '24', 'FEMALE', '', -1, 1.5, 2 ** 60),
        ),
        remove: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(mutation, ({ example, path, replacement, remove }) => {
        const value = mutate(example.record, path, replacement, remove);
        const guard = RECORD_GUARDS[example.recordType](value);
        const zod = RECORD_SCHEMAS[example.recordType].safeParse(value).success;
        expect(guard).toBe(zod);
      }),
      { seed: 20261128, numRuns: 2000 },
    );
  });
});
