export type { ConformanceCase, ConformanceOptions } from './conformance';
export { exporterConformance, firstDifference } from './conformance';
export { SAMPLE_RECORDS } from './sample-records';
