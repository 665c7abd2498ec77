import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kAnonymize } from './k-anonymize';
import { ageLadder, dateLadder, hideLadder, type PlainRecord, placeLadder } from './ladders';

const place = (province: string, commune?: string) =>
  commune
    ? { codeListVersion: '19/2025', level: 'commune', code: commune, provinceCode: province }
    : { codeListVersion: '19/2025', level: 'province', code: province };

const qis = [hideLadder('sex', 'UNKNOWN'), ageLadder(2024), placeLadder('residence')];

/** The size of each class of quasi-identifier values among rows. */
function classSizes(rows: readonly PlainRecord[]): number[] {
  const sizes = new Map<string, number>();
  for (const row of rows) {
    const key = JSON.stringify([row.sex, row.birthYear, row.ageBand, row.residence]);
    sizes.set(key, (sizes.get(key) ?? 0) + 1);
  }
  return [...sizes.values()];
}

describe('kAnonymize', () => {
  it('leaves rows already k-anonymous untouched', () => {
    const rows = Array.from({ length: 12 }, (_, i) => ({
      id: `P${i}`,
      sex: 'FEMALE',
      birthYear: 2000,
      residence: place('24'),
    }));
    const result = kAnonymize(rows, { quasiIdentifiers: qis, k: 11 });
    expect(result).toMatchObject({
      kAchieved: 12,
      generalised: 0,
      suppressed: 0,
      levels: { sex: 0, age: 0, residence: 0 },
    });
    expect(result.rows).toEqual(rows);
  });

  it('generalises the widest quasi-identifier first, then suppresses the few rows still short', () => {
    const rows = [
      ...Array.from({ length: 11 }, (_, i) => ({
        id: `A${i}`,
        sex: 'FEMALE',
        birthYear: 1990 + (i % 3),
        residence: place('24', `0${7200 + i}`),
      })),
      { id: 'Z', sex: 'MALE', birthYear: 1950, residence: place('01') },
    ];
    const result = kAnonymize(rows, { quasiIdentifiers: qis, k: 11, suppressionLimit: 1 });
    expect(result.suppressed).toBe(1);
    expect(result.rows.map((r) => r.id)).toEqual(rows.slice(0, 11).map((r) => r.id));
    expect(result.levels.residence).toBe(1);
    expect(
      result.rows.every((r) => JSON.stringify(r.residence) === JSON.stringify(place('24'))),
    ).toBe(true);
    expect(result.rows[0]).not.toHaveProperty('birthYear');
    expect(result.rows[0]?.ageBand).toBe('AGE_30_38');
    expect(result.kAchieved).toBe(11);
    expect(result.generalised).toBe(11);
  });

  it('generalises dates by month then year', () => {
    const ladder = dateLadder('date');
    expect([0, 1, 2].map((l) => ladder.generalise({ date: '2024-03-17' }, l).date)).toEqual([
      '2024-03-17',
      '2024-03',
      '2024',
    ]);
  });

  it('always releases only classes of at least k rows (property)', () => {
    const row = fc.record({
      sex: fc.constantFrom('FEMALE', 'MALE', 'UNKNOWN'),
      birthYear: fc.integer({ min: 1950, max: 2020 }),
      residence: fc
        .tuple(
          fc.constantFrom('01', '24', '79'),
          fc.option(fc.constantFrom('07210', '07211'), { nil: undefined }),
        )
        .map(([p, c]) => place(p, c)),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 80 }), fc.integer({ min: 2, max: 11 }), (rows, k) => {
        const result = kAnonymize(rows, { quasiIdentifiers: qis, k });
        expect(result.rows.length + result.suppressed).toBe(rows.length);
        for (const size of classSizes(result.rows)) expect(size).toBeGreaterThanOrEqual(k);
      }),
      { seed: 20261128, numRuns: 200 },
    );
  });
});

describe('placeLadder', () => {
  it('climbs commune → province → region → country, through the crosswalk for 19/2025 provinces', () => {
    const ladder = placeLadder('residence');
    const commune = {
      residence: {
        codeListVersion: '124/2004',
        level: 'commune',
        code: '07210',
        provinceCode: '24',
      },
    };
    expect([1, 2, 3].map((level) => ladder.generalise(commune, level).residence)).toEqual([
      { codeListVersion: '124/2004', level: 'province', code: '24' },
      { level: 'region', code: 'NORTHERN_MIDLANDS_MOUNTAINS' },
      { level: 'national', code: 'VN' },
    ]);
    // New Bắc Ninh (24) merged Bắc Giang (midlands) and Bắc Ninh (Red River Delta): no single region.
    expect(ladder.generalise({ residence: place('24') }, 2).residence).toEqual({
      level: 'national',
      code: 'VN',
    });
    // New Hà Nội (01) is unchanged and stays in the Red River Delta.
    expect(ladder.generalise({ residence: place('01') }, 2).residence).toEqual({
      level: 'region',
      code: 'RED_RIVER_DELTA',
    });
  });
});
