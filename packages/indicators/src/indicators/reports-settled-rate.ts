import { defineCrimeStatisticRate } from '../internal/crime-statistic-rate';

/** Share of trafficking crime reports received that were settled: reportsSettled / reportsReceived. */
export const reportsSettledRate = defineCrimeStatisticRate({
  id: 'reports-settled-rate',
  numerator: 'reportsSettled',
  denominator: 'reportsReceived',
  title: { vi: 'Tỷ lệ giải quyết tin báo về tội phạm', en: 'Crime report settlement rate' },
  description: {
    vi: 'Tử số: tổng số tố giác, tin báo, kiến nghị khởi tố đã giải quyết (reportsSettled). Mẫu số: tổng số đã tiếp nhận (reportsReceived). Tỷ lệ đơn vị; chỉ tiêu tính theo phần trăm.',
    en: 'Numerator: the sum of denunciations, crime reports and prosecution recommendations settled (reportsSettled). Denominator: the sum received (reportsReceived). A unit ratio; targets are in percent.',
  },
});
