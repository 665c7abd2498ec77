// The HTCDS 2.0 tables the exporter writes: one CSV per HTCDS section, columns named exactly as the standard's field
// names (prefix + PascalCase), deprecated fields left out, each table led by the VN-TIP keys that join them.
import { CODELISTS } from '@vntip/schema';

/** One output table: its file and columns. */
export interface HtcdsTable {
  readonly file: string;
  readonly columns: readonly string[];
}

const prefixed = (prefix: string, names: string) =>
  names.split(' ').map((name) => `${prefix}_${name}`);

/** The tables, keyed by HTCDS section. Keys of our own (`vntip_…`) come first. */
export const HTCDS_TABLES = {
  organisation: {
    file: 'htcds/organisation.csv',
    columns: [
      'vntip_OrganisationId',
      ...prefixed(
        'org',
        'Name ShippingCity ShippingStreet ShippingPostalCode ShippingCountry ShippingState ShippingLongitude ShippingLatitude Phone Type',
      ),
    ],
  },
  person: {
    file: 'htcds/person.csv',
    columns: [
      'vntip_PersonId',
      ...prefixed(
        'prs',
        'Salutation FirstName MiddleName SecondName Birthdate Gender Deceased MaritalStatus NumberOfChildren PrimaryLanguage SecondaryLanguage HighestLevelOfEducation Citizenship IdentityNumber Title Email HomePhone MobilePhone MailingCity MailingCountry MailingState MailingStreet MailingPostalCode MailingLongitude MailingLatitude',
      ),
    ],
  },
  victimContext: {
    file: 'htcds/victim_context.csv',
    columns: [
      'vntip_PersonId',
      ...prefixed(
        'vic',
        'TraffickingStatus TraffickingStatusDecisionMakingOrg RelationshipToTrafficker AgeWhenTrafficked RecruitmentWebsitesAndApps MethodOfRecruitment LocationOfRecruitment MethodsOfControl TypeOfExploitation ForcedLabourIndustry TypeOfSexExploitation LocationOfExploitation ExploitationWebsitesAndApps',
      ),
    ],
  },
  historicEvent: {
    file: 'htcds/historic_trafficking_event.csv',
    columns: [
      'vntip_PersonId',
      'vntip_RecordId',
      ...prefixed(
        'hte',
        'Longitude Latitude City Country State Street PostalCode Date Type Description',
      ),
    ],
  },
  referral: {
    file: 'htcds/referral.csv',
    columns: [
      'vntip_PersonId',
      'vntip_RecordId',
      ...prefixed(
        'cas',
        'ReferringOrganisation IncomingReferralDate ReferringPrimaryCaseWorker ReasonForIncomingReferral IncomingReferralDetails ReferredOrganisation ReferredPrimaryCaseWorker ReasonForOutgoingReferral OutgoingReferralDate OutgoingReferralDetails',
      ),
    ],
  },
  supportPlan: {
    file: 'htcds/support_plan.csv',
    columns: [
      'vntip_PersonId',
      'vntip_RecordId',
      ...prefixed('spl', 'Objectives ActionPlan PlannedEndDate ActualEndDate Type'),
    ],
  },
} as const satisfies Record<string, HtcdsTable>;

/** The name of an output table. */
export type HtcdsTableName = keyof typeof HTCDS_TABLES;

/** The HTCDS code of one of our codes, from the `htcds` column of its codelist; undefined when it has none. */
export function htcdsCode(codelist: string, code: string): string | undefined {
  const row = CODELISTS[codelist]?.rows.find((entry) => entry.code === code);
  return row?.htcds ? row.htcds : undefined;
}

/**
 * HTCDS [CL-decisionOrg] of the agency type that decided a status: police, court or procuracy, NGO, another
 * government body; every other type is `Other`.
 */
export function decisionOrgOf(agencyType: string): string {
  if (agencyType.startsWith('POLICE_')) return 'Police';
  if (agencyType === 'COURT' || agencyType === 'PROCURACY') return 'CourtOrProsecution';
  if (agencyType === 'NGO') return 'NGO';
  const orgType = htcdsCode('agencyType', agencyType);
  return orgType && orgType !== 'SchoolOrCollege' ? 'NonPoliceGovernmentalOrganization' : 'Other';
}

