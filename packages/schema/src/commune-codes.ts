import { COMMUNE_CODES_19_2025 } from './generated/communes';

/** The admin-unit lists whose communes the standard holds. */
const HELD: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  '19/2025': COMMUNE_CODES_19_2025,
};

const split = new Map<string, readonly string[]>();

/**
 * The commune codes (xã, phường, đặc khu) of a province, or of the whole country without `provinceCode`, in an
 * admin-unit list the standard holds: 19/2025 (3,321 communes, Statistics Office letter 1027/CTK-CSCL). Undefined for
 * a list it does not hold, such as 124/2004, whose communes kept changing until 30 June 2025, and for an unknown
 * province.
 */
export function communeCodes(
  codeListVersion: string,
  provinceCode?: string,
): readonly string[] | undefined {
  const list = HELD[codeListVersion];
  if (!list) return undefined;
  const key = `${codeListVersion}\u0000${provinceCode ?? ''}`;
  let codes = split.get(key);
  if (!codes) {
    const provinces = provinceCode === undefined ? Object.keys(list) : [provinceCode];
    if (provinces.some((code) => list[code] === undefined)) return undefined;
    codes = provinces.flatMap((code) => (list[code] ?? '').split(' '));
    split.set(key, codes);
  }
  return codes;
}
