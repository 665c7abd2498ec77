// SDMX-CSV 2.0 for indicator results: one file per published dataflow (schemas/sdmx/), one observation per row.
import {
  defineExporter,
  type ExporterContext,
  type IndicatorUnit,
  type IndicatorValue,
  type RecordEntry,
} from '@vntip/core';
import { SDMX_DATAFLOWS, type SdmxDataflowTable } from './generated/sdmx-structures';
import { optionsSchema } from './internal/options-schema';
import { csvRow } from './internal/sdmx-csv-line';
import { type KeyResult, keysOf, sdgKey, vntipKey } from './internal/sdmx-keys';
import { escapeCell } from './spreadsheet-safety';

/** The record type an SDMX export reads: one indicator result row per record. */
export const INDICATOR_RESULT_RECORD_TYPE = 'indicator_result';

/**
 * An indicator result row as the SDMX exporter reads it: the shape of `IndicatorResult` from `@vntip/indicators`,
 * typed here so that exporters does not depend on indicators.
 */
export type SdmxIndicatorRow = IndicatorValue & {
  readonly indicator: string;
  readonly unit: IndicatorUnit;
  readonly target?: { readonly value?: number; readonly unit?: string };
  readonly status: string;
};

/** Options of the SDMX-CSV exporter. */
export interface SdmxCsvExportOptions {
  /**
   * The published dataflows to write, by id (`DF_SDG_16_2_2`, `DF_TIP_VICTIMS`, `DF_TIP_SUPPORT`, `DF_TIP_TRANSFERS`,
   * `DF_TIP_JUSTICE`, `DF_TIP_PREVENTION`). @default every one
   */
  readonly dataflows?: readonly string[];
}

const MEDIA_TYPE = 'application/vnd.sdmx.data+csv; version=2.0.0';
/**
 * Every row replaces the observation it keys: SDMX-CSV 2.1 deprecates `I` (information, loaded as a merge) and
 * recommends Replace for a full dataset, and `R` means the same in SDMX-CSV 2.0.
 */
const ACTION = 'R';
const SUPPRESSED_NOTE = 'small_cell_suppressed';

/** SDMX unit codes of our indicator units (the SDG code where the SDG has one). */
const UNIT_CODES: Readonly<Record<IndicatorUnit, string>> = {
  count: 'NUMBER',
  ratio: 'RATIO',
  amount: 'AMOUNT',
  days: 'DAYS',
  rate_per_100000: 'PER_100000_POP',
};

const DATAFLOW_IDS = SDMX_DATAFLOWS.map((flow) => flow.id);

const sdmxOptions = optionsSchema<SdmxCsvExportOptions>({
  dataflows: [
    (value) =>
      Array.isArray(value) &&
      value.length > 0 &&
      value.every((id) => typeof id === 'string' && DATAFLOW_IDS.includes(id)),
    `a non-empty list of dataflow ids (${DATAFLOW_IDS.join(', ')})`,
  ],
});

/**
 * Exports indicator results (records of type `indicator_result`, each an `IndicatorResult` row) as SDMX-CSV 2.0, one
 * file per dataflow published in `schemas/sdmx/` (SDMX-ML 2.1 structure messages), named `<dataflow id>.csv`:
 *
 * - `DF_SDG_16_2_2`, keyed like the SDG global dataflow `IAEG-SDGs:DF_SDG_GLH` (FREQ, REPORTING_TYPE `N`, SERIES,
 *   REF_AREA, SEX, AGE, nine breakdowns always `_T`, TIME_PERIOD): victims identified as `VC_HTF_DETV` in total, by sex
 *   (`F`, `M`) and age (`Y0T17`, `Y_GE18`), as `VC_HTF_DETVSX`/`FL`/`OG`/`OP` by form of exploitation, and SDG 16.2.2
 *   as `VC_HTF_DETVR` where the population is known;
 * - `DF_TIP_VICTIMS`, `DF_TIP_SUPPORT`, `DF_TIP_TRANSFERS`, `DF_TIP_JUSTICE` and `DF_TIP_PREVENTION`: every VN-TIP
 *   indicator in the dataflow of its subject, keyed by INDICATOR, REF_AREA, that dataflow's own breakdowns and
 *   TIME_PERIOD (a by-month breakdown is its TIME_PERIOD).
 *
 * Each row is `dataflow`, the dataflow's `AGENCY:ID(VERSION)`, ACTION `R` (replace), the key, `OBS_VALUE` and the
 * attributes of its structure. REF_AREA is `704` (UN M49, Viet Nam) or a province of the national extension
 * `704-P<list year>-<code>`. A missing value is `NaN` with `OBS_STATUS` `O`; a cell the privacy layer withheld is `NaN`
 * with `OBS_STATUS` `Q` and `CONF_STATUS` `C` (every other cell `F`), whichever kind of suppression withheld it.
 * `COMMENT_OBS` holds data-quality note codes, with counts in an internal export only. A row whose indicator has no
 * dataflow, with a breakdown its dataflow has no dimension for, or with a value outside a codelist is left out and
 * reported, never written as another cell. Rows are written as they come, so a key given twice is written twice and
 * the later row replaces the earlier one where the file is loaded (ACTION `R`). Lineage (record ids) is never written.
 * @example
 * const records = rows.map((record) => ({ recordType: 'indicator_result', record }));
 * await exportRecords(records, { exporter: sdmxCsvExporter, sink, profile: 'statistical', deidentify });
 */
