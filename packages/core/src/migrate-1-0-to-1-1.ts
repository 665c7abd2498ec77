import { CODELISTS_VERSION, getCodelistEntry, STANDARD_VERSION } from '@vntip/schema';
import type { MigrationChange, MigrationStep } from './migrate';

// Victim support passed from the Departments of Labour, Invalids and Social Affairs to the
// Departments of Health on 1 March 2025 (Decree 42/2025/NĐ-CP for the Ministry of Health), the
// day `PROVINCIAL_HEALTH_DEPT` starts in the agencyType codelist; 1.0 kept DOLISA to 30/6/2025.
const HEALTH_DEPT = 'PROVINCIAL_HEALTH_DEPT';
const HEALTH_DEPT_FROM = getCodelistEntry('agencyType', HEALTH_DEPT)?.validFrom ?? '';

// The record types about a person's identification, support and transfer, where a DOLISA in 2025
// was doing the victim-support work that moved. Elsewhere (a prevention activity's organiser) the
// department may have acted in another role: it is left as it is, and codelist-status warns.
const VICTIM_SUPPORT_DATES: Readonly<Record<string, string>> = {
  process_event: 'date',
  support_service: 'date',
  status_decision: 'date',
  inter_province_transfer: 'date',
};

const SCHEMA_URL_1_0 = 'https://vntip.org/schema/1.0/';
const SCHEMA_URL_1_1 = 'https://vntip.org/schema/1.1/';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Agencies typed DOLISA on or after 1/3/2025, by the date of the document they sit in or else of the record. */
function moveVictimSupportAgencies(
  node: unknown,
  date: string | undefined,
  path: (string | number)[],
  change: (change: MigrationChange) => void,
): void {
  if (Array.isArray(node)) {
    for (const [index, item] of node.entries()) {
      moveVictimSupportAgencies(item, date, [...path, index], change);
    }
    return;
  }
  if (!isObject(node)) return;
  // A document names its issuer as of its own date.
  const own =
    typeof node.number === 'string'
      ? typeof node.date === 'string'
        ? node.date
        : undefined
      : date;
  if (
    node.type === 'DOLISA' &&
    own !== undefined &&
    HEALTH_DEPT_FROM !== '' &&
    own >= HEALTH_DEPT_FROM
  ) {
    node.type = HEALTH_DEPT;
    change({
      path: [...path, 'type'],
      from: 'DOLISA',
      to: HEALTH_DEPT,
      reason: {
        vi: `Từ ${HEALTH_DEPT_FROM}, việc hỗ trợ nạn nhân chuyển từ Sở Lao động - Thương binh và Xã hội sang Sở Y tế.`,
        en: `From ${HEALTH_DEPT_FROM}, victim support moved from the Department of Labour, Invalids and Social Affairs to the Department of Health.`,
      },
      source: 'NĐ 42/2025/NĐ-CP; agencyType.csv (PROVINCIAL_HEALTH_DEPT, DOLISA)',
    });
  }
  for (const [key, child] of Object.entries(node)) {
    if (typeof child === 'object' && child !== null) {
      moveVictimSupportAgencies(child, own, [...path, key], change);
    }
  }
}

/** The package descriptor declares 1.1: its standard and codelist versions and the schemas its resources name. */
function declareVersion(record: Json, change: (change: MigrationChange) => void): void {
  const reason = {
    vi: 'Dữ liệu đã được chuyển sang chuẩn VN-TIP 1.1.',
    en: 'The data was migrated to VN-TIP 1.1.',
  };
  const source = 'schemas/CHANGELOG.md (1.1); ADR 014';
  if (typeof record.standardVersion === 'string' && record.standardVersion !== STANDARD_VERSION) {
    change({
      path: ['standardVersion'],
      from: record.standardVersion,
      to: STANDARD_VERSION,
      reason,
      source,
    });
    record.standardVersion = STANDARD_VERSION;
  }
  const versions = record.codelistVersions;
  if (
    isObject(versions) &&
    typeof versions.codelists === 'string' &&
    versions.codelists !== CODELISTS_VERSION
  ) {
    change({
      path: ['codelistVersions', 'codelists'],
      from: versions.codelists,
      to: CODELISTS_VERSION,
      reason,
      source,
    });
    versions.codelists = CODELISTS_VERSION;
  }
  if (!Array.isArray(record.resources)) return;
  record.resources.forEach((resource, index) => {
    if (!isObject(resource) || typeof resource.jsonSchema !== 'string') return;
    if (!resource.jsonSchema.startsWith(SCHEMA_URL_1_0)) return;
    const to = SCHEMA_URL_1_1 + resource.jsonSchema.slice(SCHEMA_URL_1_0.length);
    change({
      path: ['resources', index, 'jsonSchema'],
      from: resource.jsonSchema,
      to,
      reason,
      source,
    });
    resource.jsonSchema = to;
  });
}

/** What changes in a record from standard 1.0 to 1.1 (schemas/CHANGELOG.md, 1.1); everything else in 1.0 is 1.1 as it is. */
export const migrate1_0To1_1: MigrationStep = {
  from: '1.0',
  to: '1.1',
  apply(recordType, record, change) {
    if (recordType === 'exchange_package') declareVersion(record, change);
    if (Object.hasOwn(VICTIM_SUPPORT_DATES, recordType)) {
      const datePath = VICTIM_SUPPORT_DATES[recordType] as string;
      const date = record[datePath];
      moveVictimSupportAgencies(record, typeof date === 'string' ? date : undefined, [], change);
    }
  },
};
