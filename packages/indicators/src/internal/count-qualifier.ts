import type { DataQualityNote, ValueQualifier } from '@vntip/core';

/**
 * The qualifier a counted figure gives the value it is added to, from its `quantityQualifier` code: `MORE_THAN` and
 * `AT_LEAST` make a lower bound, `APPROXIMATE` an approximation; `EXACT` or no code, none.
 */
export function qualifierOf(code: unknown): ValueQualifier | undefined {
  if (code === 'AT_LEAST' || code === 'MORE_THAN') return 'AT_LEAST';
  if (code === 'APPROXIMATE') return 'APPROXIMATE';
  return undefined;
}

/**
 * The qualifier of a sum of two figures: an approximation makes the sum approximate (a lower bound plus an approximate
 * figure is no longer a bound); otherwise a lower bound makes it a lower bound; exact figures give an exact sum.
 */
export function combineQualifiers(
  a: ValueQualifier | undefined,
  b: ValueQualifier | undefined,
): ValueQualifier | undefined {
  if (a === 'APPROXIMATE' || b === 'APPROXIMATE') return 'APPROXIMATE';
  return a ?? b;
}

/**
 * The note a qualified value carries, so that formats without a place for the qualifier (SDMX's COMMENT_OBS) still say
 * the value is not an exact count.
 */
export function qualifierNote(qualifier: ValueQualifier): DataQualityNote {
  return qualifier === 'AT_LEAST'
    ? {
        code: 'value_at_least',
        message: {
          vi: 'Giá trị là mức tối thiểu (≥), không phải số đếm chính xác: ít nhất một số được cộng chỉ là ngưỡng dưới (“trên…”, “ít nhất…”).',
          en: 'The value is a lower bound (≥), not an exact count: at least one figure added was only a minimum (“more than…”, “at least…”).',
        },
      }
    : {
        code: 'value_approximate',
        message: {
          vi: 'Giá trị là số gần đúng (≈), không phải số đếm chính xác: ít nhất một số được cộng là số ước lượng (“khoảng…”, “gần…”).',
          en: 'The value is approximate (≈), not an exact count: at least one figure added was an estimate (“about…”, “nearly…”).',
        },
      };
}
