/** A province-level unit: its code and the code list (`124/2004` or `19/2025`) the code belongs to. */
export interface ProvinceRef {
  readonly code: string;
  readonly codeListVersion: string;
}

/**
 * The province an administrative-unit reference lies in: the unit itself at province level, else its `provinceCode`
 * (districts, communes), in the reference's code list. Undefined for the national level and for anything that is not
 * a readable reference.
 */
export function provinceOfAdminUnit(ref: unknown): ProvinceRef | undefined {
  if (typeof ref !== 'object' || ref === null) return undefined;
  const unit = ref as Record<string, unknown>;
  const code = unit.level === 'province' ? unit.code : unit.provinceCode;
  if (typeof code !== 'string' || typeof unit.codeListVersion !== 'string') return undefined;
  return { code, codeListVersion: unit.codeListVersion };
}
