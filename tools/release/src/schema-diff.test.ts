import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { releasedFolderProblems, releasedVersions, sumsOf } from './released-standards.ts';
import {
  diffStandard,
  highestClass,
  type StandardVersionFiles,
  versionGateProblems,
  versionStep,
} from './schema-diff.ts';
import { readStandardFolder } from './standard-folder.ts';

// Schemas are edited freely here, as JSON: the tests plant changes anywhere in them.
// biome-ignore lint/suspicious/noExplicitAny: a schema edited as plain JSON
type Schema = any;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const current = readStandardFolder(join(root, 'schemas'));

/** A copy of the current standard with `change` applied to one schema file. */
function edited(file: string, change: (schema: Schema) => void): StandardVersionFiles {
  const schemas = new Map(current.schemas);
  const copy = structuredClone(schemas.get(file));
  change(copy);
  schemas.set(file, copy);
  return { schemas, codelists: current.codelists };
}

function withCodelist(
  name: string,
  change: (rows: Record<string, string>[]) => Record<string, string>[],
) {
  const codelists = new Map(current.codelists);
  const table = codelists.get(name);
  if (!table) throw new Error(name);
  codelists.set(name, {
    columns: table.columns,
    rows: change(table.rows.map((row) => ({ ...row }))),
  });
  return { schemas: current.schemas, codelists };
}

const minorChangeset = {
  releasedVersion: '1.1.0',
  standardVersion: '1.2.0',
  changesetBump: 'minor',
} as const;

describe('schema-diff gate', () => {
  it('fails a planted breaking change (a field removed) released with a minor changeset', () => {
    const head = edited('person.schema.json', (s) => {
      delete s.properties.disability;
    });
    const changes = diffStandard(current, head);
    expect(changes).toEqual([
      {
        class: 'major',
        file: 'person.schema.json',
        path: '/properties/disability',
        what: 'property removed',
      },
    ]);
    expect(versionGateProblems(changes, minorChangeset)).toEqual([
      expect.stringContaining(
        'MAJOR change since standard 1.1.0, but STANDARD_VERSION 1.2.0 is only a MINOR step',
      ),
      expect.stringContaining('bump @vntip/schema only by MINOR'),
    ]);
  });

  it('passes an additive change (an optional field) with a minor changeset', () => {
    const head = edited('person.schema.json', (s) => {
      s.properties.preferredLanguage = {
        type: 'string',
        sensitivity: 'quasi_identifier',
        i18n: {
          vi: { title: 'Ngôn ngữ', description: 'x' },
          en: { title: 'Language', description: 'x' },
        },
      };
    });
    const changes = diffStandard(current, head);
    expect(highestClass(changes)).toBe('minor');
    expect(versionGateProblems(changes, minorChangeset)).toEqual([]);
  });

  it('needs a changeset at all when the schemas change', () => {
    const head = edited('person.schema.json', (s) => {
      s.properties.sex.i18n.en.description = 'Sex, as recorded.';
    });
    const changes = diffStandard(current, head);
    expect(changes.map((c) => c.class)).toEqual(['patch']);
    expect(versionGateProblems(changes, { ...minorChangeset, changesetBump: 'none' })).toEqual([
      expect.stringContaining('bump @vntip/schema not at all'),
    ]);
  });

  it('accepts the current schemas against the last released standard, as CI does', () => {
    const versions = releasedVersions(join(root, 'schemas/released'));
    const last = versions.at(-1) ?? '';
    const changes = diffStandard(readStandardFolder(join(root, 'schemas/released', last)), current);
    expect(highestClass(changes)).not.toBe('major');
  });
});

