// The SDMX structures VN-TIP publishes: one concept scheme, the codelists (built from schemas/codelists/ where the
// standard has the list), and one data structure definition and dataflow per subject. generate-sdmx.ts writes them as
// SDMX-ML 2.1 structure messages and as the table the SDMX-CSV exporter keys its rows with.
import type { Codelist, Standard } from './load-standard.ts';

/** Text in Vietnamese and English. */
export interface Names {
  readonly vi: string;
  readonly en: string;
}

/** One code of an SDMX codelist. */
export interface SdmxCode {
  readonly id: string;
  readonly name: Names;
  /** The code this one is part of (a province's country). */
  readonly parent?: string;
}

/** An SDMX codelist and where its codes come from. */
export interface SdmxCodelist {
  readonly id: string;
  readonly name: Names;
  /** The codelist files of schemas/codelists/ it is built from; none when its codes are SDMX's or SDG's own. */
  readonly sources: readonly string[];
  readonly codes: readonly SdmxCode[];
}

/**
 * How the exporter finds a dimension's code in an indicator row: a disaggregation key, with our code mapped to the SDMX
 * one where they differ (`ALL` is always `_T`, `UNKNOWN` always `_U`); `area` keys take the row's `codeListVersion`.
 */
export interface DimensionSource {
  readonly key: string;
  readonly map?: Readonly<Record<string, string>>;
  readonly area?: boolean;
}

/** A dimension or attribute of a data structure definition. */
export interface SdmxComponent {
  readonly id: string;
  /** The codelist of its values; absent for an uncoded component, which has `textType` instead. */
  readonly codelist?: string;
  readonly textType?: 'String' | 'Double' | 'ObservationalTimePeriod';
  readonly source?: DimensionSource;
  readonly mandatory?: boolean;
}

/** A dataflow with its data structure definition, which have the same components. */
export interface SdmxDataflow {
  readonly id: string;
  readonly dsd: string;
  readonly name: Names;
  readonly description: Names;
  /** `sdg`: laid out as the SDG global dataflow, rows built by the exporter's SDG mapping; `vntip`: one row per result. */
  readonly kind: 'sdg' | 'vntip';
  /** The indicators whose rows it carries. */
  readonly indicators: readonly string[];
  /** Dimensions in key order; the last is TIME_PERIOD. */
  readonly dimensions: readonly SdmxComponent[];
  readonly attributes: readonly SdmxComponent[];
}

/** Everything published. */
export interface SdmxLayout {
  readonly agency: string;
  readonly version: string;
  readonly conceptScheme: { readonly id: string; readonly name: Names };
  readonly concepts: readonly { readonly id: string; readonly name: Names }[];
  readonly codelists: readonly SdmxCodelist[];
  readonly dataflows: readonly SdmxDataflow[];
}

export const SDMX_AGENCY = 'VNTIP';
export const SDMX_VERSION = '1.0';
/** The UN M49 code of Viet Nam, REF_AREA of national figures in the SDG global codelist. */
export const M49_VIET_NAM = '704';

const TOTAL: SdmxCode = { id: '_T', name: { vi: 'Tổng', en: 'Total' } };
const UNKNOWN: SdmxCode = { id: '_U', name: { vi: 'Không xác định', en: 'Unknown' } };

/** The indicators of each VN-TIP subject dataflow (the SDG dataflow reads victims-identified and sdg-16-2-2). */
const INDICATORS = {
  victims: [
    'victims-identified',
    'victims-rescued-handed-over',
    'victims-received',
    'victims-supported',
  ],
  support: [
    'support-by-status',
    'victim-support-access-rate',
    'median-days-to-first-support',
    'support-recipients',
    'support-facilities',
  ],
  transfers: ['inter-province-transfers'],
  justice: [
    'reports-received-rate',
    'reports-settled-rate',
    'detection-rate',
    'prosecution-rate',
    'trial-rate',
  ],
  prevention: [
    'activities-by-type',
    'items-distributed-by-unit',
    'participants-by-sex',
    'participants-by-target-group',
    'people-trained',
    'media-items-per-outlet-month',
    'officials-trained-rate',
    'communes-reached-rate',
    'monthly-media-compliance',
  ],
} as const;

