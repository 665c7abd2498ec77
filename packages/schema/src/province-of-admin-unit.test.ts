import { describe, expect, it } from 'vitest';
import { provinceOfAdminUnit } from './province-of-admin-unit';

describe('provinceOfAdminUnit', () => {
  it('takes a province itself, and lower levels through provinceCode, with the code list', () => {
    expect(
      provinceOfAdminUnit({ codeListVersion: '124/2004', level: 'province', code: '24' }),
    ).toEqual({
      code: '24',
      codeListVersion: '124/2004',
    });
    expect(
      provinceOfAdminUnit({
        codeListVersion: '19/2025',
        level: 'commune',
        code: '07210',
        provinceCode: '24',
      }),
    ).toEqual({ code: '24', codeListVersion: '19/2025' });
  });

  it('has no province for the country or for what is not a reference', () => {
    expect(provinceOfAdminUnit({ level: 'national', code: 'VN' })).toBeUndefined();
    expect(provinceOfAdminUnit(undefined)).toBeUndefined();
    expect(provinceOfAdminUnit({ level: 'district', code: '223' })).toBeUndefined();
  });
});
