import {
  type BilingualText,
  type ExportRecord,
  qualifiedText,
  type RecordEntry,
} from '@vntip/core';
import type { IndicatorResult } from '@vntip/indicators';
import { AGGREGATE_RECORD_TYPE, createDeidentifier } from '@vntip/privacy';
import type { Command } from 'commander';
import { CliUsageError, EXIT_CODES } from '../errors';
import { validateInputs } from '../input/validate-inputs';
import { DEFAULT_CHROMIUM, htmlToPdf } from '../io/html-to-pdf';
import type { Output } from '../io/output';
import { RecordSpill } from '../io/record-spill';
import { formatTable } from '../io/table';
import { terminalJson, terminalText } from '../io/terminal-text';
import type { MessageKey } from '../messages';
import { ownValue } from '../own-property';
import { participantsByActivityType } from '../report/participants-by-activity-type';
import { renderHtmlReport } from '../report/render-html-report';
import {
  codeLabel,
  INTERNAL_MARKING,
  type RecordNames,
  type ReportProfile,
} from '../report/report-labels';
import type { ReportProtection } from '../report/withheld-section';
import {
  acceptData,
  type Computed,
  type ComputeFlags,
  computeFromFlags,
  loadTargets,
} from './compute';
import { type CommandContext, oneOf } from './context';
import { indicatorMetas } from './export';
import {
  addReadFlags,
  checkToday,
  ENCODINGS,
  type ReadFlags,
  readInputOptions,
  readLimits,
  readSignaturePolicy,
} from './input-options';
import { checkOutputFile, withScratch, writeOutputFile } from './output-files';

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** `vntip report <inputs…>`: indicators against targets as a terminal table, JSON or a single-file HTML report. */
export function defineReport(command: Command, ctx: CommandContext): void {
  const { t } = ctx;
  command
    .description(t('cmdReport'))
    .argument('<inputs...>', t('argFiles'))
    .option('--period <period>', t('optPeriod'))
    .option('--grain <grain>', t('optGrain'))
    .option('--scope <scope>', t('optScope'), collect)
    .option('--targets <file>', t('optTargets'), collect)
    .option('--indicators <ids>', t('optIndicators'))
    .option('-f, --format <format>', t('optFormatReport'))
    .option('-p, --profile <profile>', t('optReportProfile'))
    .option('-o, --out <file>', t('optOutFile'))
    .option('--title <title>', t('optTitle'))
    .option('--allow-invalid', t('optAllowInvalid'))
    .option('--record-type <type>', t('optRecordType'))
    .option('--encoding <encoding>', t('optEncoding'))
    .option('--today <date>', t('optToday'))
    .option('--overwrite', t('optOverwriteFile'))
    .option('--all', t('optAll'));
  addReadFlags(command, t).action(
    async (inputs: string[], options: ReportOptions, cmd: Command) => {
      const run = ctx.start(cmd);
      const { out } = run;
      const format =
        oneOf(t, '--format', options.format, ['table', 'json', 'html', 'pdf'] as const) ??
        (run.globals.json ? 'json' : 'table');
      if (format === 'pdf' && !options.out) throw new CliUsageError(t('errPdfNeedsOut'), 'USAGE');
      const profile: ReportProfile =
        oneOf(t, '--profile', options.profile, ['statistical', 'internal'] as const) ??
        'statistical';
      oneOf(t, '--encoding', options.encoding, ENCODINGS);
      checkToday(t, options.today);
      const read = [...inputs, ...(options.targets ?? [])];
      const config = await run.config({ inputs: read });
      const limits = readLimits(t, options, config);
      const signatures = await readSignaturePolicy(ctx, options, config);
      const target = options.out
        ? await checkOutputFile(ctx, options.out, options.overwrite === true, [
            ...read,
            ...(options.publicKey ?? []),
            ...(config.path ? [config.path] : []),
          ])
        : undefined;
      const names: Record<string, string> = Object.create(null);
      const computedRows = await withScratch(async (scratch) => {
        const spill = await RecordSpill.create(scratch);
        const validated = await validateInputs(
          inputs,
          { ...readInputOptions(options), rules: config.rules, limits, signatures, spill },
          out,
        );
        if (!options.allowInvalid && !acceptData(validated, out, 'actionReported'))
          return undefined;
        const errors = validated.reduce((sum, v) => sum + v.result.issueCounts.error, 0);
        if (errors > 0) out.warn(t('invalidButComputed', { errors }));
        const targets = await loadTargets(options.targets ?? [], config.rules, options.today, out, {
          limits,
          signatures,
        });
        if (!targets) return undefined;
        // A report also gives participants by activity type (its key figures lead with them), in every format.
        const extra = [participantsByActivityType];
        return computeFromFlags(
          validated,
          collectRecordNames(spill.records(), names),
          options,
          config,
          out,
          targets,
          extra,
        );
      });
      if (!computedRows) {
        ctx.exit(EXIT_CODES.DATA_ERRORS);
        return;
      }
      const { computed, protection } = await protectReport(computedRows, profile, config, out);
      const titles = indicatorTitles(config.registry.indicators.values());
      let text: string | Uint8Array;
      if (format === 'json') {
        text = `${terminalJson(
          {
            profile,
            ...(profile === 'internal' ? { marking: INTERNAL_MARKING } : {}),
            period: computed.period,
            scopes: computed.scopes,
            rows:
              profile === 'internal'
                ? computed.rows
                : computed.rows.map(({ lineage: _lineage, ...row }) => row),
          },
          2,
        )}\n`;
      } else if (format === 'html' || format === 'pdf') {
        const html = renderHtmlReport({
          rows: computed.rows,
          period: computed.period,
          scopes: computed.scopes,
          locale: out.locale,
          generatedAt: new Date().toISOString(),
          indicatorTitles: titles,
          profile,
          names,
          ...(protection ? { protection } : {}),
          ...(options.title ? { title: options.title } : {}),
        });
        text =
          format === 'pdf'
            ? await htmlToPdf(html, {
                t,
                executablePath: ctx.io.env.VNTIP_CHROMIUM || DEFAULT_CHROMIUM,
              })
            : html;
      } else {
        text = formatReportTable(computed, titles, out, profile, {
          all: options.all === true,
          names,
        });
      }
      if (target && options.out) {
        await writeOutputFile(ctx, target, options.out, text, {
          overwrite: options.overwrite === true,
          // A protected report may be mailed round; an internal one stays with its owner.
          mode: profile === 'internal' ? 0o600 : 0o644,
        });
        out.info(t('reportWritten', { path: options.out }));
      } else {
        out.data(text);
      }
      ctx.exit(EXIT_CODES.OK);
    },
  );
}

