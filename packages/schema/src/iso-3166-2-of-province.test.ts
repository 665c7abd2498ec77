import { iso31662 } from 'iso-3166';
import { describe, expect, it } from 'vitest';
import { CODELISTS } from './index';
import { iso31662OfProvince } from './iso-3166-2-of-province';

const vn = new Map(iso31662.filter((s) => s.parent === 'VN').map((s) => [s.code, s.name]));

describe('iso31662OfProvince', () => {
  it('gives every 124/2004 province its own ISO 3166-2 subdivision, each code once', () => {
    const rows = CODELISTS.province2004?.rows ?? [];
    const codes = rows.map((row) =>
      iso31662OfProvince({ code: row.code, codeListVersion: '124/2004' }),
    );
    expect(codes.every((code) => code !== undefined && vn.has(code))).toBe(true);
    expect(new Set(codes).size).toBe(rows.length);
    expect(rows.length).toBe(vn.size);
    expect(iso31662OfProvince({ code: '24', codeListVersion: '124/2004' })).toBe('VN-54');
    expect(iso31662OfProvince({ code: '79', codeListVersion: '124/2004' })).toBe('VN-SG');
  });

  it('codes a 19/2025 province only when it is the unit of the same name and territory as before the reform', () => {
    // Cao Bằng and Hà Nội were not merged; Bắc Ninh (24 in 19/2025) took in Bắc Giang and has no ISO code yet.
    expect(iso31662OfProvince({ code: '04', codeListVersion: '19/2025' })).toBe('VN-04');
    expect(iso31662OfProvince({ code: '01', codeListVersion: '19/2025' })).toBe('VN-HN');
    expect(iso31662OfProvince({ code: '24', codeListVersion: '19/2025' })).toBeUndefined();
    const coded = (CODELISTS.province2025?.rows ?? []).filter(
      (row) => iso31662OfProvince({ code: row.code, codeListVersion: '19/2025' }) !== undefined,
    );
    expect(coded).toHaveLength(11);
  });

  it('knows no other list and no inherited key', () => {
    expect(iso31662OfProvince({ code: '24', codeListVersion: '2030' })).toBeUndefined();
    expect(
      iso31662OfProvince({ code: 'constructor', codeListVersion: '124/2004' }),
    ).toBeUndefined();
    expect(iso31662OfProvince({ code: '24', codeListVersion: '__proto__' })).toBeUndefined();
  });
});
