// HTCDS 2.0 (IOM's Human Trafficking Case Data Standard): our case records as one CSV per HTCDS section, with a
// report of everything HTCDS has no place for.

import { defineExporter, type RecordEntry, type SinkTarget } from '@vntip/core';
import {
  getCodelistEntry,
  iso31662OfProvince,
  type ProvinceRef,
  provinceOfAdminUnit,
} from '@vntip/schema';
import { canonicalJson } from './canonical-json';
import {
  DEFAULT_UNMAPPED_REASON,
  decisionOrgOf,
  HTCDS_TABLES,
  type HtcdsTableName,
  htcdsCode,
  htcdsFieldReason,
  UNMAPPED_REASONS,
} from './internal/htcds-tables';
import { createVictimContexts } from './internal/htcds-victim-context';
import { isObject } from './internal/is-object';
import { optionsSchema } from './internal/options-schema';
import { csvRow } from './internal/sdmx-csv-line';
import { escapeCell } from './spreadsheet-safety';

/** Options of the HTCDS exporter. */
export interface HtcdsExportOptions {
  /** Start each CSV file with a UTF-8 byte-order mark, which Excel needs to read Vietnamese text. @default false */
  readonly bom?: boolean;
}

/** The report written beside the tables: what HTCDS could not carry, and which HTCDS fields were left empty. */
export interface HtcdsUnmappedReport {
  readonly standard: 'HTCDS 2.0';
  /** Every HTCDS 2.0 field of the tables written that no row filled, with why. */
  readonly htcdsFieldsNotFilled: readonly {
    readonly table: string;
    readonly field: string;
    readonly reason: { readonly vi: string; readonly en: string };
  }[];
  /** Fields with values that were not written, with how many values. */
  readonly fields: readonly {
    readonly recordType: string;
    readonly field: string;
    readonly count: number;
    readonly reason: { readonly vi: string; readonly en: string };
  }[];
  /** Codes with no HTCDS equivalent, left out of their field, with how many times. */
  readonly codes: readonly {
    readonly recordType: string;
    readonly field: string;
    readonly code: string;
    readonly count: number;
  }[];
}

/** The path of the unmapped report. */
export const HTCDS_UNMAPPED_FILE = 'htcds/unmapped-fields.json';

const CSV = 'text/csv';
const FORMAT = 'HTCDS 2.0';
/** Separator of a multiselect picklist, as HTCDS's own Excel template writes it. */
const MULTI = ';';

/** Fields carried, per record type, as paths; a path carries everything below it. */
const CARRIED: Readonly<Record<string, readonly string[]>> = {
  person: [
    'id',
    'sex',
    'nationality',
    'residence.level',
    'residence.code',
    'residence.codeListVersion',
    'residence.provinceCode',
  ],
  status_decision: ['id', 'personId', 'status', 'decidingAgency.type'],
  trafficking_event: [
    'id',
    'personId',
    'purposes',
    'meansOfControl',
    'recruiterRelation',
    'recruitmentMethod',
    'destinationCountry',
    'startDate',
    'labourSectors',
    'sexualExploitationForms',
  ],
  process_event: [],
  support_service: ['id', 'personId', 'supportType'],
};

const AGENCY_CARRIED = [
  'type',
  'name',
  'unit.level',
  'unit.code',
  'unit.codeListVersion',
  'unit.provinceCode',
];
const REFERRAL_CARRIED = [
  'id',
  'personId',
  'type',
  'date',
  ...AGENCY_CARRIED.flatMap((path) => [`referral.from.${path}`, `referral.to.${path}`]),
];

/**
 * Exports case records as HTCDS 2.0 tables, one CSV per HTCDS section under `htcds/` (organisation, person,
 * victim_context, historic_trafficking_event, referral, support_plan), headed by HTCDS field names (`prs_Gender`)
 * after our join keys (`vntip_PersonId`, `vntip_RecordId`). `victim_context.csv` has one row per person, merged from
 * their status decisions and trafficking events (see `createVictimContexts`). Provinces are ISO 3166-2 codes.
 * Codes go through the `htcds` columns of our codelists; multiselect values are joined by `;`. Everything HTCDS has
 * no place for, and every HTCDS field left empty, is listed in `htcds/unmapped-fields.json`, and reported once per
 * field (`export_field_dropped`, with a count) or per code (`export_value_changed`).
 * @example
 * await exportRecords(records, { exporter: htcdsExporter, options: { bom: true }, sink, profile: 'internal' });
 */
