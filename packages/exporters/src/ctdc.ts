// CTDC 2024 (IOM's Counter-Trafficking Data Collaborative, Global Synthetic Dataset v2024): one k-anonymous row per
// identified victim in the codebook's 27 variables, for the public profile only.
import { defineExporter } from '@vntip/core';
import { DEFAULT_K } from '@vntip/privacy';
import { anonymizeCtdcRows, CTDC_QUASI_IDENTIFIERS, ctdcRisk } from './internal/ctdc-anonymity';
import type { CtdcRow } from './internal/ctdc-columns';
import { ctdcCsv } from './internal/ctdc-csv';
import { ctdcRow } from './internal/ctdc-row';
import { CTDC_RECORD_TYPES, createVictimCollector } from './internal/ctdc-victims';
import { optionsSchema } from './internal/options-schema';

export type { CtdcColumn } from './internal/ctdc-columns';
export { CTDC_COLUMNS } from './internal/ctdc-columns';

/** Options of the CTDC exporter. */
export interface CtdcExportOptions {
  /** Every combination of the quasi-identifier columns is shared by at least k rows. @default 11 (CTDC's k) */
  readonly k?: number;
}

/** What the exporter did to make the table k-anonymous, written beside it as `ctdc-k-anonymity.json`. */
export interface CtdcAnonymityReport {
  readonly standard: 'CTDC Global Synthetic Dataset v2024';
  readonly k: number;
  /** Smallest class of quasi-identifier values among the rows written; null when no row was written. */
  readonly kAchieved: number | null;
  readonly quasiIdentifiers: readonly string[];
  /** Per quasi-identifier column: 0 as mapped, 1 left NULL in every row. */
  readonly levels: Readonly<Record<string, number>>;
  readonly rows: {
    /** Persons seen in the records, victims or not. */
    readonly persons: number;
    /** Persons with an IDENTIFIED_VICTIM decision: one row each before suppression. */
    readonly victims: number;
    readonly written: number;
    /** Rows written with at least one quasi-identifier blanked. */
    readonly generalised: number;
    readonly suppressed: number;
  };
}

/** The path of the table. */
export const CTDC_FILE = 'ctdc.csv';
/** The path of the k-anonymity report. */
export const CTDC_ANONYMITY_FILE = 'ctdc-k-anonymity.json';

const CSV = 'text/csv';
const FORMAT = 'CTDC 2024';

/**
 * Exports identified victims as `ctdc.csv` in the layout of CTDC's Global Synthetic Dataset v2024: exactly its 27
 * columns in its order, each cell one of the codebook's values or empty (NULL); flags are `1` or empty. Records are
 * joined per pseudonymous person id; a person is a victim when an IDENTIFIED_VICTIM status decision names them. The
 * public profile only, so the host de-identifies the records first; the rows are then made k-anonymous over
 * yearOfRegistration, gender, ageBroad, citizenship, CountryOfExploitation and traffickMonths (`k`, default 11), by blanking whole
 * columns, then withholding the rows still in classes under k. What that did is written to `ctdc-k-anonymity.json`
 * and reported (`ctdc_rows_suppressed`, `ctdc_column_blanked`); codes with no CTDC flag are reported once each with a
 * count (`export_value_changed`). The table is buffered: k-anonymity needs every row.
 * @example
 * await exportRecords(records, { exporter: ctdcExporter, sink, deidentify: createDeidentifier({ key }) });
 */
