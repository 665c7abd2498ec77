import { defineCrimeStatisticRate } from '../internal/crime-statistic-rate';

/**
 * Resolved-and-tried rate of Decision 193/QĐ-TTg (second specific objective: "90% số vụ án mua bán người hằng năm được
 * giải quyết, xét xử"): of the cases the court accepted for first-instance trial in the year (carried over included),
 * the share it tried: casesTried / courtCasesAccepted.
 */
export const trialRate = defineCrimeStatisticRate({
  id: 'trial-rate',
  version: '2',
  numerator: 'casesTried',
  denominator: 'courtCasesAccepted',
  title: { vi: 'Tỷ lệ vụ án được giải quyết, xét xử', en: 'Share of cases tried by the court' },
  description: {
    vi: 'Theo Quyết định 193/QĐ-TTg, mục tiêu cụ thể thứ hai: “90% số vụ án mua bán người hằng năm được giải quyết, xét xử”, tính trong một khâu: trong số vụ Tòa án đã thụ lý sơ thẩm, bao nhiêu vụ đã được xét xử. Tử số: tổng số vụ đã xét xử sơ thẩm (casesTried). Mẫu số: tổng số vụ Tòa án thụ lý sơ thẩm trong kỳ, gồm cả vụ từ kỳ trước chuyển sang (courtCasesAccepted). Không phải tỷ lệ giữa hai khâu (số vụ xét xử so với số vụ truy tố). Tỷ lệ đơn vị; chỉ tiêu hằng năm, tính theo phần trăm.',
    en: 'Decision 193/QĐ-TTg, second specific objective: “90% of trafficking cases each year resolved and tried”, measured within one stage: of the cases the court accepted for first-instance trial, the share it tried. Numerator: the sum of cases tried at first instance (casesTried). Denominator: the sum of cases the court accepted in the period, including those carried over from the previous period (courtCasesAccepted). Not a ratio between stages (cases tried over cases indicted). A unit ratio; the target is annual, in percent.',
  },
});