/** Indicator titles, as each indicator's `meta.title` gives them (a test in the exporters package compares). */
const INDICATOR_NAMES: Readonly<Record<string, Names>> = {
  'victims-identified': {
    vi: 'Số người được xác định là nạn nhân',
    en: 'Persons identified as victims',
  },
  'victims-rescued-handed-over': {
    vi: 'Số người được giải cứu và được bàn giao về gia đình',
    en: 'Persons rescued and handed over to their family',
  },
  'victims-received': { vi: 'Số người được tiếp nhận', en: 'Persons received' },
  'victims-supported': { vi: 'Số người được hỗ trợ', en: 'Persons supported' },
  'support-by-status': { vi: 'Số người theo tình trạng hỗ trợ', en: 'Persons by support status' },
  'victim-support-access-rate': {
    vi: 'Tỷ lệ nạn nhân được tiếp cận dịch vụ hỗ trợ',
    en: 'Share of victims accessing support services',
  },
  'median-days-to-first-support': {
    vi: 'Số ngày trung vị từ tiếp nhận đến hỗ trợ đầu tiên',
    en: 'Median days from receipt to first support',
  },
  'support-recipients': {
    vi: 'Số người được hỗ trợ (từng người và số liệu tổng hợp)',
    en: 'Persons supported (person records and aggregate counts)',
  },
  'support-facilities': { vi: 'Số cơ sở trợ giúp, hỗ trợ nạn nhân', en: 'Support facilities' },
  'inter-province-transfers': {
    vi: 'Số lượt chuyển giao giữa các tỉnh',
    en: 'Inter-province transfers',
  },
  'reports-received-rate': {
    vi: 'Tỷ lệ tin báo về tội phạm được tiếp nhận, phân loại',
    en: 'Share of crime reports received and classified',
  },
  'reports-settled-rate': {
    vi: 'Tỷ lệ giải quyết tin báo về tội phạm',
    en: 'Crime report settlement rate',
  },
  'detection-rate': { vi: 'Tỷ lệ điều tra, khám phá', en: 'Detection rate' },
  'prosecution-rate': {
    vi: 'Tỷ lệ vụ án được giải quyết và truy tố',
    en: 'Share of cases resolved by the procuracy',
  },
  'trial-rate': {
    vi: 'Tỷ lệ vụ án được giải quyết, xét xử',
    en: 'Share of cases tried by the court',
  },
  'activities-by-type': {
    vi: 'Số hoạt động phòng ngừa theo loại',
    en: 'Prevention activities by type',
  },
  'items-distributed-by-unit': {
    vi: 'Số sản phẩm tuyên truyền theo đơn vị tính',
    en: 'Items distributed by unit',
  },
  'participants-by-sex': { vi: 'Số người tham dự theo giới tính', en: 'Participants by sex' },
  'participants-by-target-group': {
    vi: 'Số người tham dự theo nhóm mục tiêu',
    en: 'Participants by target group',
  },
  'people-trained': { vi: 'Số người được tập huấn', en: 'People trained' },
  'officials-trained-rate': {
    vi: 'Tỷ lệ cán bộ làm công tác phòng, chống mua bán người được tập huấn',
    en: 'Share of anti-trafficking officials trained',
  },
  'communes-reached-rate': {
    vi: 'Tỷ lệ xã, phường được tuyên truyền về phòng, chống mua bán người',
    en: 'Share of communes reached by anti-trafficking communication',
  },
  'monthly-media-compliance': {
    vi: 'Tỷ lệ tháng có tin bài của cơ quan báo chí, đài truyền thanh',
    en: 'Monthly media compliance',
  },
  'media-items-per-outlet-month': {
    vi: 'Số tin bài theo cơ quan báo chí, đài và tháng',
    en: 'Media items per outlet and month',
  },
};

