import type { CodelistEntry } from '@vntip/schema';
import { describe, expect, it } from 'vitest';
import { getCodeStatus } from './code-status';

const row = (overrides: Partial<CodelistEntry>): CodelistEntry => ({
  code: 'X',
  labelVi: 'X',
  labelEn: 'X',
  descriptionVi: '',
  descriptionEn: '',
  deprecated: '',
  status: 'confirmed',
  ...overrides,
});

describe('getCodeStatus', () => {
  it('returns nothing for a confirmed, current code', () => {
    expect(getCodeStatus(row({}), false)).toBeUndefined();
  });

  // No code is deprecated in standard 1.0, so the rule fixtures cannot show this case.
  it('returns deprecated_code when the deprecated column is set, even for an unconfirmed code', () => {
    expect(getCodeStatus(row({ deprecated: '1.0', status: 'unconfirmed' }), false)).toBe(
      'deprecated_code',
    );
  });

  it('returns unconfirmed_code for an unconfirmed row', () => {
    expect(getCodeStatus(row({ status: 'unconfirmed' }), true)).toBe('unconfirmed_code');
  });

  it('returns unlisted_open_code only for a code missing from an open codelist', () => {
    expect(getCodeStatus(undefined, true)).toBe('unlisted_open_code');
    expect(getCodeStatus(undefined, false)).toBeUndefined();
  });
});
