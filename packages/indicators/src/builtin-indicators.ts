import { activitiesByType } from './indicators/activities-by-type';

/** The built-in indicators, keyed by id. */
export const BUILTIN_INDICATORS = {
  'activities-by-type': activitiesByType,
} as const;

/** Id of a built-in indicator. */
export type BuiltinIndicatorId = keyof typeof BUILTIN_INDICATORS;

/** Every built-in indicator, ready for `computeIndicators`. */
export const builtinIndicators = Object.values(BUILTIN_INDICATORS);
