export type { ConformanceCase, ConformanceOptions } from './conformance';
export { exporterConformance, firstDifference } from './conformance';
export type { IndicatorConformanceOptions } from './indicator-conformance';
export { indicatorConformance } from './indicator-conformance';
export { SAMPLE_RECORDS } from './sample-records';
