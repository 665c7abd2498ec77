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

/** Whether a `quantityQualifier` code makes its figure a strict lower bound (“more than …”). */
export function isMoreThan(code: unknown): boolean {
  return code === 'MORE_THAN';
}

/** The note of a lower bound of which at least one figure added was “more than …”: the true value is larger. */
export const MORE_THAN_NOTE: DataQualityNote = {
  code: 'value_more_than',
  message: {
    vi: 'Giá trị là mức tối thiểu và số thật lớn hơn: ít nhất một số được cộng được ghi là “trên …”.',
    en: 'The value is a lower bound and the true figure is larger: at least one figure added was given as “more than …”.',
  },
};

/**
 * The note a qualified value carries, so that formats without a place for the qualifier (SDMX's COMMENT_OBS) still say
 * the value is not an exact count; a lower bound with a “more than …” figure in it carries `value_more_than`, so that
 * a report can write “hơn 200” / “more than 200” as the source did.
 */
export function qualifierNote(qualifier: ValueQualifier, moreThan = false): DataQualityNote {
  if (qualifier === 'AT_LEAST' && moreThan) return MORE_THAN_NOTE;
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
