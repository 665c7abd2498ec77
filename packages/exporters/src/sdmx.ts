// SDMX-CSV 2.0 for indicator results: one observation per row, keyed by indicator, area, period and breakdowns.
import {
  defineExporter,
  type ExporterContext,
  type IndicatorUnit,
  type IndicatorValue,
  type RecordEntry,
} from '@vntip/core';
import { optionsSchema } from './internal/options-schema';
import { csvRow } from './internal/sdmx-csv-line';
import {
  BUILTIN_DIMENSIONS,
  columnIdOf,
  dimensionCode,
  QUALIFIER_KEYS,
  refArea,
  timePeriod,
} from './internal/sdmx-dimensions';
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
  /** The dataflow of every row, as `AGENCY:ID(VERSION)`. @default 'VNTIP:DF_TIP_INDICATORS(1.0)' */
  readonly dataflow?: string;
  /** Disaggregation keys beyond the built-in indicators' ones, each a dimension column (`targetGroup` → `TARGET_GROUP`). @default [] */
  readonly extraDimensions?: readonly string[];
}

const MEDIA_TYPE = 'application/vnd.sdmx.data+csv; version=2.0.0';
const FILE = 'indicator_result.csv';
const DEFAULT_DATAFLOW = 'VNTIP:DF_TIP_INDICATORS(1.0)';
const DATAFLOW = /^[A-Za-z][\w.-]*:[A-Za-z][\w.-]*\(\d+(\.\d+){0,2}\)$/;
const KEY = /^[A-Za-z][A-Za-z0-9_]*$/;

/** SDMX unit codes of our indicator units (the SDG code where the SDG has one). */
const UNIT_CODES: Readonly<Record<IndicatorUnit, string>> = {
  count: 'NUMBER',
  ratio: 'RATIO',
  amount: 'AMOUNT',
  days: 'DAYS',
  rate_per_100000: 'PER_100000_POP',
};

const ATTRIBUTES = [
  'UNIT_MEASURE',
  'OBS_STATUS',
  'NUMERATOR',
  'DENOMINATOR',
  'TARGET',
  'TARGET_STATUS',
  'COMMENT_OBS',
];

const sdmxOptions = optionsSchema<SdmxCsvExportOptions>({
  dataflow: [
    (value) => typeof value === 'string' && DATAFLOW.test(value),
    'a dataflow reference such as VNTIP:DF_TIP_INDICATORS(1.0)',
  ],
  extraDimensions: [
    (value) =>
      Array.isArray(value) && value.every((key) => typeof key === 'string' && KEY.test(key)),
    'a list of disaggregation keys (letters, digits, _)',
  ],
});

/**
 * Exports indicator results (records of type `indicator_result`, each an `IndicatorResult` row) as one SDMX-CSV 2.0
 * file, `indicator_result.csv`: `STRUCTURE,STRUCTURE_ID,ACTION`, the dimensions `INDICATOR`, `REF_AREA`,
 * `TIME_PERIOD` and one column per disaggregation key, the measure `OBS_VALUE`, then the attributes `UNIT_MEASURE`,
 * `OBS_STATUS`, `NUMERATOR`, `DENOMINATOR`, `TARGET`, `TARGET_STATUS` and `COMMENT_OBS` (data-quality note codes, with
 * their counts in an internal export only).
 * A breakdown a row does not have is `_T` (total), `ALL` is `_T` and `UNKNOWN` `_U`. The columns are fixed before the
 * first row, so a row with a key that has no column is left out and reported (`export_field_dropped`) rather than
 * written as a false total. Lineage (record ids) is never written.
 * @example
 * const records = rows.map((record) => ({ recordType: 'indicator_result', record }));
 * await exportRecords(records, { exporter: sdmxCsvExporter, sink, profile: 'statistical' });
 */
export const sdmxCsvExporter = defineExporter({
  meta: {
    id: 'sdmx-csv',
    version: '1',
    mediaType: MEDIA_TYPE,
    extensions: ['csv'],
    recordTypes: [INDICATOR_RESULT_RECORD_TYPE],
    profiles: ['statistical', 'internal'],
    title: { vi: 'SDMX-CSV (kết quả chỉ số)', en: 'SDMX-CSV (indicator results)' },
    description: {
      vi: 'Kết quả chỉ số dạng SDMX-CSV 2.0: mỗi dòng một quan sát theo chỉ số, địa bàn, kỳ và các phân tổ; tổng là _T.',
      en: 'Indicator results as SDMX-CSV 2.0: one observation per row by indicator, area, period and breakdown; totals are _T.',
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
  },
  create(ctx) {
    const dataflow = ctx.options.dataflow ?? DEFAULT_DATAFLOW;
    const dimensions = dimensionColumns(ctx.options.extraDimensions ?? []);
    const header = [
      'STRUCTURE',
      'STRUCTURE_ID',
      'ACTION',
      'INDICATOR',
      'REF_AREA',
      'TIME_PERIOD',
      ...dimensions.map(([, column]) => column),
      'OBS_VALUE',
      ...ATTRIBUTES,
    ];
    const known = new Set(dimensions.map(([key]) => key));
    let target: Awaited<ReturnType<typeof ctx.sink.open>> | undefined;
    const open = async () => {
      if (!target) {
        target = await ctx.sink.open(FILE, { mediaType: MEDIA_TYPE });
        await target.write(csvRow(header));
      }
      return target;
    };
    return {
      async record(entry) {
        const file = await open();
        const row = readRow(entry, ctx);
        if (!row) return;
        const unknown = Object.keys(row.disaggregation).filter(
          (key) => !known.has(key) && !QUALIFIER_KEYS.has(key),
        );
        for (const key of unknown) {
          ctx.report({
            code: 'export_field_dropped',
            entry,
            path: ['disaggregation', key],
            params: { format: 'SDMX-CSV' },
          });
        }
        if (unknown.length > 0) return;
        // Text is escaped against formula injection; numbers are values and never are.
        const cells = [
          'dataflow',
          escapeCell(dataflow),
          'I',
          escapeCell(row.indicator),
          escapeCell(refArea(row.scope)),
          timePeriod(row.period.start, row.period.end),
          ...dimensions.map(([key]) =>
            escapeCell(dimensionCode(key, row.disaggregation[key], row.disaggregation)),
          ),
          numberCell(row.value),
          escapeCell(UNIT_CODES[row.unit] ?? row.unit.toUpperCase()),
          row.value === null ? 'M' : 'A',
          numberCell(row.numerator),
          numberCell(row.denominator),
          numberCell(targetValue(row)),
          escapeCell(row.status.toUpperCase()),
          escapeCell(noteCodes(row, ctx.profile === 'internal')),
        ];
        await file.write(csvRow(cells));
      },
      async end() {
        await open();
        await target?.close();
      },
    };
  },
});

// --- Internal helpers ---

type Context = ExporterContext<SdmxCsvExportOptions>;

function dimensionColumns(extra: readonly string[]): (readonly [string, string])[] {
  const columns = [...BUILTIN_DIMENSIONS];
  const taken = new Set(columns.map(([, column]) => column));
  const keys = new Set(columns.map(([key]) => key));
  for (const key of [...new Set(extra)].sort()) {
    if (keys.has(key) || QUALIFIER_KEYS.has(key)) continue;
    let column = columnIdOf(key);
    while (taken.has(column)) column = `${column}_`;
    taken.add(column);
    columns.push([key, column]);
  }
  return columns;
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
  return (row.notes ?? [])
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
