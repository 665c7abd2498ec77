import { defineCrimeStatisticRate } from '../internal/crime-statistic-rate';

/**
 * Detection rate of Decision 193/QĐ-TTg (second specific objective: "tỷ lệ điều tra, khám phá các vụ án mua bán người
 * đạt trên 90% tổng số án khởi tố"): casesSolved / casesInitiated, a subset over its whole, so never above 1.
 */
export const detectionRate = defineCrimeStatisticRate({
  id: 'detection-rate',
  version: '2',
  numerator: 'casesSolved',
  denominator: 'casesInitiated',
  title: { vi: 'Tỷ lệ điều tra, khám phá', en: 'Detection rate' },
  description: {
    vi: 'Theo Quyết định 193/QĐ-TTg, mục tiêu cụ thể thứ hai: “tỷ lệ điều tra, khám phá các vụ án mua bán người đạt trên 90% tổng số án khởi tố”, chỉ tiêu hằng năm. Tử số: tổng số vụ đã điều tra, khám phá trong số vụ khởi tố (casesSolved). Mẫu số: tổng số vụ án khởi tố (casesInitiated). Số vụ phát hiện, điều tra (casesDetected, gồm cả vụ từ kỳ trước) không phải tử số. Tỷ lệ đơn vị, không vượt 1; chỉ tiêu tính theo phần trăm.',
    en: 'Decision 193/QĐ-TTg, second specific objective: “the rate of investigating and solving trafficking cases above 90% of all cases initiated”, an annual target. Numerator: the sum of cases solved among those initiated (casesSolved). Denominator: the sum of cases initiated (casesInitiated). Cases detected and investigated (casesDetected, which include earlier cases) are not the numerator. A unit ratio, never above 1; targets are in percent.',
  },
});
