import { defineCrimeStatisticRate } from '../internal/crime-statistic-rate';

/** Share of trafficking crime reports received that were settled: reportsSettled / reportsReceived. */
export const reportsSettledRate = defineCrimeStatisticRate({
  id: 'reports-settled-rate',
  version: '2',
  numerator: 'reportsSettled',
  denominator: 'reportsReceived',
  title: { vi: 'Tỷ lệ giải quyết tin báo về tội phạm', en: 'Crime report settlement rate' },
  description: {
    vi: 'Theo Quyết định 193/QĐ-TTg, mục tiêu cụ thể thứ hai: tố giác, tin báo, kiến nghị khởi tố về mua bán người có “tỷ lệ giải quyết đạt trên 90%”. Tử số: tổng số tố giác, tin báo, kiến nghị khởi tố đã giải quyết (reportsSettled). Mẫu số: tổng số đã tiếp nhận (reportsReceived). Tỷ lệ đơn vị; chỉ tiêu tính theo phần trăm.',
    en: 'Decision 193/QĐ-TTg, second specific objective: a “settlement rate above 90%” of trafficking-related denunciations, crime reports and prosecution recommendations. Numerator: the sum of denunciations, crime reports and prosecution recommendations settled (reportsSettled). Denominator: the sum received (reportsReceived). A unit ratio; targets are in percent.',
  },
});
