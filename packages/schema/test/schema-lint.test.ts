import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { CODELISTS, JSON_SCHEMAS, META_SCHEMA } from '../src/index';

type Node = { [key: string]: unknown };

const OPEN_CODE = 'common.schema.json#/$defs/OpenCode';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const handWritten = Object.entries(JSON_SCHEMAS).filter(
  ([file]) => file !== 'codelists.schema.json',
);

/** Every property schema in a schema, with a readable location. */
function properties(node: unknown, at: string): { at: string; node: Node }[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => properties(item, `${at}[${i}]`));
  if (node === null || typeof node !== 'object') return [];
  const out: { at: string; node: Node }[] = [];
  for (const [key, value] of Object.entries(node as Node)) {
    if (key === 'properties') {
      for (const [name, child] of Object.entries(value as Node)) {
        out.push(
          { at: `${at}.${name}`, node: child as Node },
          ...properties(child, `${at}.${name}`),
        );
      }
    } else if (key !== 'i18n' && key !== 'deprecation') {
      out.push(...properties(value, `${at}/${key}`));
    }
  }
  return out;
}

function codelistRef(node: Node): string | undefined {
  const target = (node.type === 'array' ? (node.items as Node | undefined) : node)?.$ref;
  return typeof target === 'string' ? target : undefined;
}

describe('schema lint', () => {
  it('validates every schema against the dialect meta-schema', () => {
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(META_SCHEMA);
    for (const [file, schema] of Object.entries(JSON_SCHEMAS)) {
      expect(validate(schema), `${file}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });

  it('gives every property vi/en titles and descriptions and a sensitivity class', () => {
    const missing: string[] = [];
    for (const [file, schema] of handWritten) {
      for (const { at, node } of properties(schema, file)) {
        const i18n = node.i18n as { vi?: Node; en?: Node } | undefined;
        const complete = ['vi', 'en'].every((lang) => {
          const text = i18n?.[lang as 'vi' | 'en'];
          return typeof text?.title === 'string' && typeof text.description === 'string';
        });
        if (!complete) missing.push(`${at}: i18n`);
        if (typeof node.sensitivity !== 'string') missing.push(`${at}: sensitivity`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('points every codelist keyword at an existing codelist, and closed ones at its enum', () => {
    const problems: string[] = [];
    for (const [file, schema] of handWritten) {
      for (const { at, node } of properties(schema, file)) {
        if (typeof node.codelist !== 'string') continue;
        if (!CODELISTS[node.codelist]) problems.push(`${at}: no codelist ${node.codelist}`);
        const expected = `codelists.schema.json#/$defs/${node.codelist}`;
        if (node.openCodelist === false && codelistRef(node) !== expected)
          problems.push(`${at}: closed codelist must $ref ${expected}`);
        if (node.openCodelist === true && codelistRef(node) !== OPEN_CODE)
          problems.push(`${at}: open codelist must $ref ${OPEN_CODE}`);
        if (typeof node.openCodelist !== 'boolean')
          problems.push(`${at}: openCodelist must be true or false`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('has a valid and an invalid example for every entity', () => {
    const examples = (kind: string) =>
      readdirSync(join(root, 'schemas/examples', kind)).map(
        (f) =>
          (
            JSON.parse(readFileSync(join(root, 'schemas/examples', kind, f), 'utf8')) as {
              recordType: string;
            }
          ).recordType,
      );
    const valid = new Set(examples('valid'));
    const invalid = new Set(examples('invalid'));
    for (const [file, schema] of handWritten) {
      const recordType =
        file === 'exchange-package.schema.json'
          ? 'exchange_package'
          : (schema.recordType as string | undefined);
      if (!recordType) continue;
      expect(valid.has(recordType), `${file} has no valid example`).toBe(true);
      expect(invalid.has(recordType), `${file} has no invalid example`).toBe(true);
    }
  });
});
