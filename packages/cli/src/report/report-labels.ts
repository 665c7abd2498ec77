import type { BilingualText } from '@vntip/core';
import type { TargetStatus } from '@vntip/indicators';
import { getCodelistEntry } from '@vntip/schema';
import { monthLabel } from './format-date-time';

/** The languages a report is written in; both are always in the page, one is shown. */
export type ReportLocale = 'vi' | 'en';

/** Who a report is for: `statistical` (the default: small counts withheld, no record ids) or `internal`. */
export type ReportProfile = 'statistical' | 'internal';

/** The marking of every page of an internal report, in both languages at once. */
export const INTERNAL_MARKING = 'NỘI BỘ / INTERNAL';

/** Fixed text of the report page. */
export const LABELS = {
  defaultTitle: {
    vi: 'Báo cáo chỉ số phòng, chống mua bán người',
    en: 'Anti-trafficking indicator report',
  },
  period: { vi: 'Kỳ báo cáo', en: 'Reporting period' },
  scope: { vi: 'Địa bàn', en: 'Area' },
  generatedAt: { vi: 'Thời điểm lập báo cáo', en: 'Generated' },
  standardVersion: { vi: 'Phiên bản chuẩn VN-TIP', en: 'VN-TIP standard version' },
  language: { vi: 'Ngôn ngữ', en: 'Language' },
  contents: { vi: 'Mục lục', en: 'Contents' },
  progress: { vi: 'Tiến độ so với chỉ tiêu', en: 'Progress against targets' },
  progressEmpty: {
    vi: 'Không có chỉ số nào có chỉ tiêu áp dụng cho kỳ và địa bàn này.',
    en: 'No indicator has a target that applies to this period and area.',
  },
  trends: { vi: 'Xu hướng theo năm', en: 'Trends by year' },
  comparisons: { vi: 'So sánh giữa các năm và địa bàn', en: 'Comparisons across years and areas' },
  comparisonYears: { vi: 'Thay đổi so với năm trước', en: 'Change on the year before' },
  comparisonAreas: { vi: 'So sánh giữa các địa bàn', en: 'Areas compared' },
  comparedWith: { vi: 'So với', en: 'Compared with' },
  comparison: { vi: 'Chênh lệch', en: 'Difference' },
  otherAreasMean: { vi: 'Trung bình các tỉnh khác', en: 'Mean of the other provinces' },
  breakdowns: {
    vi: 'Nạn nhân theo giới tính, độ tuổi và hình thức bóc lột',
    en: 'Victims by sex, age and form of exploitation',
  },
  prevention: { vi: 'Kết quả công tác phòng ngừa', en: 'Prevention outputs' },
  otherIndicators: { vi: 'Các chỉ số khác', en: 'Other indicators' },
  quality: { vi: 'Ghi chú về chất lượng dữ liệu', en: 'Data-quality notes' },
  qualityEmpty: { vi: 'Không có ghi chú.', en: 'No notes.' },
  noData: { vi: 'không có số liệu', en: 'no data' },
  withheld: { vi: 'ẩn để bảo vệ nạn nhân', en: 'withheld to protect victims' },
  internalNotice: {
    vi: 'Báo cáo nội bộ: giữ nguyên mọi số liệu, kể cả số nhỏ. Chỉ dùng trong cơ quan; không gửi ra ngoài.',
    en: 'Internal report: every figure as computed, small counts included. For the agency only; never send it out.',
  },
  noRows: {
    vi: 'Không có số liệu cho chỉ số này trong kỳ và địa bàn.',
    en: 'No figures for this indicator in this period and area.',
  },
  total: { vi: 'Tổng', en: 'Total' },
  value: { vi: 'Kết quả', en: 'Result' },
  target: { vi: 'Chỉ tiêu', en: 'Target' },
  source: { vi: 'Văn bản nêu chỉ tiêu', en: 'Source instrument' },
  clause: { vi: 'Điều, khoản', en: 'Clause' },
  clauseUnknown: {
    vi: 'chưa xác định điều, khoản trong văn bản gốc',
    en: 'clause in the primary text not established',
  },
  unconfirmed: {
    vi: 'CHƯA XÁC NHẬN với văn bản gốc',
    en: 'UNCONFIRMED against the primary text',
  },
  notQuantifiedTarget: {
    vi: 'Văn bản không nêu con số cho chỉ tiêu này.',
    en: 'The instrument gives no number for this target.',
  },
  numeratorDenominator: { vi: 'Tử số / mẫu số', en: 'Numerator / denominator' },
  indicator: { vi: 'Chỉ số', en: 'Indicator' },
  breakdown: { vi: 'Phân tổ', en: 'Breakdown' },
  count: { vi: 'Số bản ghi', en: 'Records' },
  bySex: { vi: 'Theo giới tính', en: 'By sex' },
  byAge: { vi: 'Theo độ tuổi (dưới 18 / từ 18)', en: 'By age (under 18 / adult)' },
  byAgeBand: { vi: 'Theo nhóm tuổi CTDC', en: 'By CTDC age bin' },
  byForm: { vi: 'Theo hình thức bóc lột', en: 'By form of exploitation' },
  national: { vi: 'Toàn quốc', en: 'Whole country' },
  keyFigures: { vi: 'Số liệu chính', en: 'Key figures' },
  keyFiguresEmpty: {
    vi: 'Dữ liệu của kỳ và địa bàn này không có số liệu chính nào: không có hoạt động phòng ngừa, sản phẩm tuyên truyền, lớp tập huấn hay nạn nhân nào được ghi nhận.',
    en: 'The data for this period and area holds no key figures: no prevention activity, communication material, training or victim is recorded.',
  },
  keyActivities: { vi: 'Hoạt động và người tham dự', en: 'Activities and participants' },
  keyMaterials: { vi: 'Sản phẩm tuyên truyền', en: 'Communication materials' },
  keyMedia: { vi: 'Tin, bài trên phương tiện truyền thông', en: 'Media items' },
  keyTrained: { vi: 'Người được tập huấn', en: 'People trained' },
  keyVictims: { vi: 'Nạn nhân', en: 'Victims' },
  activitiesWord: { vi: 'hoạt động', en: 'activities' },
  participantsWord: { vi: 'người tham dự', en: 'participants' },
  handedOver: {
    vi: 'Số người được bàn giao về gia đình',
    en: 'Persons handed over to their families',
  },
  noRecordsInPeriod: { vi: 'không có bản ghi trong kỳ', en: 'no records in the period' },
  reason: { vi: 'Lý do', en: 'Why' },
  privacy: { vi: 'Số liệu được ẩn để bảo vệ nạn nhân', en: 'Figures withheld to protect victims' },
  privacyNone: {
    vi: 'Không có ô số liệu nào bị ẩn trong báo cáo này.',
    en: 'No figure is withheld in this report.',
  },
  statisticalNotice: {
    vi: 'Báo cáo thống kê: có tổng số và các phân tổ đã được bảo vệ; số nhỏ bị ẩn để không ai nhận ra được nạn nhân.',
    en: 'Statistical report: totals and protected breakdowns; small counts are withheld so that no victim can be recognised.',
  },
  profileLabel: { vi: 'Hồ sơ bảo mật', en: 'Privacy profile' },
  profileStatistical: { vi: 'thống kê (đã bảo vệ)', en: 'statistical (protected)' },
  profileInternal: { vi: 'nội bộ (mọi số liệu)', en: 'internal (every figure)' },
  commune: { vi: 'Xã', en: 'Commune' },
  page: { vi: 'Trang', en: 'Page' },
} as const satisfies Record<string, BilingualText>;

