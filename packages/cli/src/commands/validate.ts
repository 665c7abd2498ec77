import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { annotateWorkbook, issueReport } from '@vntip/exporters';
import { readCsvRows } from '@vntip/read';
import type { Command } from 'commander';
import { CliUsageError, EXIT_CODES } from '../errors';
import { validateInputs } from '../input/validate-inputs';
import { type CommandContext, oneOf } from './context';
import { formatInput } from './format-issues';
import {
  addReadFlags,
  checkToday,
  ENCODINGS,
  type ReadFlags,
  readInputOptions,
  readLimits,
  readSignaturePolicy,
} from './input-options';
import { checkOutputFile, writeOutputFile } from './output-files';

/** `vntip validate <files…>`: issues grouped by file, sheet and row; exit 1 when the data has errors. */
export function defineValidate(command: Command, ctx: CommandContext): void {
  const { t } = ctx;
  command
    .description(t('cmdValidate'))
    .argument('<files...>', t('argFiles'))
    .option('-f, --format <format>', t('optFormatValidate'))
    .option('--fail-on <severity>', t('optFailOn'))
    .option('--schema-only', t('optSchemaOnly'))
    .option('--record-type <type>', t('optRecordType'))
    .option('--encoding <encoding>', t('optEncoding'))
    .option('--today <date>', t('optToday'))
    .option('--report <file>', t('optIssueReport'))
    .option('--annotate <file>', t('optAnnotate'))
    .option('--overwrite', t('optOverwrite'));
  addReadFlags(command, t).action(async (files: string[], options: ValidateFlags, cmd: Command) => {
    const run = ctx.start(cmd);
    const { out } = run;
    const format =
      oneOf(t, '--format', options.format, ['pretty', 'json'] as const) ??
      (run.globals.json ? 'json' : 'pretty');
    const failOn = oneOf(t, '--fail-on', options.failOn, ['error', 'warning'] as const) ?? 'error';
    oneOf(t, '--encoding', options.encoding, ENCODINGS);
    checkToday(t, options.today);
    const config = await run.config({ inputs: files });
    const reportFormat = options.report === undefined ? undefined : reportFormatOf(options.report);
    if (options.report !== undefined && reportFormat === undefined) {
      throw new CliUsageError(t('errReportFormat', { path: options.report }));
    }
    const reportPath =
      options.report === undefined
        ? undefined
        : await checkOutputFile(ctx, options.report, options.overwrite === true, files);
    const annotatePath =
      options.annotate === undefined
        ? undefined
        : await checkOutputFile(ctx, options.annotate, options.overwrite === true, files);
    if (
      options.annotate !== undefined &&
      (files.length !== 1 || !/\.(xlsx|csv)$/iu.test(files[0] ?? ''))
    ) {
      throw new CliUsageError(t('errAnnotateInput'));
    }
    const readLimitsAsSet = readLimits(t, options, config);
    // The issue report lists every issue: no cap when one is asked for.
    const limits =
      reportPath === undefined && annotatePath === undefined
        ? readLimitsAsSet
        : { ...readLimitsAsSet, maxIssues: Number.MAX_SAFE_INTEGER };
    const signatures = await readSignaturePolicy(ctx, options, config);
    const results = await validateInputs(
      files,
      {
        ...readInputOptions(options),
        rules: options.schemaOnly ? [] : config.rules,
        limits,
        signatures,
      },
      out,
    );
    if (reportPath !== undefined && reportFormat !== undefined && options.report !== undefined) {
      const all = results.flatMap(({ input, result }) =>
        result.issues.map((issue) => ({ ...issue, location: { file: input, ...issue.location } })),
      );
      await writeOutputFile(
        ctx,
        reportPath,
        options.report,
        await issueReport(all, reportFormat, run.globals.lang),
        {
          overwrite: options.overwrite === true,
          mode: 0o600,
        },
      );
    }
    const first = results[0];
    if (annotatePath !== undefined && options.annotate !== undefined && first !== undefined) {
      const bytes = new Uint8Array(await readFile(resolve(ctx.io.cwd, first.input)));
      const input = /\.xlsx$/iu.test(first.input)
        ? ({ kind: 'xlsx', bytes } as const)
        : ({
            kind: 'rows',
            sheet: basename(first.input),
            rows: await readCsvRows(
              { name: basename(first.input), bytes },
              readInputOptions(options),
            ),
          } as const);
      const out = await annotateWorkbook(input, first.result.issues, { lang: run.globals.lang });
      await writeOutputFile(ctx, annotatePath, options.annotate, out, {
        overwrite: options.overwrite === true,
        mode: 0o600,
      });
    }
    const failed = results.filter(
      ({ result }) => !result.ok || (failOn === 'warning' && result.issueCounts.warning > 0),
    );
    if (format === 'json') {
      out.printJson({
        ok: failed.length === 0,
        files: results.map(({ input, result }) => {
          const found =
            result.issueCounts.error + result.issueCounts.warning + result.issueCounts.info;
          return {
            file: input,
            ok: result.ok,
            complete: result.complete,
            counts: result.counts,
            issueCounts: result.issueCounts,
            // Issues beyond --max-issues are counted above and in the summary, not listed.
            issuesNotKept: found - result.issues.length,
            summary: result.summary,
            issues: result.issues,
          };
        }),
      });
    } else {
      for (const validated of results) out.data(formatInput(validated, out));
      const errors = results.reduce((sum, { result }) => sum + result.issueCounts.error, 0);
      const warnings = results.reduce((sum, { result }) => sum + result.issueCounts.warning, 0);
      if (results.length > 1 || failed.length > 0) {
        out.data(
          failed.length === 0
            ? `${t('totalValid', { files: results.length })}\n`
            : `${t('totalInvalid', { bad: failed.length, files: results.length, errors, warnings })}\n`,
        );
      }
    }
    ctx.exit(failed.length > 0 ? EXIT_CODES.DATA_ERRORS : EXIT_CODES.OK);
  });
}

function reportFormatOf(path: string): 'xlsx' | 'csv' | 'html' | undefined {
  const ext = /\.([a-z]+)$/u.exec(path.toLowerCase())?.[1];
  return ext === 'xlsx' || ext === 'csv' || ext === 'html' ? ext : undefined;
}

interface ValidateFlags extends ReadFlags {
  readonly report?: string;
  readonly annotate?: string;
  readonly overwrite?: boolean;
  readonly format?: string;
  readonly failOn?: string;
  readonly schemaOnly?: boolean;
  readonly recordType?: string;
  readonly encoding?: string;
  readonly today?: string;
}