export const sdmxCsvExporter = defineExporter({
  meta: {
    id: 'sdmx-csv',
    version: '2',
    mediaType: MEDIA_TYPE,
    extensions: ['csv'],
    recordTypes: [INDICATOR_RESULT_RECORD_TYPE],
    profiles: ['statistical', 'internal'],
    title: { vi: 'SDMX-CSV (kết quả chỉ số)', en: 'SDMX-CSV (indicator results)' },
    description: {
      vi: 'Kết quả chỉ số dạng SDMX-CSV 2.0, mỗi dataflow đã công bố (schemas/sdmx) một tệp: SDG 16.2.2 theo bố cục DF_SDG_GLH và các dataflow VN-TIP theo chủ đề.',
      en: 'Indicator results as SDMX-CSV 2.0, one file per published dataflow (schemas/sdmx): SDG 16.2.2 laid out as DF_SDG_GLH and the VN-TIP dataflows by subject.',
    },
  },
  options: sdmxOptions,
  messages: {
    sdmx_invalid_row: {
      severity: 'error',
      message: {
        vi: 'Bản ghi không phải một dòng kết quả chỉ số ({detail}); không được xuất.',
        en: 'The record is not an indicator result row ({detail}); it was not exported.',
      },
      hint: {
        vi: 'Xuất các dòng do computeIndicators trả về, mỗi dòng một bản ghi loại indicator_result.',
        en: 'Export the rows computeIndicators returns, each as a record of type indicator_result.',
      },
    },
    sdmx_indicator_unmapped: {
      severity: 'warning',
      message: {
        vi: 'Chỉ số {indicator} không thuộc dataflow SDMX nào đã công bố; các dòng của nó không được xuất.',
        en: 'Indicator {indicator} belongs to no published SDMX dataflow; its rows were not exported.',
      },
      hint: {
        vi: 'Xuất chỉ số này bằng định dạng khác (json, csv) hoặc công bố một dataflow cho nó.',
        en: 'Export this indicator in another format (json, csv) or publish a dataflow for it.',
      },
    },
    sdmx_code_unmapped: {
      severity: 'warning',
      message: {
        vi: 'Giá trị "{value}" của {dimension} không có trong danh mục của dataflow {dataflow}; dòng không được xuất.',
        en: 'Value "{value}" of {dimension} is not in the codelist of dataflow {dataflow}; the row was not exported.',
      },
      hint: {
        vi: 'Danh mục của mỗi dataflow ở schemas/sdmx; kết quả cấp xã và mã ngoài danh mục chuẩn không có mã SDMX.',
        en: 'Each dataflow’s codelists are in schemas/sdmx; commune-level results and codes outside the standard’s codelists have no SDMX code.',
      },
    },
  },
  create(ctx) {
    const wanted = new Set(ctx.options.dataflows ?? DATAFLOW_IDS);
    const flows = SDMX_DATAFLOWS.filter((flow) => wanted.has(flow.id)).map(
      (flow) => new FlowWriter(flow, ctx),
    );
    const unmapped = new Set<string>();
    return {
      async record(entry) {
        const row = readRow(entry, ctx);
        if (!row) return;
        let carried = false;
        for (const flow of flows) carried = (await flow.write(entry, row)) || carried;
        const published = SDMX_DATAFLOWS.some((flow) => flow.indicators.includes(row.indicator));
        if (!carried && !published && !unmapped.has(row.indicator)) {
          unmapped.add(row.indicator);
          ctx.report({
            code: 'sdmx_indicator_unmapped',
            entry,
            path: ['indicator'],
            params: { indicator: row.indicator },
          });
        }
      },
      async end() {
        for (const flow of flows) await flow.close();
      },
    };
  },
});

// --- Internal helpers ---

type Context = ExporterContext<SdmxCsvExportOptions>;
type Target = Awaited<ReturnType<Context['sink']['open']>>;

/** The file of one dataflow: its header, then its rows. */
class FlowWriter {
  private target: Target | undefined;
  private readonly breakdowns: ReadonlySet<string>;

  constructor(
    private readonly flow: SdmxDataflowTable,
    private readonly ctx: Context,
  ) {
    this.breakdowns = keysOf(flow);
  }