/** Status badge text and a symbol, so a status never depends on colour alone. */
export const STATUS_LABELS: Readonly<Record<TargetStatus, BilingualText & { symbol: string }>> = {
  met: { vi: 'Đạt', en: 'Met', symbol: '✓' },
  not_met: { vi: 'Không đạt', en: 'Not met', symbol: '✗' },
  on_track: { vi: 'Chưa đạt, còn trong kỳ', en: 'Not yet met, period open', symbol: '…' },
  no_data: { vi: 'Không có số liệu', en: 'No data', symbol: '?' },
  not_quantified: { vi: 'Chưa lượng hóa', en: 'Not quantified', symbol: '–' },
};

/** Names of breakdown dimensions, for sentences that name a cell (`Giới tính: Không rõ`). */
const DIMENSION_LABELS: Readonly<Record<string, BilingualText>> = {
  sex: { vi: 'Giới tính', en: 'Sex' },
  age: { vi: 'Độ tuổi', en: 'Age' },
  ageBand: { vi: 'Nhóm tuổi', en: 'Age bin' },
  form: { vi: 'Hình thức bóc lột', en: 'Form of exploitation' },
  purpose: { vi: 'Mục đích', en: 'Purpose' },
  domestic: { vi: 'Trong nước hay xuyên quốc gia', en: 'Domestic or transnational' },
  province: { vi: 'Tỉnh', en: 'Province' },
  event: { vi: 'Bước', en: 'Step' },
  status: { vi: 'Tình trạng', en: 'Status' },
  supportType: { vi: 'Loại hỗ trợ', en: 'Support type' },
  activityType: { vi: 'Loại hoạt động', en: 'Activity type' },
  unit: { vi: 'Đơn vị tính', en: 'Unit' },
  targetGroup: { vi: 'Nhóm mục tiêu', en: 'Target group' },
  mediaOutletId: { vi: 'Cơ quan báo chí, đài', en: 'Media outlet' },
  month: { vi: 'Tháng', en: 'Month' },
};