export const htcdsExporter = defineExporter({
  meta: {
    id: 'htcds',
    version: '1',
    mediaType: CSV,
    extensions: ['csv'],
    recordTypes: Object.keys(CARRIED),
    profiles: ['internal', 'referral', 'public'],
    title: { vi: 'HTCDS 2.0', en: 'HTCDS 2.0' },
    description: {
      vi: 'Bảng CSV theo các mục của chuẩn HTCDS 2.0 (IOM), mã chuyển qua bảng đối chiếu; kèm báo cáo các trường và mã không chuyển được.',
      en: 'CSV tables per section of IOM’s HTCDS 2.0, codes through the crosswalk; with a report of the fields and codes it cannot carry.',
    },
  },
  options: optionsSchema<HtcdsExportOptions>({
    bom: [(value) => typeof value === 'boolean', 'true or false'],
  }),
  create(ctx) {
    const targets = new Map<HtcdsTableName, SinkTarget>();
    const filled = new Map<HtcdsTableName, Set<string>>();
    const organisations = new Map<string, string>();
    const dropped = new Map<string, number>();
    const codes = new Map<string, number>();

    const write = async (table: HtcdsTableName, values: Readonly<Record<string, string>>) => {
      const { file, columns } = HTCDS_TABLES[table];
      let target = targets.get(table);
      if (!target) {
        target = await ctx.sink.open(file, { mediaType: CSV });
        targets.set(table, target);
        await target.write(`${ctx.options.bom ? '\ufeff' : ''}${csvRow(columns)}`);
      }
      const seen = filled.get(table) ?? new Set<string>();
      filled.set(table, seen);
      for (const [column, value] of Object.entries(values)) if (value !== '') seen.add(column);
      await target.write(
        csvRow(columns.map((column) => escapeCell((values[column] ?? '').normalize('NFC')))),
      );
    };
    const drop = (recordType: string, field: string) => {
      const key = `${recordType}\u0000${field}`;
      dropped.set(key, (dropped.get(key) ?? 0) + 1);
    };
    const noCode = (recordType: string, field: string, code: string) => {
      const key = `${recordType}\u0000${field}\u0000${code}`;
      codes.set(key, (codes.get(key) ?? 0) + 1);
    };
    /** Codes of a field through the crosswalk; codes without an HTCDS code are counted and left out. */
    const mapCodes = (entry: RecordEntry, field: string, codelist: string, value: unknown) => {
      const out: string[] = [];
      for (const code of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
        const mapped = htcdsCode(codelist, String(code));
        if (mapped === undefined) noCode(entry.recordType, field, String(code));
        else if (!out.includes(mapped)) out.push(mapped);
      }
      return out.join(MULTI);
    };
    const organisation = async (
      entry: RecordEntry,
      field: string,
      agency: unknown,
    ): Promise<string> => {
      if (!isObject(agency)) return '';
      const key = canonicalJson(agency);
      const known = organisations.get(key);
      if (known) return known;
      const id = `ORG-${organisations.size + 1}`;
      organisations.set(key, id);
      const unit = isObject(agency.unit) ? agency.unit : undefined;
      await write('organisation', {
        vntip_OrganisationId: id,
        org_Name: typeof agency.name === 'string' ? agency.name : '',
        org_Type: mapCodes(entry, `${field}.type`, 'agencyType', agency.type),
        org_ShippingCountry: unit ? 'VN' : '',
        org_ShippingState: unit ? subdivision(unit) : '',
      });
      return id;
    };

    /**
     * The province a unit lies in, as its ISO 3166-2 code; a province ISO 3166-2 has not coded (those formed by the
     * 2025 reform) as its official name, which the text field takes, so nothing is lost.
     */
    const subdivision = (unit: Record<string, unknown>) => {
      if (unit.level === 'national') return '';
      const province = provinceOfAdminUnit(unit);
      if (!province) return '';
      return iso31662OfProvince(province) ?? provinceName(province) ?? '';
    };
    const contexts = createVictimContexts(mapCodes);

    return {
      async record(entry) {
        const { recordType, record } = entry;
        const personId = String(recordType === 'person' ? record.id : record.personId);
        let carried = CARRIED[recordType] ?? [];
        if (recordType === 'person') {
          const residence = isObject(record.residence) ? record.residence : undefined;
          if (residence && residence.level !== 'national' && residence.level !== 'province') {
            noCode(recordType, 'residence.level', String(residence.level));
          }
          await write('person', {
            vntip_PersonId: personId,
            prs_Gender: mapCodes(entry, 'sex', 'sex', record.sex),
            prs_Citizenship: typeof record.nationality === 'string' ? record.nationality : '',
            prs_MailingCountry: residence ? 'VN' : '',
            prs_MailingState: residence ? subdivision(residence) : '',
          });
        } else if (recordType === 'status_decision') {
          const agency = isObject(record.decidingAgency) ? record.decidingAgency : {};
          const decisionOrg = decisionOrgOf(String(agency.type));
          if (decisionOrg === 'Other' && agency.type !== 'OTHER') {
            noCode(recordType, 'decidingAgency.type', String(agency.type));
          }
          contexts.decision(entry, personId, decisionOrg);
        } else if (recordType === 'trafficking_event') {
          contexts.event(entry, personId);
          if (typeof record.startDate === 'string') {
            await write('historicEvent', {
              vntip_PersonId: personId,
              vntip_RecordId: String(record.id),
              hte_Date: record.startDate,
              hte_Type: 'Recruitment',
            });
          }
          const country =
            typeof record.destinationCountry === 'string'
              ? record.destinationCountry
              : record.domestic === true
                ? 'VN'
                : undefined;
          if (country !== undefined) {
            await write('historicEvent', {
              vntip_PersonId: personId,
              vntip_RecordId: String(record.id),
              hte_Country: country,
              hte_Type: 'Exploitation',
            });
            carried = [...carried, 'domestic'];
          }
        } else if (recordType === 'process_event' && record.type === 'REFERRAL') {
          const referral = isObject(record.referral) ? record.referral : {};
          carried = REFERRAL_CARRIED;
          await write('referral', {
            vntip_PersonId: personId,
            vntip_RecordId: String(record.id),
            cas_ReferringOrganisation: await organisation(entry, 'referral.from', referral.from),
            cas_ReferredOrganisation: await organisation(entry, 'referral.to', referral.to),
            cas_OutgoingReferralDate: String(record.date),
          });
        } else if (recordType === 'support_service') {
          const supportType = isObject(record.supportType) ? record.supportType : {};
          const provided = record.status === 'PROVIDED' && typeof record.date === 'string';
          if (provided) carried = [...carried, 'date'];
          await write('supportPlan', {
            vntip_PersonId: personId,
            vntip_RecordId: String(record.id),
            spl_Type: mapCodes(
              entry,
              'supportType.code',
              `supportType${String(supportType.lawVersion)}`,
              supportType.code,
            ),
            spl_ActualEndDate: provided ? String(record.date) : '',
          });
        }
        for (const field of leafPaths(record)) {
          if (!carried.some((path) => field === path || field.startsWith(`${path}.`))) {
            drop(recordType, field);
          }
        }
      },
      async end() {
        for (const row of contexts.rows()) await write('victimContext', row);
        for (const target of targets.values()) await target.close();
        const report = buildReport(dropped, codes, filled);
        for (const { recordType, field, count } of report.fields) {
          ctx.report({
            code: 'export_field_dropped',
            params: { field: `${recordType}.${field}`, format: FORMAT, recordType, count },
          });
        }
        for (const { recordType, field, code, count } of report.codes) {
          ctx.report({
            code: 'export_value_changed',
            params: {
              field: `${recordType}.${field}`,
              format: FORMAT,
              recordType,
              code,
              count,
              reason: `the code ${code} has no HTCDS equivalent; it was left out or written as Other (${count}×)`,
            },
          });
        }
        const file = await ctx.sink.open(HTCDS_UNMAPPED_FILE, { mediaType: 'application/json' });
        await file.write(`${JSON.stringify(report, null, 2)}\n`);
        await file.close();
      },
    };
  },
});

