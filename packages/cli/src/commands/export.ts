import { readdir, readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  type AnyExporterDefinition,
  type Deidentifier,
  type ExportRecord,
  type ExportResult,
  exportRecords,
  isVntipError,
  PRIVACY_PROFILES,
  type PrivacyProfile,
} from '@vntip/core';
import { createFolderSink } from '@vntip/exporters/node';
import { INDICATOR_RESULT_RECORD_TYPE } from '@vntip/exporters/sdmx';
import { createDeidentifier, type PseudonymKey, readPseudonymKey } from '@vntip/privacy';
import type { Command } from 'commander';
import type { ResolvedConfig } from '../config/load-config';
import { CliUsageError, EXIT_CODES, suggest } from '../errors';
import { type ValidatedInput, validateInputs } from '../input/validate-inputs';
import type { Output } from '../io/output';
import { terminalText } from '../io/terminal-text';
import { acceptData, type ComputeFlags, computeFromFlags, loadTargets } from './compute';
import { type CommandContext, oneOf } from './context';
import { checkToday, ENCODINGS, readInputOptions } from './input-options';

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** `vntip export <inputs…> --to <format> --out <folder>`: validated records through an exporter and a privacy profile. */
export function defineExport(command: Command, ctx: CommandContext): void {
  const { t } = ctx;
  command
    .description(t('cmdExport'))
    .argument('<inputs...>', t('argFiles'))
    .requiredOption('-t, --to <format>', t('optTo'))
    .option('-p, --profile <profile>', t('optProfile'))
    .option('-o, --out <folder>', t('optOutDir'))
    .option('--key-file <file>', t('optKeyFile'))
    .option('--release <id>', t('optRelease'))
    .option('--options <json>', t('optOptions'))
    .option('--overwrite', t('optOverwrite'))
    .option('--period <period>', t('optPeriod'))
    .option('--grain <grain>', t('optGrain'))
    .option('--scope <scope>', t('optScope'), collect)
    .option('--targets <file>', t('optTargets'), collect)
    .option('--indicators <ids>', t('optIndicators'))
    .option('--record-type <type>', t('optRecordType'))
    .option('--encoding <encoding>', t('optEncoding'))
    .option('--today <date>', t('optToday'))
    .action(async (inputs: string[], options: ExportFlags, cmd: Command) => {
      const run = ctx.start(cmd);
      const { out } = run;
      const config = await run.config({ formats: true });
      const exporter = findExporter(config, options.to, out);
      const profile = oneOf(t, '--profile', options.profile, PRIVACY_PROFILES);
      const resolved = resolveProfile(exporter, profile, out);
      const key =
        resolved === 'referral' || resolved === 'public'
          ? await readKey(ctx, options, resolved)
          : undefined;
      oneOf(t, '--encoding', options.encoding, ENCODINGS);
      checkToday(t, options.today);
      const folder = await checkOutFolder(ctx, options);
      const userOptions = await readExporterOptions(ctx, options.options);
      const validated = await validateInputs(
        inputs,
        { ...readInputOptions(options), rules: config.rules, keepRecords: true },
        out,
      );
      if (!acceptData(validated, out, 'actionExported')) {
        ctx.exit(EXIT_CODES.DATA_ERRORS);
        return;
      }
      let records: ExportRecord[];
      if (isAggregateExporter(exporter)) {
        const targets = await loadTargets(options.targets ?? [], config.rules, options.today, out);
        if (!targets) {
          ctx.exit(EXIT_CODES.DATA_ERRORS);
          return;
        }
        const { rows } = await computeFromFlags(validated, options, config, out, targets);
        records = rows.map((row) => ({ recordType: INDICATOR_RESULT_RECORD_TYPE, record: row }));
      } else {
        records = validated.flatMap(({ result }) => result.records);
      }
      const exporterOptions =
        exporter.meta.id === 'package'
          ? { ...packageDefaults(validated), ...(userOptions as object | undefined) }
          : userOptions;
      const result = await writeExport(records, {
        exporter,
        profile,
        options: exporterOptions,
        folder,
        overwrite: options.overwrite === true,
        deidentify: createDeidentifier({
          ...(key ? { key } : {}),
          ...(options.release ? { release: options.release } : {}),
          indicators: indicatorMetas(config),
        }),
        out,
      });
      ctx.exit(result ? EXIT_CODES.OK : EXIT_CODES.USAGE_OR_SYSTEM);
    });
}