/** The name of a breakdown dimension, or the key itself. */
export function dimensionLabel(key: string): BilingualText {
  return DIMENSION_LABELS[key] ?? { vi: key, en: key };
}

/** Labels of breakdown codes that no codelist holds. */
const OWN_CODES: Readonly<Record<string, Readonly<Record<string, BilingualText>>>> = {
  age: {
    UNDER_18: { vi: 'Dưới 18 tuổi', en: 'Under 18' },
    ADULT: { vi: 'Từ 18 tuổi', en: 'Adult (18+)' },
  },
  form: {
    SEXUAL_EXPLOITATION: { vi: 'Bóc lột tình dục', en: 'Sexual exploitation' },
    FORCED_LABOUR: { vi: 'Cưỡng bức lao động', en: 'Forced labour' },
    ORGAN_REMOVAL: { vi: 'Lấy bộ phận cơ thể', en: 'Organ removal' },
    OTHER: { vi: 'Mục đích khác', en: 'Other purposes' },
  },
  domestic: {
    DOMESTIC: { vi: 'Trong nước', en: 'Domestic' },
    TRANSNATIONAL: { vi: 'Xuyên quốc gia', en: 'Transnational' },
  },
};

/** Breakdown key → the codelist its codes come from. */
const CODELISTS_OF_KEY: Readonly<Record<string, readonly string[]>> = {
  sex: ['sex'],
  ageBand: ['ageBand'],
  purpose: ['purpose'],
  activityType: ['activityType'],
  unit: ['outputUnit'],
  targetGroup: ['targetGroup'],
  event: ['processEventType'],
  status: ['supportStatus'],
  supportType: ['supportType2024', 'supportType2011'],
  comparator: ['comparator'],
};

const COMMON_CODES: Readonly<Record<string, BilingualText>> = {
  ALL: { vi: 'Tổng', en: 'Total' },
  UNKNOWN: { vi: 'Không rõ', en: 'Unknown' },
};

function fromCodelist(list: string, code: string): BilingualText | undefined {
  const entry = getCodelistEntry(list, code);
  return entry ? { vi: entry.labelVi, en: entry.labelEn } : undefined;
}

/** Names of records (media outlets, facilities, …) by id, as the input data gives them. */
export type RecordNames = Readonly<Record<string, string>>;

/** Breakdown keys whose values are ids of records that carry a name. */
export const RECORD_ID_KEYS: ReadonlySet<string> = new Set([
  'mediaOutletId',
  'outlet',
  'facilityId',
  'facility',
  'agencyId',
  'agency',
]);

/**
 * The label of one breakdown value, e.g. `sex = FEMALE` → Nữ / Female; a record id (media outlet, facility) by the
 * name the data gives it; a month `2024-01` as Tháng 01/2024 / January 2024; the code itself when nothing names it.
 */
export function codeLabel(
  key: string,
  code: string,
  codeListVersion?: string,
  names: RecordNames = {},
): BilingualText {
  const own = OWN_CODES[key]?.[code] ?? COMMON_CODES[code];
  if (own) return own;
  if (RECORD_ID_KEYS.has(key)) {
    const name = Object.hasOwn(names, code) ? names[code] : undefined;
    return name ? { vi: name, en: name } : { vi: code, en: code };
  }
  if (key === 'month') return monthLabel(code);
  if (key === 'province' || key === 'from' || key === 'to') {
    const list = codeListVersion === '19/2025' ? 'province2025' : 'province2004';
    return fromCodelist(list, code) ?? { vi: code, en: code };
  }
  for (const list of CODELISTS_OF_KEY[key] ?? []) {
    const label = fromCodelist(list, code);
    if (label) return label;
  }
  return { vi: code, en: code };
}