const CONCEPTS: readonly (readonly [string, string, string])[] = [
  ['FREQ', 'Tần suất', 'Frequency'],
  ['REPORTING_TYPE', 'Loại báo cáo', 'Reporting type'],
  ['SERIES', 'Chuỗi số liệu SDG', 'SDG series'],
  ['REF_AREA', 'Địa bàn', 'Reference area'],
  ['SEX', 'Giới tính', 'Sex'],
  ['AGE', 'Tuổi', 'Age'],
  ['URBANISATION', 'Thành thị, nông thôn', 'Urbanisation'],
  ['INCOME_WEALTH_QUANTILE', 'Nhóm thu nhập, tài sản', 'Income or wealth quantile'],
  ['EDUCATION_LEV', 'Trình độ học vấn', 'Education level'],
  ['OCCUPATION', 'Nghề nghiệp', 'Occupation'],
  ['CUST_BREAKDOWN', 'Phân tổ riêng', 'Custom breakdown'],
  ['COMPOSITE_BREAKDOWN', 'Phân tổ kết hợp', 'Composite breakdown'],
  ['DISABILITY_STATUS', 'Tình trạng khuyết tật', 'Disability status'],
  ['ACTIVITY', 'Hoạt động kinh tế', 'Economic activity'],
  ['PRODUCT', 'Sản phẩm', 'Product'],
  ['INDICATOR', 'Chỉ số', 'Indicator'],
  ['AGE_BAND', 'Nhóm tuổi CTDC', 'CTDC age band'],
  ['EXPLOITATION_FORM', 'Hình thức bóc lột', 'Form of exploitation'],
  ['PURPOSE', 'Mục đích mua bán người', 'Purpose of trafficking'],
  ['DOMESTIC', 'Trong nước hoặc xuyên quốc gia', 'Domestic or transnational'],
  ['RESIDENCE_PROVINCE', 'Tỉnh nơi cư trú', 'Province of residence'],
  ['PROCESS_EVENT', 'Bước xử lý', 'Process step'],
  ['SUPPORT_STATUS', 'Tình trạng hỗ trợ', 'Support status'],
  ['SUPPORT_TYPE', 'Loại hỗ trợ', 'Support type'],
  ['FROM_PROVINCE', 'Tỉnh bàn giao', 'Sending province'],
  ['TO_PROVINCE', 'Tỉnh tiếp nhận', 'Receiving province'],
  ['ACTIVITY_TYPE', 'Loại hoạt động', 'Activity type'],
  ['OUTPUT_UNIT', 'Đơn vị tính sản phẩm', 'Output unit'],
  ['TARGET_GROUP', 'Nhóm mục tiêu', 'Target group'],
  ['MEDIA_OUTLET', 'Cơ quan báo chí, đài', 'Media outlet'],
  ['TIME_PERIOD', 'Kỳ', 'Time period'],
  ['OBS_VALUE', 'Giá trị', 'Observation value'],
  ['UNIT_MEASURE', 'Đơn vị đo', 'Unit of measure'],
  ['OBS_STATUS', 'Tình trạng quan sát', 'Observation status'],
  ['CONF_STATUS', 'Tình trạng bảo mật', 'Confidentiality status'],
  ['NUMERATOR', 'Tử số', 'Numerator'],
  ['DENOMINATOR', 'Mẫu số', 'Denominator'],
  ['TARGET', 'Chỉ tiêu', 'Target'],
  ['TARGET_STATUS', 'Tình trạng so với chỉ tiêu', 'Target status'],
  ['COMMENT_OBS', 'Ghi chú chất lượng dữ liệu', 'Observation comment'],
];

/** The dimensions of the SDG layout after AGE that VN-TIP has no breakdown for: always `_T`. */
export const SDG_TOTAL_DIMENSIONS = [
  'URBANISATION',
  'INCOME_WEALTH_QUANTILE',
  'EDUCATION_LEV',
  'OCCUPATION',
  'CUST_BREAKDOWN',
  'COMPOSITE_BREAKDOWN',
  'DISABILITY_STATUS',
  'ACTIVITY',
  'PRODUCT',
] as const;

const SEX_CODES: Readonly<Record<string, string>> = {
  FEMALE: 'F',
  MALE: 'M',
  OTHER: '_O',
  UNKNOWN: '_U',
};
const AGE_CODES: Readonly<Record<string, string>> = { UNDER_18: 'Y0T17', ADULT: 'Y_GE18' };