/** The flags of `export` (and, in part, `convert`). */
export interface ExportFlags extends ComputeFlags {
  readonly to: string;
  readonly profile?: string;
  readonly out?: string;
  readonly keyFile?: string;
  readonly release?: string;
  readonly options?: string;
  readonly overwrite?: boolean;
  readonly recordType?: string;
  readonly encoding?: string;
}

/** True for an exporter of indicator results only (SDMX-CSV): it is fed computed indicators, not records. */
function isAggregateExporter(exporter: AnyExporterDefinition): boolean {
  const types = exporter.meta.recordTypes;
  return types !== undefined && types.length === 1 && types[0] === INDICATOR_RESULT_RECORD_TYPE;
}

/** The exporter named by `--to`, from the registry of built-ins and plugins. */
export function findExporter(
  config: ResolvedConfig,
  id: string,
  out: Output,
): AnyExporterDefinition {
  const found = config.registry.exporters.get(id);
  if (found) return found;
  const known = [...config.registry.exporters.keys()].sort();
  const near = suggest(id, known);
  const hint = near.length > 0 ? ` ${out.t('didYouMean', { suggestions: near.join(', ') })}` : '';
  throw new CliUsageError(
    `${out.t('errUnknownExporter', { id, known: known.join(', ') })}${hint}`,
    'UNKNOWN_EXPORTER',
  );
}

/** The profile an export will use: the one asked for, else the exporter's default (its first other than internal). */
export function resolveProfile(
  exporter: AnyExporterDefinition,
  profile: PrivacyProfile | undefined,
  out: Output,
): PrivacyProfile {
  const chosen = profile ?? exporter.meta.profiles.find((p) => p !== 'internal');
  if (chosen === undefined || !exporter.meta.profiles.includes(chosen)) {
    throw new CliUsageError(
      out.t('errProfileUnsupported', {
        format: exporter.meta.id,
        profile: chosen ?? '(default)',
        profiles: exporter.meta.profiles.join(', '),
      }),
      'UNSUPPORTED_PROFILE',
    );
  }
  return chosen;
}

async function readKey(
  ctx: CommandContext,
  options: ExportFlags,
  profile: PrivacyProfile,
): Promise<PseudonymKey> {
  let text: string | undefined;
  if (options.keyFile) {
    try {
      text = await readFile(resolve(ctx.io.cwd, options.keyFile), 'utf8');
    } catch {
      throw new CliUsageError(
        ctx.t('errFileNotFound', { path: options.keyFile }),
        'FILE_NOT_FOUND',
      );
    }
  } else {
    text = ctx.io.env.VNTIP_PSEUDONYM_KEY;
  }
  if (text === undefined || text.trim() === '') {
    throw new CliUsageError(ctx.t('errKeyMissing', { profile }), 'MISSING_PSEUDONYM_KEY');
  }
  try {
    return readPseudonymKey(text);
  } catch (error) {
    if (isVntipError(error) && error.code === 'WEAK_PSEUDONYM_KEY') {
      // The message is "vi / en"; keep the reason in the user's language.
      const [vi = '', en = ''] = error.message.replace(/^\[vntip\] \[[^\]]*\] /, '').split(' / ');
      const reason = (ctx.locale === 'vi' ? vi : en).replace(/ (Tạo|Make) .*$/, '');
      throw new CliUsageError(ctx.t('errKeyWeak', { reason }), 'WEAK_PSEUDONYM_KEY', {
        cause: error,
      });
    }
    throw new CliUsageError(ctx.t('errKeyInvalid'), 'INVALID_PSEUDONYM_KEY', { cause: error });
  }
}

/** What the de-identifier needs to tell counts of persons from counts of activities: every indicator's id and reads. */
export function indicatorMetas(
  config: ResolvedConfig,
): { id: string; requires: readonly string[] }[] {
  return [...config.registry.indicators.values()].map(({ meta }) => ({
    id: meta.id,
    requires: meta.requires,
  }));
}

