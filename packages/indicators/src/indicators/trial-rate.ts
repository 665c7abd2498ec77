import { defineCrimeStatisticRate } from '../internal/crime-statistic-rate';

/** Trafficking trial rate: casesTried / casesProsecuted. */
export const trialRate = defineCrimeStatisticRate({
  id: 'trial-rate',
  numerator: 'casesTried',
  denominator: 'casesProsecuted',
  title: { vi: 'Tỷ lệ xét xử', en: 'Trial rate' },
  description: {
    vi: 'Tử số: tổng số vụ Tòa án đã xét xử sơ thẩm (casesTried). Mẫu số: tổng số vụ đã truy tố (casesProsecuted). Tỷ lệ đơn vị; chỉ tiêu tính theo phần trăm.',
    en: 'Numerator: the sum of cases tried at first instance (casesTried). Denominator: the sum of cases prosecuted (casesProsecuted). A unit ratio; targets are in percent.',
  },
});