/** Builds the layout from the standard's codelists. */
export function sdmxLayout(standard: Standard): SdmxLayout {
  const list = (name: string): Codelist => {
    const found = standard.codelists.find((codelist) => codelist.name === name);
    if (!found) throw new Error(`sdmx-layout: no codelist ${name} in schemas/codelists`);
    return found;
  };
  const rowsOf = (name: string, map: Readonly<Record<string, string>> = {}): SdmxCode[] =>
    list(name).rows.map((row) => ({
      id: map[row.code] ?? (row.code === 'UNKNOWN' ? '_U' : row.code),
      name: { vi: row.labelVi, en: row.labelEn },
    }));
  /** Codes from codelist files, then total and unknown; a code in two lists (versioned lists) is kept once. */
  const breakdown = (
    id: string,
    name: Names,
    sources: readonly string[],
    extra: readonly SdmxCode[] = [],
  ): SdmxCodelist => {
    const codes = new Map<string, SdmxCode>();
    for (const code of [...sources.flatMap((source) => rowsOf(source)), ...extra, UNKNOWN, TOTAL])
      if (!codes.has(code.id)) codes.set(code.id, code);
    return { id, name, sources, codes: [...codes.values()] };
  };
  const provinces = (year: string, listName: string): SdmxCode[] =>
    list(listName).rows.map((row) => ({
      id: areaCode(year, row.code),
      name: {
        vi: `${row.labelVi} (danh mục ${year === '2025' ? '19/2025' : '124/2004'})`,
        en: `${row.labelEn} (${year === '2025' ? '19/2025' : '124/2004'} list)`,
      },
      parent: M49_VIET_NAM,
    }));
  const provinceCodes = [
    ...provinces('2025', 'province2025'),
    ...provinces('2004', 'province2004'),
  ];
  const bareProvinceCodes = new Map<string, { vi: string[]; en: string[] }>();
  for (const [listName, version] of [
    ['province2004', '124/2004'],
    ['province2025', '19/2025'],
  ] as const)
    for (const row of list(listName).rows) {
      const entry = bareProvinceCodes.get(row.code) ?? { vi: [], en: [] };
      entry.vi.push(`${version}: ${row.labelVi}`);
      entry.en.push(`${version}: ${row.labelEn}`);
      bareProvinceCodes.set(row.code, entry);
    }
  const sdgSeries = [
    ...new Set(list('purpose').rows.flatMap((row) => (row.sdgSeries ? [row.sdgSeries] : []))),
  ].sort();
  const seriesNames: Readonly<Record<string, Names>> = {
    VC_HTF_DETV: {
      vi: 'Số nạn nhân mua bán người được phát hiện',
      en: 'Detected victims of human trafficking (number)',
    },
    VC_HTF_DETVSX: {
      vi: 'Số nạn nhân bị mua bán vì mục đích bóc lột tình dục được phát hiện',
      en: 'Detected victims of human trafficking for sexual exploitation (number)',
    },
    VC_HTF_DETVFL: {
      vi: 'Số nạn nhân bị mua bán vì mục đích lao động cưỡng bức được phát hiện',
      en: 'Detected victims of human trafficking for forced labour, servitude and slavery (number)',
    },
    VC_HTF_DETVOG: {
      vi: 'Số nạn nhân bị mua bán để lấy bộ phận cơ thể được phát hiện',
      en: 'Detected victims of human trafficking for removal of organ (number)',
    },
    VC_HTF_DETVOP: {
      vi: 'Số nạn nhân bị mua bán vì mục đích khác được phát hiện',
      en: 'Detected victims of human trafficking for other purposes (number)',
    },
    VC_HTF_DETVR: {
      vi: 'Số nạn nhân mua bán người được phát hiện trên 100.000 dân',
      en: 'Detected victims of human trafficking per 100,000 population',
    },
  };
  const series = ['VC_HTF_DETV', ...sdgSeries, 'VC_HTF_DETVR'].map((id) => {
    const name = seriesNames[id];
    if (!name) throw new Error(`sdmx-layout: no name for SDG series ${id}`);
    return { id, name };
  });
  const sexRows = rowsOf('sex', SEX_CODES);
  const codelists: SdmxCodelist[] = [
    {
      id: 'CL_FREQ',
      name: { vi: 'Tần suất', en: 'Frequency' },
      sources: [],
      codes: [
        { id: 'A', name: { vi: 'Năm', en: 'Annual' } },
        { id: 'S', name: { vi: 'Nửa năm', en: 'Half-yearly' } },
        { id: 'Q', name: { vi: 'Quý', en: 'Quarterly' } },
        { id: 'M', name: { vi: 'Tháng', en: 'Monthly' } },
        { id: 'D', name: { vi: 'Ngày', en: 'Daily' } },
      ],
    },
    {
      id: 'CL_REPORTING_TYPE',
      name: { vi: 'Loại báo cáo SDG', en: 'SDG reporting type' },
      sources: [],
      codes: [{ id: 'N', name: { vi: 'Số liệu quốc gia', en: 'National' } }],
    },
    {
      id: 'CL_SERIES',
      name: { vi: 'Chuỗi số liệu SDG 16.2.2', en: 'SDG 16.2.2 series' },
      sources: ['purpose'],
      codes: series,
    },
    {
      id: 'CL_AREA_VN',
      name: {
        vi: 'Địa bàn: Việt Nam (M49 704) và các tỉnh (mở rộng quốc gia)',
        en: 'Areas: Viet Nam (M49 704) and its provinces (national extension)',
      },
      sources: ['province2025', 'province2004'],
      codes: [{ id: M49_VIET_NAM, name: { vi: 'Việt Nam', en: 'Viet Nam' } }, ...provinceCodes],
    },
    {
      id: 'CL_SEX_SDG',
      name: { vi: 'Giới tính (mã SDG và SDMX)', en: 'Sex (SDG and SDMX codes)' },
      sources: ['sex'],
      codes: [...sexRows, { id: '_T', name: { vi: 'Cả hai giới', en: 'Both sexes' } }],
    },
    {
      id: 'CL_AGE_SDG',
      name: { vi: 'Tuổi (mã SDG và SDMX)', en: 'Age (SDG and SDMX codes)' },
      sources: [],
      codes: [
        { id: 'Y0T17', name: { vi: 'Dưới 18 tuổi', en: 'Under 18 years old' } },
        { id: 'Y_GE18', name: { vi: 'Từ 18 tuổi trở lên', en: '18 years old and over' } },
        UNKNOWN,
        { id: '_T', name: { vi: 'Mọi lứa tuổi', en: 'All age ranges' } },
      ],
    },
    {
      id: 'CL_TOTAL_ONLY',
      name: {
        vi: 'Không phân tổ (chỉ có tổng)',
        en: 'No breakdown (total only)',
      },
      sources: [],
      codes: [TOTAL],
    },
    {
      id: 'CL_UNIT_MEASURE',
      name: { vi: 'Đơn vị đo', en: 'Unit of measure' },
      sources: [],
      codes: [
        { id: 'NUMBER', name: { vi: 'Số lượng', en: 'Number' } },
        { id: 'PER_100000_POP', name: { vi: 'Trên 100.000 dân', en: 'Per 100,000 population' } },
        { id: 'RATIO', name: { vi: 'Tỷ số (0 đến 1)', en: 'Ratio (0 to 1)' } },
        { id: 'DAYS', name: { vi: 'Ngày', en: 'Days' } },
        { id: 'AMOUNT', name: { vi: 'Số tiền (đồng)', en: 'Amount (dong)' } },
      ],
    },
    {
      id: 'CL_OBS_STATUS',
      name: { vi: 'Tình trạng quan sát', en: 'Observation status' },
      sources: [],
      codes: [
        { id: 'A', name: { vi: 'Giá trị bình thường', en: 'Normal value' } },
        { id: 'O', name: { vi: 'Thiếu giá trị', en: 'Missing value' } },
        { id: 'Q', name: { vi: 'Thiếu giá trị: được giữ kín', en: 'Missing value; suppressed' } },
      ],
    },
    {
      id: 'CL_CONF_STATUS',
      name: { vi: 'Tình trạng bảo mật', en: 'Confidentiality status' },
      sources: [],
      codes: [
        { id: 'F', name: { vi: 'Được công bố', en: 'Free' } },
        {
          id: 'C',
          name: {
            vi: 'Thông tin thống kê được giữ kín',
            en: 'Confidential statistical information',
          },
        },
      ],
    },
    {
      id: 'CL_TARGET_STATUS',
      name: { vi: 'Tình trạng so với chỉ tiêu', en: 'Target status' },
      sources: [],
      codes: [
        { id: 'MET', name: { vi: 'Đạt', en: 'Met' } },
        { id: 'ON_TRACK', name: { vi: 'Đang đúng tiến độ', en: 'On track' } },
        { id: 'NOT_MET', name: { vi: 'Không đạt', en: 'Not met' } },
        {
          id: 'NOT_QUANTIFIED',
          name: { vi: 'Chỉ tiêu không định lượng', en: 'Target not quantified' },
        },
        { id: 'NO_DATA', name: { vi: 'Không có số liệu', en: 'No data' } },
      ],
    },
    {
      id: 'CL_SEX',
      name: { vi: 'Giới tính', en: 'Sex' },
      sources: ['sex'],
      codes: [...sexRows, TOTAL],
    },
    {
      id: 'CL_AGE',
      name: { vi: 'Dưới 18 tuổi hoặc người lớn', en: 'Under 18 or adult' },
      sources: [],
      codes: [
        { id: 'Y0T17', name: { vi: 'Dưới 18 tuổi', en: 'Under 18 years old' } },
        { id: 'Y_GE18', name: { vi: 'Từ 18 tuổi trở lên', en: '18 years old and over' } },
        UNKNOWN,
        TOTAL,
      ],
    },
    breakdown('CL_AGE_BAND', { vi: 'Nhóm tuổi', en: 'Age band' }, ['ageBand']),
    {
      id: 'CL_EXPLOITATION_FORM',
      name: { vi: 'Hình thức bóc lột (SDG 16.2.2)', en: 'Form of exploitation (SDG 16.2.2)' },
      sources: [],
      codes: [
        { id: 'SEXUAL_EXPLOITATION', name: { vi: 'Bóc lột tình dục', en: 'Sexual exploitation' } },
        {
          id: 'FORCED_LABOUR',
          name: { vi: 'Lao động cưỡng bức', en: 'Forced labour, servitude and slavery' },
        },
        { id: 'ORGAN_REMOVAL', name: { vi: 'Lấy bộ phận cơ thể', en: 'Removal of organs' } },
        { id: 'OTHER', name: { vi: 'Mục đích khác', en: 'Other purposes' } },
        UNKNOWN,
        TOTAL,
      ],
    },
    breakdown('CL_PURPOSE', { vi: 'Mục đích mua bán người', en: 'Purpose of trafficking' }, [
      'purpose',
    ]),
    {
      id: 'CL_DOMESTIC',
      name: { vi: 'Trong nước hoặc xuyên quốc gia', en: 'Domestic or transnational' },
      sources: [],
      codes: [
        { id: 'DOMESTIC', name: { vi: 'Trong nước', en: 'Domestic' } },
        { id: 'TRANSNATIONAL', name: { vi: 'Xuyên quốc gia', en: 'Transnational' } },
        UNKNOWN,
        TOTAL,
      ],
    },
    {
      id: 'CL_PROVINCE_VN',
      name: { vi: 'Tỉnh (theo danh mục)', en: 'Province (by list)' },
      sources: ['province2025', 'province2004'],
      codes: [...provinceCodes.map(({ id, name }) => ({ id, name })), UNKNOWN, TOTAL],
    },
    {
      id: 'CL_PROVINCE_CODE',
      name: {
        vi: 'Mã tỉnh không kèm danh mục (124/2004 hoặc 19/2025)',
        en: 'Province code without its list (124/2004 or 19/2025)',
      },
      sources: ['province2004', 'province2025'],
      codes: [
        ...[...bareProvinceCodes]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([id, { vi, en }]) => ({
            id,
            name: { vi: `Mã ${id} (${vi.join('; ')})`, en: `Code ${id} (${en.join('; ')})` },
          })),
        TOTAL,
      ],
    },
    breakdown('CL_PROCESS_EVENT', { vi: 'Bước xử lý', en: 'Process step' }, ['processEventType']),
    breakdown('CL_SUPPORT_STATUS', { vi: 'Tình trạng hỗ trợ', en: 'Support status' }, [
      'supportStatus',
    ]),
    breakdown('CL_SUPPORT_TYPE', { vi: 'Loại hỗ trợ (Luật 2011 và 2024)', en: 'Support type' }, [
      'supportType2024',
      'supportType2011',
    ]),
    breakdown('CL_ACTIVITY_TYPE', { vi: 'Loại hoạt động phòng ngừa', en: 'Activity type' }, [
      'activityType',
    ]),
    breakdown('CL_OUTPUT_UNIT', { vi: 'Đơn vị tính sản phẩm', en: 'Output unit' }, ['outputUnit']),
    breakdown(
      'CL_TARGET_GROUP',
      { vi: 'Nhóm mục tiêu', en: 'Target group' },
      ['targetGroup'],
      [{ id: 'UNSPECIFIED', name: { vi: 'Không ghi nhóm', en: 'Not specified' } }],
    ),
    ...(Object.entries(INDICATORS) as [keyof typeof INDICATORS, readonly string[]][]).map(
      ([subject, ids]) => ({
        id: `CL_INDICATOR_${subject.toUpperCase()}`,
        name: {
          vi: `Chỉ số VN-TIP: ${SUBJECT_NAMES[subject].vi}`,
          en: `VN-TIP indicators: ${SUBJECT_NAMES[subject].en}`,
        },
        sources: [],
        codes: ids.map((id) => {
          const name = INDICATOR_NAMES[id];
          if (!name) throw new Error(`sdmx-layout: no name for indicator ${id}`);
          return { id, name };
        }),
      }),
    ),
  ];
  const dim = (id: string, codelist: string, source?: DimensionSource): SdmxComponent => ({
    id,
    codelist,
    ...(source ? { source } : {}),
  });
  const time: SdmxComponent = { id: 'TIME_PERIOD', textType: 'ObservationalTimePeriod' };
  const area = dim('REF_AREA', 'CL_AREA_VN');
  const status: SdmxComponent[] = [
    { id: 'UNIT_MEASURE', codelist: 'CL_UNIT_MEASURE', mandatory: true },
    { id: 'OBS_STATUS', codelist: 'CL_OBS_STATUS', mandatory: true },
    { id: 'CONF_STATUS', codelist: 'CL_CONF_STATUS', mandatory: true },
  ];
  const vntipAttributes: SdmxComponent[] = [
    ...status,
    { id: 'NUMERATOR', textType: 'Double' },
    { id: 'DENOMINATOR', textType: 'Double' },
    { id: 'TARGET', textType: 'Double' },
    { id: 'TARGET_STATUS', codelist: 'CL_TARGET_STATUS' },
    { id: 'COMMENT_OBS', textType: 'String' },
  ];
  const vntip = (
    subject: keyof typeof INDICATORS,
    description: Names,
    breakdowns: readonly SdmxComponent[],
  ): SdmxDataflow => ({
    id: `DF_TIP_${subject.toUpperCase()}`,
    dsd: `DSD_TIP_${subject.toUpperCase()}`,
    name: {
      vi: `VN-TIP: ${SUBJECT_NAMES[subject].vi}`,
      en: `VN-TIP: ${SUBJECT_NAMES[subject].en}`,
    },
    description,
    kind: 'vntip',
    indicators: INDICATORS[subject],
    dimensions: [
      dim('INDICATOR', `CL_INDICATOR_${subject.toUpperCase()}`),
      area,
      ...breakdowns,
      time,
    ],
    attributes: vntipAttributes,
  });
  const dataflows: SdmxDataflow[] = [
    {
      id: 'DF_SDG_16_2_2',
      dsd: 'DSD_SDG_16_2_2',
      name: {
        vi: 'SDG 16.2.2: nạn nhân mua bán người được phát hiện',
        en: 'SDG 16.2.2: detected victims of human trafficking',
      },
      description: {
        vi: 'Các chuỗi VC_HTF_DETV* của chỉ tiêu SDG 16.2.2, cùng thứ tự khóa với dataflow toàn cầu IAEG-SDGs:DF_SDG_GLH.',
        en: 'The VC_HTF_DETV* series of SDG indicator 16.2.2, keyed in the order of the IAEG-SDGs:DF_SDG_GLH global dataflow.',
      },
      kind: 'sdg',
      indicators: ['victims-identified', 'sdg-16-2-2'],
      dimensions: [
        dim('FREQ', 'CL_FREQ'),
        dim('REPORTING_TYPE', 'CL_REPORTING_TYPE'),
        dim('SERIES', 'CL_SERIES'),
        area,
        dim('SEX', 'CL_SEX_SDG'),
        dim('AGE', 'CL_AGE_SDG'),
        ...SDG_TOTAL_DIMENSIONS.map((id) => dim(id, 'CL_TOTAL_ONLY')),
        time,
      ],
      attributes: [...status, { id: 'COMMENT_OBS', textType: 'String' }],
    },
    vntip(
      'victims',
      {
        vi: 'Nạn nhân được xác định, giải cứu, tiếp nhận và hỗ trợ, theo giới tính, tuổi, hình thức bóc lột, mục đích, trong nước hay xuyên quốc gia, tỉnh cư trú và bước xử lý.',
        en: 'Victims identified, rescued, received and supported, by sex, age, form of exploitation, purpose, domestic or transnational, province of residence and process step.',
      },
      [
        dim('SEX', 'CL_SEX', { key: 'sex', map: SEX_CODES }),
        dim('AGE', 'CL_AGE', { key: 'age', map: AGE_CODES }),
        dim('AGE_BAND', 'CL_AGE_BAND', { key: 'ageBand' }),
        dim('EXPLOITATION_FORM', 'CL_EXPLOITATION_FORM', { key: 'form' }),
        dim('PURPOSE', 'CL_PURPOSE', { key: 'purpose' }),
        dim('DOMESTIC', 'CL_DOMESTIC', { key: 'domestic' }),
        dim('RESIDENCE_PROVINCE', 'CL_PROVINCE_VN', { key: 'province', area: true }),
        dim('PROCESS_EVENT', 'CL_PROCESS_EVENT', { key: 'event' }),
      ],
    ),
    vntip(
      'support',
      {
        vi: 'Hỗ trợ nạn nhân theo tình trạng, loại hỗ trợ, giới tính và nhóm tuổi; tỷ lệ tiếp cận; số ngày đến hỗ trợ đầu tiên; cơ sở hỗ trợ.',
        en: 'Victim support by status, type, sex and age band; access rate; days to first support; support facilities.',
      },
      [
        dim('SUPPORT_STATUS', 'CL_SUPPORT_STATUS', { key: 'status' }),
        dim('SUPPORT_TYPE', 'CL_SUPPORT_TYPE', { key: 'supportType' }),
        dim('SEX', 'CL_SEX', { key: 'sex', map: SEX_CODES }),
        dim('AGE_BAND', 'CL_AGE_BAND', { key: 'ageBand' }),
      ],
    ),
    vntip(
      'transfers',
      {
        vi: 'Chuyển giao người giữa các tỉnh, theo tỉnh bàn giao và tỉnh tiếp nhận.',
        en: 'Transfers of persons between provinces, by sending and receiving province.',
      },
      [
        dim('FROM_PROVINCE', 'CL_PROVINCE_CODE', { key: 'from' }),
        dim('TO_PROVINCE', 'CL_PROVINCE_CODE', { key: 'to' }),
      ],
    ),
    vntip(
      'justice',
      {
        vi: 'Tỷ lệ tiếp nhận, giải quyết tố giác, tin báo, khám phá, truy tố và xét xử (Quyết định 193/QĐ-TTg).',
        en: 'Rates of reports received and settled, detection, prosecution and trial (Decision 193/QĐ-TTg).',
      },
      [],
    ),
    vntip(
      'prevention',
      {
        vi: 'Kết quả hoạt động phòng ngừa: hoạt động theo loại, sản phẩm theo đơn vị tính, người tham dự theo giới tính và nhóm mục tiêu, người được tập huấn, tin bài theo cơ quan báo chí.',
        en: 'Prevention outputs: activities by type, items by output unit, participants by sex and target group, people trained, media items by outlet.',
      },
      [
        dim('ACTIVITY_TYPE', 'CL_ACTIVITY_TYPE', { key: 'activityType' }),
        dim('OUTPUT_UNIT', 'CL_OUTPUT_UNIT', { key: 'unit' }),
        dim('SEX', 'CL_SEX', { key: 'sex', map: SEX_CODES }),
        dim('TARGET_GROUP', 'CL_TARGET_GROUP', { key: 'targetGroup' }),
        { id: 'MEDIA_OUTLET', textType: 'String', source: { key: 'mediaOutletId' } },
      ],
    ),
  ];
  return {
    agency: SDMX_AGENCY,
    version: SDMX_VERSION,
    conceptScheme: {
      id: 'CS_VNTIP',
      name: { vi: 'Khái niệm thống kê VN-TIP', en: 'VN-TIP statistical concepts' },
    },
    concepts: CONCEPTS.map(([id, vi, en]) => ({ id, name: { vi, en } })),
    codelists,
    dataflows,
  };
}

const SUBJECT_NAMES: Readonly<Record<keyof typeof INDICATORS, Names>> = {
  victims: { vi: 'nạn nhân', en: 'victims' },
  support: { vi: 'hỗ trợ nạn nhân', en: 'victim support' },
  transfers: { vi: 'chuyển giao giữa các tỉnh', en: 'inter-province transfers' },
  justice: { vi: 'tư pháp hình sự', en: 'criminal justice' },
  prevention: { vi: 'phòng ngừa', en: 'prevention' },
};

/** The national-extension code of a province: `704-P2025-24` (M49 code of Viet Nam, list year, province code). */
export function areaCode(year: string, code: string): string {
  return `${M49_VIET_NAM}-P${year}-${code}`;
}
