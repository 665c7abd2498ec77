import { ISO_3166_2_PROVINCES } from './generated/iso-3166-2';
import type { ProvinceRef } from './province-of-admin-unit';

/**
 * The ISO 3166-2 code of a province-level unit (`VN-54` for Bắc Giang in the 124/2004 list), from the `iso-3166`
 * library at generation time. Every unit of the 124/2004 list has one. ISO 3166-2 has not coded the provinces formed
 * by the 2025 reform, so a unit of the 19/2025 list has one only when it is the same unit as before (same territory:
 * the crosswalk's `same` or `renamed`, as Huế); undefined otherwise, and for codes or lists it does not know.
 * @example
 * iso31662OfProvince({ code: '24', codeListVersion: '124/2004' }); // 'VN-54'
 */
export function iso31662OfProvince(province: ProvinceRef): string | undefined {
  const list = Object.hasOwn(ISO_3166_2_PROVINCES, province.codeListVersion)
    ? ISO_3166_2_PROVINCES[province.codeListVersion]
    : undefined;
  return list && Object.hasOwn(list, province.code) ? list[province.code] : undefined;
}