interface ReportOptions extends ComputeFlags, ReadFlags {
  readonly overwrite?: boolean;
  readonly format?: string;
  readonly profile?: string;
  readonly out?: string;
  readonly title?: string;
  readonly allowInvalid?: boolean;
  readonly recordType?: string;
  readonly encoding?: string;
  readonly all?: boolean;
}

/** Passes records through while keeping the names of media outlets and facilities by id, for the report's labels. */
async function* collectRecordNames(
  records: AsyncIterable<RecordEntry>,
  names: Record<string, string>,
): AsyncGenerator<RecordEntry> {
  for await (const entry of records) {
    const { recordType, record } = entry;
    if (
      (recordType === 'media_outlet' || recordType === 'facility') &&
      typeof record.id === 'string' &&
      typeof record.name === 'string'
    )
      names[record.id] = record.name;
    yield entry;
  }
}

/**
 * The report's rows under its profile: `statistical` runs the same de-identifier as `export --profile statistical`
 * (small counts withheld with their complements, no lineage, no counts in notes); `internal` keeps them as computed and
 * warns.
 */
async function protectReport(
  computed: Computed,
  profile: ReportProfile,
  config: Parameters<typeof indicatorMetas>[0],
  out: Output,
): Promise<{ computed: Computed; protection?: ReportProtection }> {
  if (profile === 'internal') {
    out.warn(out.t('reportInternalWarning'));
    return { computed };
  }
  const records: ExportRecord[] = computed.rows.map((row) => ({
    recordType: AGGREGATE_RECORD_TYPE,
    record: row as unknown as Record<string, unknown>,
  }));
  const metas = [
    ...indicatorMetas(config),
    { id: participantsByActivityType.meta.id, requires: participantsByActivityType.meta.requires },
  ];
  const deidentified = await createDeidentifier({ indicators: metas })(records, 'statistical');
  const rows: IndicatorResult[] = [];
  for await (const entry of deidentified.records)
    rows.push(entry.record as unknown as IndicatorResult);
  const cells = deidentified.report().smallCells;
  const withheld = (cells?.suppressed ?? 0) + (cells?.complementary ?? 0);
  if (withheld > 0)
    out.info(out.t('reportProtected', { withheld, threshold: cells?.threshold ?? '' }));
  return {
    computed: { ...computed, rows },
    protection: {
      ...(cells?.threshold === undefined ? {} : { threshold: cells.threshold }),
      suppressed: cells?.suppressed ?? 0,
      complementary: cells?.complementary ?? 0,
    },
  };
}

