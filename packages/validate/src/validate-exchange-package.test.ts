import { describe, expect, it } from 'vitest';
import { validateExchangePackage } from './validate-exchange-package';

const descriptor = {
  profile: 'data-package',
  name: 'test-package',
  created: '2025-01-15T08:00:00+07:00',
  publisher: {
    unit: { codeListVersion: '124/2004', level: 'province', code: '24' },
    agency: { type: 'DOLISA' },
  },
  period: { type: 'YEAR', start: '2024-01-01', end: '2024-12-31' },
  standardVersion: '1.0.0',
  lawVersion: '2011',
  codelistVersions: { adminUnits: ['124/2004'], codelists: '1.0.0' },
  resources: [
    { name: 'people', path: 'data/people.ndjson', recordType: 'person', format: 'ndjson' },
  ],
};

const person = (id: string) => JSON.stringify({ id, category: 'VICTIM', sex: 'FEMALE' });

describe('validateExchangePackage', () => {
  it('reads every record of every resource', () => {
    const result = validateExchangePackage({
      descriptor,
      readResource: () => `${person('P-1')}\n${person('P-2')}\n`,
    });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.records.map((r) => r.index)).toEqual([0, 1]);
  });

  it('locates a bad record by file and line', () => {
    const bad = JSON.stringify({ id: 'P-2', category: 'VICTIM', sex: 'F' });
    const result = validateExchangePackage({
      descriptor,
      readResource: () => `${person('P-1')}\n${bad}\n`,
    });
    expect(result.ok).toBe(false);
    expect(result.issues).toMatchObject([
      { code: 'unknown_code', path: [1, 'sex'], location: { file: 'data/people.ndjson', row: 2 } },
    ]);
  });

  it('reports a listed file that is missing', () => {
    const result = validateExchangePackage(
      { descriptor, readResource: () => undefined },
      { locale: 'en' },
    );
    expect(result.issues.map((i) => i.code)).toEqual(['missing_resource']);
    expect(result.issues[0]?.message).toBe(
      'The package lists the file data/people.ndjson, which is missing.',
    );
  });

  it('reports broken JSON with its line', () => {
    const result = validateExchangePackage({
      descriptor,
      readResource: () => `${person('P-1')}\n{"id": \n`,
    });
    expect(result.issues).toMatchObject([
      { code: 'invalid_json', location: { file: 'data/people.ndjson', row: 2 } },
    ]);
  });

  it('reports descriptor problems against datapackage.json', () => {
    const result = validateExchangePackage({
      descriptor: { ...descriptor, standardVersion: 'one' },
      readResource: () => '',
    });
    expect(result.issues).toMatchObject([
      { code: 'invalid_format', path: ['standardVersion'], location: { file: 'datapackage.json' } },
    ]);
  });
});
