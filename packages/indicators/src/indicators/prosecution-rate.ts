import { defineCrimeStatisticRate } from '../internal/crime-statistic-rate';

/**
 * Resolved-and-indicted rate of Decision 193/QĐ-TTg (second specific objective: "95% số vụ án mua bán người hằng năm
 * được giải quyết và truy tố"): of the cases the procuracy accepted in the year (carried over included), the share it
 * resolved: procuracyCasesResolved / procuracyCasesAccepted.
 */
export const prosecutionRate = defineCrimeStatisticRate({
  id: 'prosecution-rate',
  version: '2',
  numerator: 'procuracyCasesResolved',
  denominator: 'procuracyCasesAccepted',
  title: {
    vi: 'Tỷ lệ vụ án được giải quyết và truy tố',
    en: 'Share of cases resolved by the procuracy',
  },
  description: {
    vi: 'Theo Quyết định 193/QĐ-TTg, mục tiêu cụ thể thứ hai: “95% số vụ án mua bán người hằng năm được giải quyết và truy tố”, tính trong một khâu: trong số vụ Viện kiểm sát đã thụ lý, bao nhiêu vụ đã được giải quyết. Tử số: tổng số vụ Viện kiểm sát đã giải quyết (procuracyCasesResolved). Mẫu số: tổng số vụ Viện kiểm sát thụ lý trong kỳ, gồm cả vụ từ kỳ trước chuyển sang (procuracyCasesAccepted). Không phải tỷ lệ giữa hai khâu (số vụ truy tố so với số vụ khởi tố), vốn có thể vượt 100% vì vụ tồn từ kỳ trước. Tỷ lệ đơn vị; chỉ tiêu hằng năm, tính theo phần trăm.',
    en: 'Decision 193/QĐ-TTg, second specific objective: “95% of trafficking cases each year resolved and indicted”, measured within one stage: of the cases the procuracy accepted, the share it resolved. Numerator: the sum of cases the procuracy resolved (procuracyCasesResolved). Denominator: the sum of cases the procuracy accepted in the period, including those carried over from the previous period (procuracyCasesAccepted). Not a ratio between stages (cases indicted over cases initiated), which can exceed 100% because of the backlog. A unit ratio; the target is annual, in percent.',
  },
});
