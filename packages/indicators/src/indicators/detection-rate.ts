import { defineCrimeStatisticRate } from '../internal/crime-statistic-rate';

/** Trafficking detection rate: casesDetected / casesInitiated. */
export const detectionRate = defineCrimeStatisticRate({
  id: 'detection-rate',
  numerator: 'casesDetected',
  denominator: 'casesInitiated',
  title: { vi: 'Tỷ lệ điều tra, khám phá', en: 'Detection rate' },
  description: {
    vi: 'Tử số: tổng số vụ phát hiện, điều tra (casesDetected). Mẫu số: tổng số vụ khởi tố (casesInitiated). Tỷ lệ đơn vị; chỉ tiêu tính theo phần trăm.',
    en: 'Numerator: the sum of cases detected and investigated (casesDetected). Denominator: the sum of cases initiated (casesInitiated). A unit ratio; targets are in percent.',
  },
});
