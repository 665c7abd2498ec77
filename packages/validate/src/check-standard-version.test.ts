import { readFileSync } from 'node:fs';
import { collectEvents, readPackageZip } from '@vntip/read';
import { STANDARD_VERSION } from '@vntip/schema';
import { describe, expect, it } from 'vitest';
import { validate } from './validate';
import { validateDescriptor } from './validate-record';

const descriptor = JSON.parse(
  readFileSync(
    new URL(
      '../../../schemas/examples/valid/exchange-package--minimal-after-reform.json',
      import.meta.url,
    ),
    'utf8',
  ),
).record as Record<string, unknown>;

describe('the declared standard version (ADR 014)', () => {
  it('is the toolkit’s own: no issue', () => {
    expect(STANDARD_VERSION).toBe('1.1.0');
    expect(validateDescriptor({ ...descriptor, standardVersion: '1.1.0' }).issues).toEqual([]);
    expect(validateDescriptor({ ...descriptor, standardVersion: '1.1.7' }).issues).toEqual([]);
  });

  it('is 1.0: accepted, with a warning naming both versions', () => {
    const result = validateDescriptor(
      { ...descriptor, standardVersion: '1.0.0' },
      { locale: 'en' },
    );
    expect(result.ok).toBe(true);
    expect(result.issues).toMatchObject([
      {
        code: 'earlier_standard_version',
        severity: 'warning',
        path: ['standardVersion'],
        params: { declared: '1.0.0', current: '1.1.0' },
      },
    ]);
    expect(result.issues[0]?.message).toBe(
      "The package follows VN-TIP 1.0.0, older than the toolkit's standard 1.1.0; it is checked against 1.1.0.",
    );
  });

  it('is one this toolkit cannot read (a later minor, another major): an error', () => {
    for (const standardVersion of ['1.2.0', '2.0.0', '0.9.0']) {
      const result = validateDescriptor({ ...descriptor, standardVersion }, { locale: 'en' });
      expect(result.ok, standardVersion).toBe(false);
      expect(result.issues).toMatchObject([
        { code: 'unsupported_standard_version', severity: 'error', path: ['standardVersion'] },
      ]);
    }
  });

  it('is 1.0 in a real 1.0 package (the Bắc Giang example as released with 1.0): valid, one warning', async () => {
    const bytes = readFileSync(
      new URL('../../read/test/fixtures/bac-giang-2024.zip', import.meta.url),
    );
    const { descriptor: declared } = await collectEvents(
      readPackageZip({ name: 'bac-giang-2024.zip', bytes }),
    );
    expect((declared as { standardVersion: string }).standardVersion).toBe('1.0.0');
    const result = await validate(readPackageZip({ name: 'bac-giang-2024.zip', bytes }));
    expect(result.ok).toBe(true);
    expect(result.issues.map((issue) => issue.code)).toEqual(['earlier_standard_version']);
  });
});
