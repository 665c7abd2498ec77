export type { TargetStatus } from './apply-target';
export { applyTarget, findTarget } from './apply-target';
export type { BuiltinIndicatorId } from './builtin-indicators';
export { BUILTIN_INDICATORS, builtinIndicators } from './builtin-indicators';
export type { ComputeOptions, ConfiguredIndicator, IndicatorResult } from './compute-indicators';
export { computeIndicators } from './compute-indicators';
export { activitiesByType } from './indicators/activities-by-type';
