import { describe, expect, it } from 'vitest';
import { createScopeMatcher } from './scope-matcher';

const old = (code: string) => ({ codeListVersion: '124/2004', level: 'province', code });
const district = {
  codeListVersion: '124/2004',
  level: 'district',
  code: '223',
  provinceCode: '24',
};
const commune2025 = {
  codeListVersion: '19/2025',
  level: 'commune',
  code: '07210',
  provinceCode: '24',
};

describe('createScopeMatcher', () => {
  it('holds everything, placed or not, in national scope', () => {
    const matcher = createScopeMatcher({ level: 'national', code: 'VN' });
    expect([old('24'), undefined, 'x'].map(matcher.inScope)).toEqual([true, true, true]);
    expect(matcher.unplaced).toBe(0);
  });

  it('matches a 124/2004 province by its own code, districts and communes by provinceCode, and agencies by unit', () => {
    const { inScope } = createScopeMatcher({
      level: 'province',
      code: '24',
      codeListVersion: '124/2004',
    });
    expect(inScope(old('24'))).toBe(true);
    expect(inScope(district)).toBe(true);
    expect(inScope({ type: 'POLICE_PROVINCIAL', unit: old('24') })).toBe(true);
    expect(inScope(old('27'))).toBe(false);
    expect(inScope(commune2025)).toBe(false);
    expect(inScope({ level: 'national', code: 'VN' })).toBe(false);
  });

  it('rolls 124/2004 provinces into their 19/2025 successor through the crosswalk', () => {
    const { inScope } = createScopeMatcher({
      level: 'province',
      code: '24',
      codeListVersion: '19/2025',
    });
    // Bắc Giang (24) and Bắc Ninh (27) merged into the new Bắc Ninh (24); Lạng Sơn (20) stayed apart.
    expect([old('24'), old('27'), district, commune2025].every(inScope)).toBe(true);
    expect(inScope(old('20'))).toBe(false);
  });

  it('matches a commune only by its own code and code list', () => {
    const { inScope } = createScopeMatcher({
      level: 'commune',
      code: '07210',
      codeListVersion: '19/2025',
    });
    expect(inScope(commune2025)).toBe(true);
    expect(inScope({ ...commune2025, codeListVersion: '124/2004' })).toBe(false);
    expect(inScope({ codeListVersion: '19/2025', level: 'province', code: '24' })).toBe(false);
  });

  it('counts the places it cannot read', () => {
    const matcher = createScopeMatcher({
      level: 'province',
      code: '24',
      codeListVersion: '124/2004',
    });
    expect(matcher.inScope(undefined)).toBe(false);
    expect(matcher.inScope({ type: 'POLICE_PROVINCIAL' })).toBe(false);
    expect(matcher.inScope(old('20'))).toBe(false);
    expect(matcher.unplaced).toBe(2);
  });
});