function indicatorTitles(
  indicators: Iterable<{ meta: { id: string; title: BilingualText } }>,
): Record<string, BilingualText> {
  const titles: Record<string, BilingualText> = Object.create(null);
  for (const { meta } of indicators) titles[meta.id] = meta.title;
  return titles;
}

const STATUS: Readonly<Record<IndicatorResult['status'], MessageKey>> = {
  met: 'statusMet',
  not_met: 'statusNotMet',
  on_track: 'statusOnTrack',
  no_data: 'statusNoData',
  not_quantified: 'statusNotQuantified',
};

const COMPARATORS: Readonly<Record<string, string>> = {
  EQ: '=',
  GTE: '≥',
  GT: '>',
  LTE: '≤',
  LT: '<',
};

/** How the terminal table is drawn: every row (`all`), record ids by name. */
export interface ReportTableOptions {
  readonly all?: boolean;
  readonly names?: RecordNames;
}

/**
 * The terminal table: one line per total and per one-way breakdown, and a line saying how many finer breakdowns are
 * not shown; with `all`, every row.
 */
export function formatReportTable(
  computed: Computed,
  titles: Readonly<Record<string, BilingualText>>,
  out: Output,
  profile: ReportProfile = 'statistical',
  options: ReportTableOptions = {},
): string {
  const { t, locale, paint } = out;
  const number = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
    maximumFractionDigits: 2,
  });
  const totals = options.all
    ? computed.rows
    : computed.rows.filter((row) => Object.keys(row.disaggregation).length <= 1);
  const breakdown = (row: IndicatorResult) =>
    terminalText(
      Object.entries(row.disaggregation)
        .filter(([key]) => key !== 'codeListVersion')
        .map(([key, code]) =>
          code === 'ALL'
            ? t('total')
            : `${key}: ${codeLabel(key, code, row.disaggregation.codeListVersion, options.names)[locale]}`,
        )
        .join(', '),
    );
  const value = (row: IndicatorResult) => {
    if (row.value === null)
      return row.notes.some((note) => note.code === 'small_cell_suppressed') ? t('withheld') : '—';
    // A lower bound or an approximation is never shown as a count: `≥ 200`, `≈ 5,000`.
    return qualifiedText(
      row.unit === 'ratio' ? `${number.format(row.value * 100)}%` : number.format(row.value),
      row.qualifier,
    );
  };
  const target = (row: IndicatorResult) => {
    const goal = row.target;
    if (!goal || goal.value === undefined) return '';
    const unit = goal.unit === 'PERCENT' ? '%' : '';
    return `${ownValue(COMPARATORS, goal.comparator ?? 'EQ') ?? ''} ${number.format(goal.value)}${unit}`;
  };
  const status = (row: IndicatorResult) => {
    const key = ownValue(STATUS, row.status);
    const label = key ? t(key) : terminalText(String(row.status));
    if (row.status === 'met') return paint.green(label);
    if (row.status === 'not_met') return paint.red(label);
    return label;
  };
  const lines = totals.map((row) => [
    terminalText(ownValue(titles, row.indicator)?.[locale] ?? row.indicator),
    breakdown(row),
    terminalText(row.scope.code),
    row.period.start === computed.period.start && row.period.end === computed.period.end
      ? ''
      : terminalText(`${row.period.start}..${row.period.end}`),
    value(row),
    target(row),
    status(row),
  ]);
  const scopes = [...new Set(computed.scopes.map((s) => s.code))].join(', ');
  const heading = paint.bold(
    `${profile === 'internal' ? `${INTERNAL_MARKING} · ` : ''}${t('reportHeading', {
      period: `${computed.period.start}..${computed.period.end}`,
      scopes,
    })}`,
  );
  const omitted = computed.rows.length - totals.length;
  return `${heading}\n${formatTable(
    [
      t('colIndicator'),
      t('colBreakdown'),
      t('colScope'),
      t('colPeriod'),
      t('colValue'),
      t('colTarget'),
      t('colStatus'),
    ],
    lines,
  )}${omitted > 0 ? `${paint.dim(t('breakdownsOmitted', { count: omitted }))}\n` : ''}`;
}
