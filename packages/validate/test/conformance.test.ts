import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { META_SCHEMA } from '@vntip/schema';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { FormatsPlugin } from 'ajv-formats';
import * as ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { isExchangePackage, RECORD_GUARDS } from '../src/generated/guards';
import { validateDescriptor, validateRecord } from '../src/index';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const schemasDir = join(root, 'schemas');
const DIALECT_KEYWORDS = Object.keys((META_SCHEMA as { properties: object }).properties);

interface Example {
  recordType: string;
  record: unknown;
}

interface Case {
  file: string;
  path: string;
  example: Example;
  /** The issue code an invalid example must raise; undefined for valid ones. */
  expectedCode?: string;
}

function loadCases(): Case[] {
  const cases: Case[] = [];
  for (const kind of ['valid', 'invalid'] as const) {
    const dir = join(schemasDir, 'examples', kind);
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const path = join(dir, file);
      const example = JSON.parse(readFileSync(path, 'utf8')) as Example;
      cases.push({
        file: `${kind}/${file}`,
        path,
        example,
        ...(kind === 'invalid' ? { expectedCode: file.split('--')[0] } : {}),
      });
    }
  }
  return cases;
}

function createAjv(): { validate: (example: Example) => boolean } {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  const addFormats = ((ajvFormats as unknown as { default?: FormatsPlugin }).default ??
    ajvFormats) as FormatsPlugin;
  addFormats(ajv);
  for (const keyword of DIALECT_KEYWORDS) ajv.addKeyword(keyword);
  const byRecordType = new Map<string, string>();
  for (const file of readdirSync(schemasDir).filter((f) => f.endsWith('.schema.json'))) {
    const schema = JSON.parse(readFileSync(join(schemasDir, file), 'utf8')) as {
      $id: string;
      recordType?: string;
    };
    ajv.addSchema(schema);
    const recordType =
      file === 'exchange-package.schema.json' ? 'exchange_package' : schema.recordType;
    if (recordType) byRecordType.set(recordType, schema.$id);
  }
  return {
    validate: (example) => {
      const id = byRecordType.get(example.recordType);
      if (!id) return false;
      return ajv.validate(id, example.record) as boolean;
    },
  };
}

function pythonAvailable(): boolean {
  return (
    spawnSync('/usr/bin/python3', ['-c', 'import jsonschema'], { stdio: 'ignore' }).status === 0
  );
}

function zodCodes(example: Example): string[] {
  const result =
    example.recordType === 'exchange_package'
      ? validateDescriptor(example.record, { locale: 'en' })
      : validateRecord(example.recordType, example.record, { locale: 'en' });
  return [...new Set(result.issues.map((issue) => issue.code))].sort();
}

const cases = loadCases();
const ajv = createAjv();
const hasPython = pythonAvailable();
if (!hasPython && process.env.CI)
  throw new Error('CI must install python3-jsonschema (Debian) for the conformance suite.');
if (!hasPython)
  console.warn(
    'python3-jsonschema is not installed: skipping the python side of the conformance suite.',
  );
const python: Record<string, boolean> = hasPython
  ? (JSON.parse(
      execFileSync(
        '/usr/bin/python3',
        [join(import.meta.dirname, 'python-validate.py'), schemasDir, ...cases.map((c) => c.path)],
        { encoding: 'utf8' },
      ),
    ) as Record<string, boolean>)
  : {};

describe('schemas/examples conformance suite', () => {
  it('has valid and invalid examples', () => {
    expect(cases.some((c) => !c.expectedCode)).toBe(true);
    expect(cases.some((c) => c.expectedCode)).toBe(true);
  });

  it.each(cases)('zod and ajv agree on $file', ({ example, expectedCode }) => {
    const codes = zodCodes(example);
    expect(codes.length === 0).toBe(ajv.validate(example));
    expect(codes).toEqual(expectedCode ? [expectedCode] : []);
  });

  it.each(cases)('the generated guard agrees on $file', ({ example, expectedCode }) => {
    const guard =
      example.recordType === 'exchange_package'
        ? isExchangePackage
        : RECORD_GUARDS[example.recordType as keyof typeof RECORD_GUARDS];
    expect(guard(example.record)).toBe(expectedCode === undefined);
  });

  it.skipIf(!hasPython).each(cases)(
    'python-jsonschema agrees on $file',
    ({ path, expectedCode }) => {
      expect(python[path]).toBe(expectedCode === undefined);
    },
  );
});