export const ctdcExporter = defineExporter({
  meta: {
    id: 'ctdc',
    version: '1',
    mediaType: CSV,
    extensions: ['csv'],
    recordTypes: CTDC_RECORD_TYPES,
    profiles: ['public'],
    anonymisesRows: true,
    title: { vi: 'CTDC 2024', en: 'CTDC 2024' },
    description: {
      vi: 'Mỗi nạn nhân đã được xác định một dòng theo 27 biến của bộ dữ liệu CTDC 2024 (IOM), đã khử định danh và ẩn danh k (mặc định k = 11).',
      en: 'One row per identified victim in the 27 variables of IOM’s CTDC 2024 dataset, de-identified and k-anonymous (k = 11 by default).',
    },
  },
  options: optionsSchema<CtdcExportOptions>({
    k: [
      (value) => Number.isInteger(value) && (value as number) >= 2,
      'a whole number of 2 or more',
    ],
  }),
  messages: {
    ctdc_column_blanked: {
      severity: 'info',
      message: {
        vi: 'Cột {column} được để trống ở mọi dòng của bảng CTDC để mỗi tổ hợp giá trị có ít nhất {k} dòng.',
        en: 'The column {column} was left empty in every row of the CTDC table so that each combination of values has at least {k} rows.',
      },
      hint: {
        vi: 'Xuất dữ liệu của nhiều năm hoặc nhiều địa bàn hơn để giữ được cột này.',
        en: 'Export more years or a wider area to keep this column.',
      },
    },
    ctdc_rows_suppressed: {
      severity: 'warning',
      message: {
        vi: '{count} trong {victims} nạn nhân không được đưa vào bảng CTDC vì tổ hợp giá trị của họ có ít hơn {k} dòng.',
        en: '{count} of {victims} victims were withheld from the CTDC table because their combination of values has fewer than {k} rows.',
      },
      hint: {
        vi: 'Xem ctdc-k-anonymity.json; xuất dữ liệu của nhiều năm hoặc nhiều địa bàn hơn để giữ lại nhiều dòng hơn.',
        en: 'See ctdc-k-anonymity.json; export more years or a wider area to keep more rows.',
      },
    },
  },
  create(ctx) {
    const k = ctx.options.k ?? DEFAULT_K;
    const collector = createVictimCollector();
    return {
      record(entry) {
        collector.add(entry.recordType, entry.record);
      },
      async end() {
        const codes = new Map<string, number>();
        const victims = collector.victims();
        const rows: CtdcRow[] = victims.map((victim) =>
          ctdcRow(victim, (field, code) => {
            const key = `${field}\u0000${code}`;
            codes.set(key, (codes.get(key) ?? 0) + 1);
          }),
        );
        const result = anonymizeCtdcRows(rows, k);
        const table = await ctx.sink.open(CTDC_FILE, { mediaType: CSV });
        await table.write(ctdcCsv(result.rows));
        await table.close();
        const report: CtdcAnonymityReport = {
          standard: 'CTDC Global Synthetic Dataset v2024',
          k,
          kAchieved: result.kAchieved,
          quasiIdentifiers: CTDC_QUASI_IDENTIFIERS,
          levels: result.levels,
          rows: {
            persons: collector.persons,
            victims: victims.length,
            written: result.rows.length,
            generalised: result.generalised,
            suppressed: result.suppressed,
          },
        };
        ctx.reportAnonymity({
          table: 'ctdc',
          k,
          kAchieved: result.kAchieved,
          rows: rows.length,
          generalised: result.generalised,
          suppressed: result.suppressed,
          levels: result.levels,
          risk: ctdcRisk(rows, result.rows),
        });
        const file = await ctx.sink.open(CTDC_ANONYMITY_FILE, { mediaType: 'application/json' });
        await file.write(`${JSON.stringify(report, null, 2)}\n`);
        await file.close();
        for (const [column, level] of Object.entries(result.levels)) {
          if (level > 0 && result.rows.length > 0)
            ctx.report({ code: 'ctdc_column_blanked', params: { column, k } });
        }
        if (result.suppressed > 0) {
          ctx.report({
            code: 'ctdc_rows_suppressed',
            params: { count: result.suppressed, victims: victims.length, k },
          });
        }
        for (const [key, count] of [...codes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
          const [field = '', code = ''] = key.split('\u0000');
          ctx.report({
            code: 'export_value_changed',
            params: {
              field: `trafficking_event.${field}`,
              format: FORMAT,
              code,
              count,
              reason: `the code ${code} has no CTDC equivalent, so it sets no flag (${count}×)`,
            },
          });
        }
      },
    };
  },
});