describe('classification', () => {
  const cases: [string, (s: Schema) => void, string][] = [
    [
      'a new required field',
      (s) => {
        s.properties.x = { type: 'string' };
        s.required = [...(s.required ?? []), 'x'];
      },
      'major',
    ],
    [
      'an existing field made required',
      (s) => {
        s.required = [...(s.required ?? []), 'disability'];
      },
      'major',
    ],
    [
      'a type narrowed',
      (s) => {
        s.properties.birthYear.type = 'string';
      },
      'major',
    ],
    [
      'a larger minimum',
      (s) => {
        s.properties.birthYear.minimum = 1950;
      },
      'major',
    ],
    [
      'a smaller minimum',
      (s) => {
        s.properties.birthYear.minimum = 1800;
      },
      'minor',
    ],
    [
      'a field closed to extra properties',
      (s) => {
        s.additionalProperties = false;
        s.properties.residence = { ...s.properties.residence, additionalProperties: false };
      },
      'major',
    ],
    [
      'a codelist opened',
      (s) => {
        s.properties.sex.openCodelist = true;
      },
      'minor',
    ],
    [
      'a sensitivity class changed',
      (s) => {
        s.properties.sex.sensitivity = 'sensitive';
      },
      'minor',
    ],
    [
      'a title reworded',
      (s) => {
        s.properties.sex.i18n.vi.title = 'Giới';
      },
      'patch',
    ],
  ];
  it.each(cases)('%s', (_name, change, expected) => {
    expect(highestClass(diffStandard(current, edited('person.schema.json', change)))).toBe(
      expected,
    );
  });

  it('a code removed from a closed codelist is major, one added is minor', () => {
    const removed = withCodelist('sex', (rows) => rows.filter((row) => row.code !== 'MALE'));
    expect(diffStandard(current, removed)).toEqual([
      expect.objectContaining({ class: 'major', file: 'codelists/sex.csv', path: 'MALE' }),
    ]);
    const added = withCodelist('sex', (rows) => [
      ...rows,
      { ...rows[0], code: 'INTERSEX' } as Record<string, string>,
    ]);
    expect(diffStandard(current, added).map((c) => c.class)).toEqual(['minor']);
  });

  it('a code added to an open codelist is a patch, a deprecated code minor', () => {
    const open = [...current.codelists.keys()].find((name) =>
      JSON.stringify([...current.schemas.values()]).includes(
        `"codelist":"${name}","openCodelist":true`,
      ),
    );
    expect(open).toBeDefined();
    const added = withCodelist(open ?? '', (rows) => [
      ...rows,
      { ...rows[0], code: 'ZZ_NEW' } as Record<string, string>,
    ]);
    expect(diffStandard(current, added).map((c) => c.class)).toEqual(['patch']);
    const deprecated = withCodelist('sex', (rows) =>
      rows.map((row) => (row.code === 'MALE' ? { ...row, deprecated: '1.2' } : row)),
    );
    expect(diffStandard(current, deprecated).map((c) => c.class)).toEqual(['minor']);
  });

  it('version steps', () => {
    expect(versionStep('1.0.0', '1.1.0')).toBe('minor');
    expect(versionStep('1.1.0', '2.0.0')).toBe('major');
    expect(versionStep('1.1.0', '1.1.1')).toBe('patch');
    expect(versionStep('1.1.0', '1.1.0')).toBe('none');
    expect(versionStep('1.1.0', '1.0.9')).toBe('backwards');
  });
});

describe('released standards are immutable', () => {
  let work: string | undefined;
  afterEach(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('every released folder matches its SHA256SUMS and its $ids name its version', () => {
    const versions = releasedVersions(join(root, 'schemas/released'));
    expect(versions).toContain('1.0');
    for (const version of versions) {
      expect(releasedFolderProblems(join(root, 'schemas/released', version), version)).toEqual([]);
    }
  });

  it('a released file edited after release is refused', () => {
    work = mkdtempSync(join(tmpdir(), 'vntip-released-'));
    const dir = join(work, '1.0');
    cpSync(join(root, 'schemas/released/1.0'), dir, { recursive: true });
    expect(releasedFolderProblems(dir, '1.0')).toEqual([]);
    const file = join(dir, 'person.schema.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"Năm sinh"', '"Năm sinh (sửa)"'));
    writeFileSync(join(dir, 'codelists/extra.csv'), 'code\nX\n');
    expect(releasedFolderProblems(dir, '1.0')).toEqual([
      expect.stringContaining('person.schema.json was changed'),
      expect.stringContaining('codelists/extra.csv was added'),
    ]);
    expect(sumsOf(dir)).not.toBe(readFileSync(join(dir, 'SHA256SUMS'), 'utf8'));
  });
});
