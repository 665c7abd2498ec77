import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adminUnitKey, parseGsoAdminUnitList } from './admin-unit-list';
import { validateRecord } from './validate-record';

// A list made for the tests: real district codes (Hiệp Hòa 223, Hữu Lũng 186), made-up communes 999xx.
const sample = readFileSync(
  join(import.meta.dirname, '../test/fixtures/gso-124-2004-sample.csv'),
  'utf8',
);
const options = { codeListVersion: '124/2004', source: 'gso-124-2004-sample.csv' } as const;

function loadSample() {
  const result = parseGsoAdminUnitList(sample, options);
  if (!result.ok) throw new Error('sample list did not load');
  return result.value;
}

describe('parseGsoAdminUnitList', () => {
  it('reads provinces, districts and communes from the GSO export, BOM and all', () => {
    const list = loadSample();
    expect(list.codeListVersion).toBe('124/2004');
    expect(list.units.get(adminUnitKey('district', '223'))).toEqual({
      code: '223',
      name: 'Huyện Hiệp Hòa',
      level: 'district',
      provinceCode: '24',
    });
    expect(list.units.get(adminUnitKey('commune', '99903'))?.districtCode).toBe('186');
    expect(list.units.get(adminUnitKey('province', '20'))?.name).toBe('Tỉnh Lạng Sơn');
    expect(list.units.size).toBe(7);
  });

  it('reports a missing column instead of guessing', () => {
    const result = parseGsoAdminUnitList('Tỉnh Thành Phố,Mã TP\nTỉnh Bắc Giang,24\n', {
      ...options,
      locale: 'en',
    });
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.code).toBe('invalid_admin_unit_list');
    expect(result.issues[0]?.message).toContain('ma px');
  });

  it('reports the row of a malformed code', () => {
    const result = parseGsoAdminUnitList(
      `${sample}Tỉnh Lạng Sơn,20,Huyện Hữu Lũng,186,Xã Sai,123,Xã,\n`,
      options,
    );
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.location).toEqual({ file: 'gso-124-2004-sample.csv', row: 5 });
  });
});

describe('validateRecord with adminUnitLists', () => {
  const person = (code: string, provinceCode: string) => ({
    id: 'P-1',
    category: 'VICTIM',
    sex: 'UNKNOWN',
    residence: { codeListVersion: '124/2004', level: 'district', code, provinceCode },
  });

  it('accepts a district in the loaded list', () => {
    expect(
      validateRecord('person', person('223', '24'), { adminUnitLists: [loadSample()] }).issues,
    ).toEqual([]);
  });

  it('flags a district missing from the loaded list', () => {
    const result = validateRecord('person', person('999', '24'), {
      adminUnitLists: [loadSample()],
      locale: 'en',
    });
    expect(result.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['unknown_admin_unit', 'residence.code'],
    ]);
    expect(result.issues[0]?.message).toBe(
      'The district code "999" at residence.code is not in the loaded 124/2004 list (gso-124-2004-sample.csv).',
    );
  });

  it('flags a district filed under the wrong province', () => {
    const result = validateRecord('person', person('186', '24'), {
      adminUnitLists: [loadSample()],
    });
    expect(result.issues.map((i) => i.code)).toEqual(['admin_unit_province_mismatch']);
  });

  it('checks only by pattern when no list of that version is loaded', () => {
    expect(validateRecord('person', person('999', '24')).ok).toBe(true);
  });
});
