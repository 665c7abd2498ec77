import type { ResultScope } from '@vntip/core';
import { CODELISTS } from '@vntip/schema';

/** Every province of a code list as a result scope, in code order: 63 for `124/2004`, 34 for `19/2025`. */
export function provinceScopes(codeListVersion: '124/2004' | '19/2025'): ResultScope[] {
  const codelist = codeListVersion === '19/2025' ? CODELISTS.province2025 : CODELISTS.province2004;
  return (codelist?.rows ?? [])
    .filter((row) => row.deprecated === '')
    .map((row) => ({ level: 'province', code: row.code, codeListVersion }));
}
