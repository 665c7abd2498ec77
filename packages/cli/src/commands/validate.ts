import type { Command } from 'commander';
import { EXIT_CODES } from '../errors';
import { validateInputs } from '../input/validate-inputs';
import { type CommandContext, oneOf } from './context';
import { formatInput } from './format-issues';
import { checkToday, ENCODINGS, readInputOptions } from './input-options';

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
    .action(async (files: string[], options: ValidateFlags, cmd: Command) => {
      const run = ctx.start(cmd);
      const { out } = run;
      const format =
        oneOf(t, '--format', options.format, ['pretty', 'json'] as const) ??
        (run.globals.json ? 'json' : 'pretty');
      const failOn =
        oneOf(t, '--fail-on', options.failOn, ['error', 'warning'] as const) ?? 'error';
      oneOf(t, '--encoding', options.encoding, ENCODINGS);
      checkToday(t, options.today);
      const config = await run.config();
      const results = await validateInputs(
        files,
        {
          ...readInputOptions(options),
          rules: options.schemaOnly ? [] : config.rules,
          keepRecords: false,
        },
        out,
      );
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

interface ValidateFlags {
  readonly format?: string;
  readonly failOn?: string;
  readonly schemaOnly?: boolean;
  readonly recordType?: string;
  readonly encoding?: string;
  readonly today?: string;
}
