import type { ExportRecord } from './export-records';
import type { PrivacyProfile } from './exporter';
import type { BilingualText } from './issue-codes';

/** The file every export writes beside its data: the risk report, as JSON. Importers skip it. */
export const RISK_REPORT_FILE = 'risk-report.json';

/** The risk of a re-identification: 1 / the size of a row's class, in persons (the prosecutor model). */
export interface ProsecutorRisk {
  /** The highest risk of any row: 1 / the smallest class. */
  readonly max: number;
  /** The mean risk over rows: classes / rows, when every person has one row. */
  readonly average: number;
}

/**
 * The re-identification risk of one released table about persons, measured as ARX and sdcMicro do: classes are the
 * rows sharing every quasi-identifier value, sized in distinct persons.
 */
export interface TableRisk {
  /** The record type, or the exporter's own table (`ctdc`). */
  readonly table: string;
  /** Rows released. */
  readonly records: number;
  /** Distinct persons the released rows are about. */
  readonly persons: number;
  readonly quasiIdentifiers: readonly string[];
  /** Combinations of quasi-identifier values held by a single person: as recorded, and as released. */
  readonly sampleUniques: { readonly before: number; readonly after: number };
  /** Prosecutor risk as recorded (before) and as released (after); null when no row is released. */
  readonly prosecutorRisk: {
    readonly before: ProsecutorRisk | null;
    readonly after: ProsecutorRisk | null;
  };
  /** l-diversity: for each sensitive attribute, the fewest distinct values it takes in any released class. */
  readonly lDiversity: readonly { readonly attribute: string; readonly l: number }[];
}

/** What an export did to protect the people in it; machine-readable, with a short vi/en summary. */
export interface RiskReport {
  readonly profile: PrivacyProfile;
  /** Id of the pseudonymisation key, for referral and public exports. */
  readonly keyId?: string;
  /** Id of a public release: its pseudonyms are derived for it alone, so no two releases share one. */
  readonly release?: string;
  /** The k aimed at, for public microdata. */
  readonly k?: number;
  /** The smallest class of quasi-identifier values released; null when no record was released. */
  readonly kAchieved?: number | null;
  readonly records: {
    /** Records given to de-identification. */
    readonly in: number;
    /** Records released. */
    readonly out: number;
    /** Released records whose quasi-identifiers were generalised. */
    readonly generalised: number;
    /** Records withheld. */
    readonly suppressed: number;
  };
  /** Fields removed, as `recordType.path`, with how many values were removed. */
  readonly fieldsDropped: readonly { readonly field: string; readonly count: number }[];
  /** Generalisation level of each quasi-identifier, per record type (0 = as recorded). */
  readonly generalisation: readonly {
    readonly recordType: string;
    readonly quasiIdentifier: string;
    readonly level: number;
  }[];
  /** Small-cell protection of aggregates, when any were exported. */
  readonly smallCells?: {
    readonly method: 'suppress' | 'round';
    readonly threshold: number;
    readonly suppressed: number;
    readonly complementary: number;
    readonly rounded: number;
  };
  /** Re-identification risk of each released table about persons (public microdata). */
  readonly risk?: readonly TableRisk[];
  readonly warnings: readonly BilingualText[];
  readonly summary: BilingualText;
}

/** What an exporter that anonymises its own rows did to them. */
export interface RowAnonymity {
  /** What a row is, e.g. `ctdc` for one CTDC row per victim. */
  readonly table: string;
  readonly k: number;
  readonly kAchieved: number | null;
  readonly rows: number;
  readonly generalised: number;
  readonly suppressed: number;
  /** Generalisation level of each quasi-identifier column. */
  readonly levels: Readonly<Record<string, number>>;
  /** The risk measured on the rows, before and after; `measureRisk` from `@vntip/privacy` makes it. */
  readonly risk?: TableRisk;
}

/** How the host asks for de-identification. */
export interface DeidentifyRequest {
  /** The exporter anonymises its own rows: clean and pseudonymise only, leave k-anonymity to it. */
  readonly rowLevel?: boolean;
}

/** Records made safe for a profile, and the report of what was done (complete once the records are consumed). */
export interface Deidentified {
  readonly records: Iterable<ExportRecord> | AsyncIterable<ExportRecord>;
  /** Id of the pseudonymisation key, when pseudonyms were made. */
  readonly keyId?: string;
  /** The risk report; `anonymity` is what an exporter that anonymises its own rows reported. */
  report(anonymity?: RowAnonymity): RiskReport;
}

/**
 * De-identifies records for a profile before they reach an exporter; `createDeidentifier` in `@vntip/privacy`
 * makes one. It refuses a profile it cannot honour by throwing a coded error.
 */
export type Deidentifier = (
  records: Iterable<ExportRecord> | AsyncIterable<ExportRecord>,
  profile: PrivacyProfile,
  request?: DeidentifyRequest,
) => Deidentified | Promise<Deidentified>;

/** The warning every internal export carries. */
export const INTERNAL_EXPORT_WARNING: BilingualText = {
  vi: 'Hồ sơ internal giữ nguyên mọi dữ liệu, kể cả định danh của nạn nhân. Chỉ dùng trong cơ quan; không gửi ra ngoài khi chưa có sự đồng ý theo Luật Phòng, chống mua bán người 2024.',
  en: 'The internal profile keeps every datum, victims’ identifiers included. Use it inside the agency only; never send it out without consent under the 2024 Law on Prevention and Combat of Human Trafficking.',
};

/** The risk report of an internal export: nothing removed, one warning. */
export function internalRiskReport(records: number): RiskReport {
  return {
    profile: 'internal',
    records: { in: records, out: records, generalised: 0, suppressed: 0 },
    fieldsDropped: [],
    generalisation: [],
    warnings: [INTERNAL_EXPORT_WARNING],
    summary: {
      vi: `Hồ sơ internal: ${records} bản ghi xuất nguyên vẹn, không khử định danh.`,
      en: `Internal profile: ${records} records exported as they are, not de-identified.`,
    },
  };
}