  /** Writes the row if this dataflow carries it; true when the dataflow carries its indicator. */
  async write(entry: RecordEntry, row: SdmxIndicatorRow): Promise<boolean> {
    const file = await this.open();
    if (!this.flow.indicators.includes(row.indicator)) return false;
    let key: KeyResult | undefined;
    if (this.flow.kind === 'sdg') {
      key = sdgKey(this.flow, row);
      // The rate needs a population; a figure without one is no SDG figure.
      if (!key || row.notes.some((note) => note.code === 'missing_population')) return true;
    } else {
      const unknown = Object.keys(row.disaggregation).filter((k) => !this.breakdowns.has(k));
      for (const name of unknown)
        this.ctx.report({
          code: 'export_field_dropped',
          entry,
          path: ['disaggregation', name],
          params: { format: 'SDMX-CSV' },
        });
      if (unknown.length > 0) return true;
      key = vntipKey(this.flow, row);
    }
    if (!key.ok) {
      this.ctx.report({
        code: 'sdmx_code_unmapped',
        entry,
        path: ['disaggregation'],
        params: { dimension: key.dimension, value: key.value, dataflow: this.flow.id },
      });
      return true;
    }
    // Text is escaped against formula injection; numbers and codes are values and never are.
    await file.write(
      csvRow([
        'dataflow',
        this.flow.structure,
        ACTION,
        ...key.codes.map(escapeCell),
        ...observation(this.flow, row, this.ctx.profile === 'internal'),
      ]),
    );
    return true;
  }

  async close(): Promise<void> {
    await this.open();
    await this.target?.close();
  }

  private async open(): Promise<Target> {
    if (!this.target) {
      this.target = await this.ctx.sink.open(`${this.flow.id}.csv`, { mediaType: MEDIA_TYPE });
      await this.target.write(
        csvRow([
          'STRUCTURE',
          'STRUCTURE_ID',
          'ACTION',
          ...this.flow.dimensions.map((d) => d.id),
          'OBS_VALUE',
          ...this.flow.attributes.map((a) => a.id),
        ]),
      );
    }
    return this.target;
  }
}

/** OBS_VALUE and the attributes of a row, in the structure's order. */
function observation(
  flow: SdmxDataflowTable,
  row: SdmxIndicatorRow,
  withCounts: boolean,
): string[] {
  const withheld = row.value === null && row.notes.some((note) => note.code === SUPPRESSED_NOTE);
  const missing = row.value === null || !Number.isFinite(row.value);
  const values: Readonly<Record<string, string>> = {
    UNIT_MEASURE: UNIT_CODES[row.unit] ?? row.unit.toUpperCase(),
    OBS_STATUS: withheld ? 'Q' : missing ? 'O' : 'A',
    CONF_STATUS: withheld ? 'C' : 'F',
    NUMERATOR: numberCell(row.numerator),
    DENOMINATOR: numberCell(row.denominator),
    TARGET: numberCell(targetValue(row)),
    TARGET_STATUS: row.status.toUpperCase(),
    COMMENT_OBS: escapeCell(noteCodes(row, withCounts)),
  };
  return [
    missing ? 'NaN' : numberCell(row.value),
    ...flow.attributes.map((attribute) => values[attribute.id] ?? ''),
  ];
}

function readRow(entry: RecordEntry, ctx: Context): SdmxIndicatorRow | undefined {
  const row = entry.record as Partial<SdmxIndicatorRow>;
  const problem =
    typeof row.indicator !== 'string'
      ? 'indicator'
      : typeof row.period?.start !== 'string' || typeof row.period?.end !== 'string'
        ? 'period'
        : typeof row.scope?.level !== 'string' || typeof row.scope?.code !== 'string'
          ? 'scope'
          : typeof row.disaggregation !== 'object' || row.disaggregation === null
            ? 'disaggregation'
            : typeof row.unit !== 'string'
              ? 'unit'
              : typeof row.status !== 'string'
                ? 'status'
                : !Array.isArray(row.notes)
                  ? 'notes'
                  : undefined;
  if (problem) {
    ctx.report({ code: 'sdmx_invalid_row', entry, path: [problem], params: { detail: problem } });
    return undefined;
  }
  return row as SdmxIndicatorRow;
}

/** The target in the unit of the value: a percent target of a ratio indicator is divided by 100. */
function targetValue(row: SdmxIndicatorRow): number | null {
  const value = row.target?.value;
  if (typeof value !== 'number') return null;
  return row.target?.unit === 'PERCENT' && row.unit === 'ratio' ? value / 100 : value;
}

/** The notes' codes; their counts only in an internal export (a count in a protected export could undo a withheld cell). */
function noteCodes(row: SdmxIndicatorRow, withCounts: boolean): string {
  return row.notes
    .map((note) =>
      note.count === undefined || !withCounts ? note.code : `${note.code}=${note.count}`,
    )
    .join('; ');
}

/** A number in plain decimal form with a point, as SDMX reads it; empty for null. */
function numberCell(value: number | null | undefined): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '';
  const text = String(value);
  if (!/e/i.test(text)) return text;
  if (Math.abs(value) >= 1) return BigInt(Math.round(value)).toString();
  return value.toFixed(20).replace(/0+$/, '');
}
