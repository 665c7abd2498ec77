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
      'vntip_RecordId',
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
