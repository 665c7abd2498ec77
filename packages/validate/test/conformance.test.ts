import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  validate as hyperjumpValidate,
  registerSchema,
} from '@hyperjump/json-schema/draft-2020-12';
import { META_SCHEMA } from '@vntip/schema';
import '@hyperjump/json-schema/formats';
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

interface SchemaFile {
  $schema: string;
  $id: string;
  recordType?: string;
}

/** The schemas of schemas/ as published, each with the id of the record type it describes. */
function loadSchemas(): { schema: SchemaFile; recordType?: string }[] {
  return readdirSync(schemasDir)
    .filter((f) => f.endsWith('.schema.json'))
    .map((file) => {
      const schema = JSON.parse(readFileSync(join(schemasDir, file), 'utf8')) as SchemaFile;
      const recordType =
        file === 'exchange-package.schema.json' ? 'exchange_package' : schema.recordType;
      return { schema, ...(recordType ? { recordType } : {}) };
    });
}

const schemas = loadSchemas();
const byRecordType = new Map(
  schemas.flatMap(({ schema, recordType }) => (recordType ? [[recordType, schema.$id]] : [])),
);

/**
 * ajv in strict mode. ajv does not read `$vocabulary`, so the dialect is given to it the way ajv takes any dialect:
 * the meta-schema, and the dialect's annotation keywords as keywords without validation.
 */
function createAjv(): { validate: (example: Example) => boolean } {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  const addFormats = ((ajvFormats as unknown as { default?: FormatsPlugin }).default ??
    ajvFormats) as FormatsPlugin;
  addFormats(ajv);
  for (const keyword of DIALECT_KEYWORDS) ajv.addKeyword(keyword);
  ajv.addMetaSchema(META_SCHEMA as object);
  for (const { schema } of schemas) ajv.addSchema(schema);
  return {
    validate: (example) => {
      const id = byRecordType.get(example.recordType);
      if (!id) return false;
      return ajv.validate(id, example.record) as boolean;
    },
  };
}

/**
 * Hyperjump, which implements dialects as the specification defines them: it reads the meta-schema's `$vocabulary`
 * (format-assertion required, the VN-TIP annotations optional and so ignored) with no other configuration.
 */
async function hyperjumpVerdicts(): Promise<Map<string, boolean>> {
  registerSchema(META_SCHEMA as Parameters<typeof registerSchema>[0]);
  for (const { schema } of schemas) registerSchema(schema as Parameters<typeof registerSchema>[0]);
  const verdicts = new Map<string, boolean>();
  for (const { path, example } of cases) {
    const id = byRecordType.get(example.recordType);
    verdicts.set(path, id ? (await hyperjumpValidate(id, example.record)).valid : false);
  }
  return verdicts;
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
const hyperjump = await hyperjumpVerdicts();
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

  it.each(cases)('hyperjump agrees on $file', ({ path, expectedCode }) => {
    expect(hyperjump.get(path)).toBe(expectedCode === undefined);
  });

  it('declares the VN-TIP dialect in every schema, and the dialect its vocabularies', () => {
    const dialect = (META_SCHEMA as { $id: string; $vocabulary?: Record<string, boolean> }).$id;
    expect(schemas.map(({ schema }) => [schema.$id, schema.$schema])).toEqual(
      schemas.map(({ schema }) => [schema.$id, dialect]),
    );
    expect(
      (META_SCHEMA as { $vocabulary?: Record<string, boolean> }).$vocabulary?.[
        'https://json-schema.org/draft/2020-12/vocab/format-assertion'
      ],
    ).toBe(true);
  });

  it('refuses 30 February in every implementation, formats asserted', () => {
    const february30 = cases.filter((c) => JSON.stringify(c.example.record).includes('-02-30'));
    expect(february30.length).toBeGreaterThanOrEqual(2);
    for (const { file, path, example, expectedCode } of february30) {
      expect(expectedCode, file).toBe('invalid_format');
      expect(zodCodes(example), file).toEqual(['invalid_format']);
      expect(ajv.validate(example), file).toBe(false);
      expect(hyperjump.get(path), file).toBe(false);
      if (hasPython) expect(python[path], file).toBe(false);
    }
  });

  it.skipIf(!hasPython).each(cases)(
    'python-jsonschema agrees on $file',
    ({ path, expectedCode }) => {
      expect(python[path]).toBe(expectedCode === undefined);
    },
  );
});
