import { describe, expect, it } from 'vitest';
import { communeCodes } from './commune-codes';
import { CODELISTS } from './generated/codelists';

describe('communeCodes', () => {
  // domain.md "Corrections found on review" 9 confirms 3,321 communes; §5.2 gives the count of each province.
  it('holds the 3,321 communes of the 19/2025 list, each code once', () => {
    const all = communeCodes('19/2025');
    expect(all).toHaveLength(3321);
    expect(new Set(all).size).toBe(3321);
    for (const code of all ?? []) expect(code).toMatch(/^\d{5}$/);
  });

  it('gives every province the commune count its province2025 row states', () => {
    expect(CODELISTS.province2025?.rows).toHaveLength(34);
    for (const row of CODELISTS.province2025?.rows ?? []) {
      const stated = /(\d+) commune-level units/.exec(String(row.descriptionEn))?.[1];
      expect(stated, row.code).toBeDefined();
      expect(communeCodes('19/2025', row.code), row.code).toHaveLength(Number(stated));
    }
  });

  it('knows Bắc Ninh (24) has 99 communes after the reform, including Hoàn Kiếm’s code only in Hà Nội', () => {
    expect(communeCodes('19/2025', '24')).toHaveLength(99);
    expect(communeCodes('19/2025', '01')).toContain('00070');
    expect(communeCodes('19/2025', '24')).not.toContain('00070');
  });

  it('holds no 124/2004 commune list and no unknown province', () => {
    expect(communeCodes('124/2004')).toBeUndefined();
    expect(communeCodes('124/2004', '24')).toBeUndefined();
    expect(communeCodes('19/2025', '27')).toBeUndefined();
  });
});
