import { defineCrimeStatisticRate } from '../internal/crime-statistic-rate';

/** Trafficking prosecution rate: casesProsecuted / casesInitiated. */
export const prosecutionRate = defineCrimeStatisticRate({
  id: 'prosecution-rate',
  numerator: 'casesProsecuted',
  denominator: 'casesInitiated',
  title: { vi: 'Tỷ lệ truy tố', en: 'Prosecution rate' },
  description: {
    vi: 'Tử số: tổng số vụ Viện kiểm sát đã truy tố (casesProsecuted). Mẫu số: tổng số vụ khởi tố (casesInitiated). Tỷ lệ đơn vị; chỉ tiêu tính theo phần trăm.',
    en: 'Numerator: the sum of cases the procuracy indicted (casesProsecuted). Denominator: the sum of cases initiated (casesInitiated). A unit ratio; targets are in percent.',
  },
});
