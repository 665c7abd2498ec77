import { describe, expect, it } from 'vitest';
import { CODELISTS, CROSSWALKS } from './generated/codelists';
import { getCodeLabel, getCodelistEntry } from './get-codelist-entry';
import { PROVINCE_2004_CODES, PROVINCE_2025_CODES } from './index';

describe('getCodeLabel', () => {
  it('gives Vietnamese by default and English on request', () => {
    expect(getCodeLabel('province2025', '24')).toContain('Bắc Ninh');
    expect(getCodeLabel('province2004', '24')).toContain('Bắc Giang');
    expect(getCodeLabel('country', 'KH', 'vi')).toBe('Campuchia');
    expect(getCodeLabel('country', 'KH', 'en')).toBe('Cambodia');
  });

  it('falls back to the code when unknown', () => {
    expect(getCodeLabel('sex', 'NOPE')).toBe('NOPE');
    expect(getCodeLabel('noSuchList', 'X')).toBe('X');
  });
});

describe('codelists', () => {
  it('has the 63 provinces before and the 34 after the 2025 reform', () => {
    expect(PROVINCE_2004_CODES).toHaveLength(63);
    expect(PROVINCE_2025_CODES).toHaveLength(34);
  });

  it('maps every old province to exactly one new province that exists', () => {
    const crosswalk = CROSSWALKS.provinceCrosswalk?.rows ?? [];
    expect(crosswalk.map((r) => r.oldCode).sort()).toEqual([...PROVINCE_2004_CODES].sort());
    for (const row of crosswalk) expect(PROVINCE_2025_CODES).toContain(row.newCode);
    expect(new Set(crosswalk.map((r) => r.newCode)).size).toBe(34);
  });

  it('keeps UNCONFIRMED facts marked, e.g. ethnic codes 10–54 of the 1979 list', () => {
    expect(getCodelistEntry('ethnicGroup', '01')?.status).toBe('confirmed');
    expect(getCodelistEntry('ethnicGroup', '54')?.status).toBe('unconfirmed');
  });

  it('has the six 2011 and ten 2024 support types, mapped to each other', () => {
    const y2011 = CODELISTS.supportType2011?.rows ?? [];
    const y2024 = CODELISTS.supportType2024?.rows ?? [];
    expect(y2011).toHaveLength(6);
    expect(y2024).toHaveLength(10);
    const codes2024 = new Set(y2024.map((r) => r.code));
    for (const row of y2011) {
      for (const target of (row.mapsTo ?? '').split(' ').filter(Boolean))
        expect(codes2024).toContain(target);
    }
  });

  it('gives every row vi and en labels, and no duplicate codes', () => {
    for (const list of Object.values(CODELISTS)) {
      const codes = list.rows.map((r) => r.code);
      expect(new Set(codes).size, list.name).toBe(codes.length);
      for (const row of list.rows) {
        expect(row.labelVi, `${list.name}.${row.code}`).not.toBe('');
        expect(row.labelEn, `${list.name}.${row.code}`).not.toBe('');
        expect(row.labelVi).toBe(row.labelVi.normalize('NFC'));
      }
    }
  });
});