/** Why a field of ours has no HTCDS home, per `recordType.field`; the default covers the rest. */
export const UNMAPPED_REASONS: Readonly<Record<string, { vi: string; en: string }>> = {
  'person.birthYear': {
    vi: 'HTCDS chỉ có ngày sinh đầy đủ (prs_Birthdate); ta chỉ lưu năm sinh, không bịa ngày.',
    en: 'HTCDS has only a full birth date (prs_Birthdate); we hold the year alone and do not invent a date.',
  },
  'person.ageBand': {
    vi: 'HTCDS không có nhóm tuổi.',
    en: 'HTCDS has no age band.',
  },
  'person.residence.name': {
    vi: 'prs_MailingState ghi mã tỉnh kèm phiên bản danh mục; tên đơn vị không được ghi.',
    en: 'prs_MailingState holds the province code with its list version; the unit name is not written.',
  },
  'status_decision.date': {
    vi: 'HTCDS không có ngày xác định tình trạng nạn nhân.',
    en: 'HTCDS has no date of the trafficking-status decision.',
  },
  'trafficking_event.endDate': {
    vi: 'HTCDS không có thời gian bị mua bán hay ngày thoát ra.',
    en: 'HTCDS has no trafficking duration or end date.',
  },
  'trafficking_event.monthsAway': {
    vi: 'HTCDS không có thời gian bị mua bán.',
    en: 'HTCDS has no trafficking duration.',
  },
  'process_event.type': {
    vi: 'HTCDS chỉ có chuyển tuyến (cas_); các bước xử lý khác (giải cứu, tiếp nhận, lưu trú…) không có chỗ.',
    en: 'HTCDS has referrals only (cas_); other process steps (rescue, receipt, shelter…) have no place.',
  },
  'support_service.status': {
    vi: 'Kế hoạch hỗ trợ HTCDS không có tình trạng; hỗ trợ đã cung cấp chỉ thể hiện qua spl_ActualEndDate.',
    en: 'The HTCDS support plan has no status; support provided shows only as spl_ActualEndDate.',
  },
};

/** The reason given for a field without an entry in `UNMAPPED_REASONS`. */
export const DEFAULT_UNMAPPED_REASON = {
  vi: 'HTCDS 2.0 không có trường tương ứng.',
  en: 'HTCDS 2.0 has no corresponding field.',
} as const;

/** HTCDS fields that hold a direct identifier or contact detail, which VN-TIP never records. */
const IDENTIFYING = new Set([
  'prs_Salutation',
  'prs_FirstName',
  'prs_MiddleName',
  'prs_SecondName',
  'prs_Birthdate',
  'prs_IdentityNumber',
  'prs_Title',
  'prs_Email',
  'prs_HomePhone',
  'prs_MobilePhone',
  'prs_MailingCity',
  'prs_MailingStreet',
  'prs_MailingPostalCode',
  'prs_MailingLongitude',
  'prs_MailingLatitude',
]);

/** The HTCDS fields our records can fill, each with the VN-TIP field it comes from. */
const SOURCES: Readonly<Record<string, string>> = {
  org_Name: 'process_event.referral.from/to.name',
  org_Type: 'process_event.referral.from/to.type',
  org_ShippingCountry: 'process_event.referral.from/to.unit',
  org_ShippingState: 'process_event.referral.from/to.unit',
  prs_Gender: 'person.sex',
  prs_Citizenship: 'person.nationality',
  prs_MailingCountry: 'person.residence',
  prs_MailingState: 'person.residence',
  vic_TraffickingStatus: 'status_decision.status',
  vic_TraffickingStatusDecisionMakingOrg: 'status_decision.decidingAgency.type',
  vic_RelationshipToTrafficker: 'trafficking_event.recruiterRelation',
  vic_MethodOfRecruitment: 'trafficking_event.recruitmentMethod',
  vic_MethodsOfControl: 'trafficking_event.meansOfControl',
  vic_TypeOfExploitation: 'trafficking_event.purposes',
  vic_ForcedLabourIndustry: 'trafficking_event.labourSectors',
  vic_TypeOfSexExploitation: 'trafficking_event.sexualExploitationForms',
  hte_Country: 'trafficking_event.destinationCountry',
  hte_Date: 'trafficking_event.startDate',
  hte_Type: 'trafficking_event',
  cas_ReferringOrganisation: 'process_event.referral.from',
  cas_ReferredOrganisation: 'process_event.referral.to',
  cas_OutgoingReferralDate: 'process_event.date',
  spl_Type: 'support_service.supportType',
  spl_ActualEndDate: 'support_service.date',
};

/**
 * Why an HTCDS field was left empty in an export: VN-TIP never records it (identifiers and contact details), VN-TIP
 * has no field for it, or the field it comes from had no value (or no mappable code) in any record exported.
 */
export function htcdsFieldReason(field: string, tableWritten: boolean): { vi: string; en: string } {
  if (IDENTIFYING.has(field)) {
    return {
      vi: 'Định danh hoặc thông tin liên lạc của người: VN-TIP không bao giờ lưu.',
      en: 'An identifier or contact detail of a person: VN-TIP never records it.',
    };
  }
  const source = SOURCES[field];
  if (source === undefined) {
    return {
      vi: 'VN-TIP 1.1 không có trường tương ứng.',
      en: 'VN-TIP 1.1 has no corresponding field.',
    };
  }
  return tableWritten
    ? {
        vi: `Không bản ghi nào được xuất có giá trị (hoặc mã chuyển được) ở ${source}.`,
        en: `No record exported had a value (or a code that maps) in ${source}.`,
      }
    : {
        vi: `Không có bản ghi nào cho bảng này; trường lấy từ ${source}.`,
        en: `No record was exported for this table; the field comes from ${source}.`,
      };
}