/** The output folder: required, and empty unless `--overwrite`. */
export async function checkOutFolder(
  ctx: CommandContext,
  options: { out?: string; overwrite?: boolean },
): Promise<string> {
  if (!options.out) throw new CliUsageError(ctx.t('errOutRequired'), 'OUT_REQUIRED');
  const folder = resolve(ctx.io.cwd, options.out);
  if (options.overwrite) return folder;
  try {
    if (!(await stat(folder)).isDirectory()) {
      throw new CliUsageError(ctx.t('errFileExists', { path: options.out }), 'FILE_EXISTS');
    }
    const entries = (await readdir(folder)).filter((name) => !name.startsWith('.'));
    if (entries.length > 0) {
      throw new CliUsageError(
        ctx.t('errOutExists', { path: options.out, file: entries[0] }),
        'OUT_NOT_EMPTY',
      );
    }
  } catch (error) {
    if (error instanceof CliUsageError) throw error;
  }
  return folder;
}

/** `--options`: inline JSON, or the path of a JSON file. */
export async function readExporterOptions(
  ctx: CommandContext,
  value: string | undefined,
): Promise<unknown> {
  if (value === undefined) return undefined;
  let text = value;
  if (!value.trimStart().startsWith('{')) {
    try {
      text = await readFile(resolve(ctx.io.cwd, value), 'utf8');
    } catch (error) {
      throw new CliUsageError(ctx.t('errOptionsJson', { reason: (error as Error).message }));
    }
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliUsageError(ctx.t('errOptionsJson', { reason: (error as Error).message }));
  }
}

/** Package exporter options taken from the input's own descriptor: name, publisher, period and the rest. */
function packageDefaults(inputs: readonly ValidatedInput[]): Record<string, unknown> {
  const descriptor = inputs.find(({ result }) => result.descriptor !== undefined)?.result
    .descriptor as Record<string, unknown> | undefined;
  if (!descriptor) return {};
  const keep = [
    'name',
    'publisher',
    'period',
    'title',
    'description',
    'version',
    'licenses',
    'sources',
  ];
  const defaults: Record<string, unknown> = { created: new Date().toISOString() };
  for (const key of keep) if (descriptor[key] !== undefined) defaults[key] = descriptor[key];
  return defaults;
}

/** Runs the exporter into an atomic folder sink and prints what was written and the risk report. */
export async function writeExport(
  records: readonly ExportRecord[],
  run: {
    exporter: AnyExporterDefinition;
    profile: PrivacyProfile | undefined;
    options: unknown;
    folder: string;
    overwrite: boolean;
    deidentify?: Deidentifier;
    out: Output;
  },
): Promise<ExportResult | undefined> {
  const { out } = run;
  const { t } = out;
  let result: ExportResult;
  try {
    result = await exportRecords(records, {
      exporter: run.exporter,
      sink: createFolderSink(run.folder, { overwrite: run.overwrite }),
      locale: out.locale,
      ...(run.options !== undefined ? { options: run.options } : {}),
      ...(run.profile ? { profile: run.profile } : {}),
      ...(run.deidentify ? { deidentify: run.deidentify } : {}),
    });
  } catch (error) {
    if (isVntipError(error) && error.code === 'INVALID_PLUGIN_OPTIONS') {
      throw new CliUsageError(
        t('errBadOptions', { what: run.exporter.meta.id, detail: error.message }),
        'INVALID_PLUGIN_OPTIONS',
        { cause: error },
      );
    }
    throw error;
  }
  const report = result.riskReport;
  if (out.json) {
    out.printJson({
      folder: run.folder,
      files: result.files,
      records: result.records,
      riskReport: report,
      issues: result.issues,
    });
  } else {
    for (const file of result.files) out.data(`${terminalText(resolve(run.folder, file))}\n`);
  }
  out.info(
    t('exported', {
      records: result.records,
      format: run.exporter.meta.id,
      profile: report.profile,
      out: run.folder,
      files: result.files.join(', '),
    }),
  );
  out.info(t('riskSummary', { summary: report.summary[out.locale] }));
  if (report.keyId) out.info(t('riskKey', { keyId: report.keyId }));
  for (const warning of report.warnings) out.warn(warning[out.locale]);
  if (result.issues.length > 0) {
    out.info(t('exportIssues', { count: result.issues.length }));
    for (const issue of result.issues.slice(0, 20)) out.info(`  ${issue.code}: ${issue.message}`);
  }
  return result;
}
