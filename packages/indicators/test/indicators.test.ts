import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RecordEntry, ResultScope } from '@vntip/core';
import {
  JSON_SCHEMAS,
  NATIONAL_TARGETS,
  RECORD_TYPE_SCHEMA_FILES,
  type Target,
} from '@vntip/schema';
import { validateRecord } from '@vntip/validate';
import { describe, expect, it } from 'vitest';
import { BUILTIN_INDICATORS, computeIndicators, type PeriodGrain } from '../src/index';

// One folder per built-in indicator: <case>.input.json ({ period, grain?, options?, scopes?, targets?, records }) and
// <case>.expected.json (the values; without period and scope unless the case sets scopes). `targets: "national"`
// compares the values with NATIONAL_TARGETS; a folder's README.md cites the sources of its cases.
const fixturesDir = join(import.meta.dirname, 'fixtures');

interface Input {
  period: { start: string; end: string };
  grain?: PeriodGrain;
  options?: unknown;
  scopes?: ResultScope[];
  targets?: 'national' | Target[];
  records: { recordType: string; record: Record<string, unknown> }[];
}

function entries(input: Input): RecordEntry[] {
  return input.records.map(({ recordType, record }, index) => {
    const checked = validateRecord(recordType, record, { locale: 'en' });
    if (!checked.ok)
      throw new Error(
        `fixture record ${index} is not valid: ${checked.issues.map((i) => i.message).join('; ')}`,
      );
    return { recordType, record, index, basePath: [index] };
  });
}

const ids = Object.keys(BUILTIN_INDICATORS) as (keyof typeof BUILTIN_INDICATORS)[];

/** Whether a `recordType.field` an indicator reads may be absent: its top-level field is not required by the schema. */
function optionalField(path: string): boolean {
  const [recordType = '', field = ''] = path.split('.');
  const file = RECORD_TYPE_SCHEMA_FILES[recordType as keyof typeof RECORD_TYPE_SCHEMA_FILES];
  const required = (JSON_SCHEMAS[file]?.required ?? []) as string[];
  return !required.includes(field) || path.split('.').length > 2;
}

describe('built-in indicator fixtures', () => {
  it('has a fixture folder for every built-in indicator, with an empty-input case', () => {
    const folders = readdirSync(fixturesDir).sort();
    expect(folders).toEqual([...ids].sort());
    for (const id of ids) expect(readdirSync(join(fixturesDir, id))).toContain('empty.input.json');
  });

  it.each(ids)('has a missing-data case for %s when a field it reads may be absent', (id) => {
    const optional = BUILTIN_INDICATORS[id].meta.requires.filter(optionalField);
    const cases = readdirSync(join(fixturesDir, id)).filter((f) => f.startsWith('missing-'));
    if (optional.length > 0)
      expect(cases, `optional fields: ${optional.join(', ')}`).not.toEqual([]);
  });

  for (const id of ids) {
    const dir = join(fixturesDir, id);
    const cases = readdirSync(dir)
      .filter((f) => f.endsWith('.input.json'))
      .map((f) => f.slice(0, -'.input.json'.length));
    describe(id, () => {
      it.each(cases)('computes the expected values for %s', async (name) => {
        const input = JSON.parse(readFileSync(join(dir, `${name}.input.json`), 'utf8')) as Input;
        const expected = JSON.parse(
          readFileSync(join(dir, `${name}.expected.json`), 'utf8'),
        ) as Record<string, unknown>[];
        const indicator = BUILTIN_INDICATORS[id];
        const rows = await computeIndicators(entries(input), {
          indicators: [input.options === undefined ? indicator : [indicator, input.options]],
          period: input.period,
          ...(input.scopes ? { scopes: input.scopes } : {}),
          ...(input.grain ? { grain: input.grain } : {}),
          ...(input.targets
            ? { targets: input.targets === 'national' ? NATIONAL_TARGETS : input.targets }
            : {}),
          today: '2026-11-28',
        });
        expect(rows).toMatchObject(expected);
        expect(rows).toHaveLength(expected.length);
      });
    });
  }
});