// --- Internal helpers ---

/** The official Vietnamese name of a province-level unit in its code list. */
function provinceName(province: ProvinceRef): string | undefined {
  const list = province.codeListVersion === '19/2025' ? 'province2025' : 'province2004';
  return getCodelistEntry(list, province.code)?.labelVi;
}

/** Paths of the values in a record: objects are walked, anything else (lists included) is a leaf. */
function leafPaths(value: Readonly<Record<string, unknown>>, prefix = ''): string[] {
  const out: string[] = [];
  for (const [key, child] of Object.entries(value)) {
    if (child === undefined) continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (isObject(child)) out.push(...leafPaths(child, path));
    else out.push(path);
  }
  return out;
}

function buildReport(
  dropped: ReadonlyMap<string, number>,
  codes: ReadonlyMap<string, number>,
  filled: ReadonlyMap<HtcdsTableName, ReadonlySet<string>>,
): HtcdsUnmappedReport {
  const sorted = <T>(map: ReadonlyMap<string, T>) =>
    [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    standard: FORMAT,
    htcdsFieldsNotFilled: (Object.keys(HTCDS_TABLES) as HtcdsTableName[]).flatMap((table) =>
      HTCDS_TABLES[table].columns
        .filter((field) => !field.startsWith('vntip_') && !filled.get(table)?.has(field))
        .map((field) => ({
          table: HTCDS_TABLES[table].file,
          field,
          reason: htcdsFieldReason(field, filled.has(table)),
        })),
    ),
    fields: sorted(dropped).map(([key, count]) => {
      const [recordType = '', field = ''] = key.split('\u0000');
      const reason = UNMAPPED_REASONS[`${recordType}.${field}`] ?? DEFAULT_UNMAPPED_REASON;
      return { recordType, field, count, reason };
    }),
    codes: sorted(codes).map(([key, count]) => {
      const [recordType = '', field = '', code = ''] = key.split('\u0000');
      return { recordType, field, code, count };
    }),
  };
}
