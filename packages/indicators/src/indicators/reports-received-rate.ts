import { defineCrimeStatisticRate } from '../internal/crime-statistic-rate';

/** Share of trafficking crime reports received that were classified: reportsClassified / reportsReceived. */
export const reportsReceivedRate = defineCrimeStatisticRate({
  id: 'reports-received-rate',
  version: '2',
  numerator: 'reportsClassified',
  denominator: 'reportsReceived',
  title: {
    vi: 'Tỷ lệ tin báo về tội phạm được tiếp nhận, phân loại',
    en: 'Share of crime reports received and classified',
  },
  description: {
    vi: 'Theo Quyết định 193/QĐ-TTg, mục tiêu cụ thể thứ hai: “bảo đảm 100% tố giác, tin báo về tội phạm, kiến nghị khởi tố liên quan đến mua bán người được tiếp nhận, phân loại”. Tử số: tổng số tố giác, tin báo, kiến nghị khởi tố đã tiếp nhận và phân loại (reportsClassified). Mẫu số: tổng số đã tiếp nhận (reportsReceived). Tỷ lệ đơn vị; chỉ tiêu tính theo phần trăm.',
    en: 'Decision 193/QĐ-TTg, second specific objective: “100% of trafficking-related denunciations, crime reports and prosecution recommendations received and classified”. Numerator: the sum of denunciations, crime reports and prosecution recommendations received and classified (reportsClassified). Denominator: the sum received (reportsReceived). A unit ratio; targets are in percent.',
  },
});
