import { defineCrimeStatisticRate } from '../internal/crime-statistic-rate';

/** Share of trafficking crime reports received that were classified: reportsClassified / reportsReceived. */
export const reportsReceivedRate = defineCrimeStatisticRate({
  id: 'reports-received-rate',
  numerator: 'reportsClassified',
  denominator: 'reportsReceived',
  title: {
    vi: 'Tỷ lệ tin báo về tội phạm được tiếp nhận, phân loại',
    en: 'Share of crime reports received and classified',
  },
  description: {
    vi: 'Tử số: tổng số tố giác, tin báo, kiến nghị khởi tố đã tiếp nhận và phân loại (reportsClassified). Mẫu số: tổng số đã tiếp nhận (reportsReceived). Tỷ lệ đơn vị; chỉ tiêu tính theo phần trăm.',
    en: 'Numerator: the sum of denunciations, crime reports and prosecution recommendations received and classified (reportsClassified). Denominator: the sum received (reportsReceived). A unit ratio; targets are in percent.',
  },
});
