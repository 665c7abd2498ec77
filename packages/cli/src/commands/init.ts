import { resolve } from 'node:path';
import { createMemorySink, exportRecords } from '@vntip/core';
import type { Command } from 'commander';
import { CliUsageError, EXIT_CODES } from '../errors';
import { exists, FileExistsError, writeFileAtomic } from '../io/write-file';
import { type CommandContext, oneOf } from './context';

/** `vntip init [file]`: the blank XLSX data-entry template from the xlsx exporter, vi or en; never overwrites. */
export function defineInit(command: Command, ctx: CommandContext): void {
  const { t } = ctx;
  command
    .description(t('cmdInit'))
    .argument('[file]', t('optTemplateOut'))
    .option('--template-lang <lang>', t('optTemplateLang'))
    .action(async (file: string | undefined, options: { templateLang?: string }, cmd: Command) => {
      const { out, globals } = ctx.start(cmd);
      const language =
        oneOf(t, '--template-lang', options.templateLang, ['vi', 'en'] as const) ?? ctx.locale;
      const target =
        file ?? (language === 'vi' ? 'mau-nhap-lieu-vntip.xlsx' : 'vntip-template.xlsx');
      const path = resolve(ctx.io.cwd, target);
      if (await exists(path)) {
        throw new CliUsageError(t('errFileExists', { path: target }), 'FILE_EXISTS');
      }
      const { XLSX_TEMPLATE_FILE, xlsxExporter } = await import('@vntip/exporters/xlsx');
      const sink = createMemorySink();
      await exportRecords([], {
        exporter: xlsxExporter,
        options: { template: true, language },
        sink,
        profile: 'internal',
      });
      const bytes = sink.files.get(XLSX_TEMPLATE_FILE)?.bytes;
      if (!bytes) throw new Error(`the xlsx exporter wrote no ${XLSX_TEMPLATE_FILE}`);
      try {
        await writeFileAtomic(path, bytes);
      } catch (error) {
        if (error instanceof FileExistsError) {
          throw new CliUsageError(t('errFileExists', { path: target }), 'FILE_EXISTS');
        }
        throw error;
      }
      if (globals.json) out.printJson({ path: target, language }, 0);
      else out.info(t('templateWritten', { path: target }));
      ctx.exit(EXIT_CODES.OK);
    });
}
