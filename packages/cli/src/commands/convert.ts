import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { type ImportFile, importRecords } from '@vntip/core';
import { folderFiles } from '@vntip/exporters/node';
import { validate } from '@vntip/validate';
import type { Command } from 'commander';
import { CliUsageError, EXIT_CODES, suggest } from '../errors';
import { type ValidatedInput, validateInputs } from '../input/validate-inputs';
import { acceptData } from './compute';
import { type CommandContext, oneOf } from './context';
import {
  checkOutFolder,
  type ExportFlags,
  findExporter,
  readExporterOptions,
  resolveProfile,
  writeExport,
} from './export';
import { ENCODINGS, readInputOptions } from './input-options';

/**
 * `vntip convert <input> --to <format> --out <folder>`: the same records in another format, for the agency's own use:
 * the internal profile (named here on the user's behalf, with its warning), no de-identification. `--from` reads the
 * input through a registered importer (built-in or a plugin's) instead of the readers.
 */
export function defineConvert(command: Command, ctx: CommandContext): void {
  const { t } = ctx;
  command
    .description(t('cmdConvert'))
    .argument('<input>', t('argInput'))
    .requiredOption('-t, --to <format>', t('optTo'))
    .option('-o, --out <folder>', t('optOutDir'))
    .option('--from <importer>', t('optFrom'))
    .option('--options <json>', t('optOptions'))
    .option('--overwrite', t('optOverwrite'))
    .option('--record-type <type>', t('optRecordType'))
    .option('--encoding <encoding>', t('optEncoding'))
    .action(async (input: string, options: ExportFlags & { from?: string }, cmd: Command) => {
      const run = ctx.start(cmd);
      const { out } = run;
      const config = await run.config({ formats: true });
      const exporter = findExporter(config, options.to, out);
      resolveProfile(exporter, 'internal', out);
      oneOf(t, '--encoding', options.encoding, ENCODINGS);
      const folder = await checkOutFolder(ctx, options);
      const userOptions = await readExporterOptions(ctx, options.options);
      let validated: ValidatedInput[];
      if (options.from) {
        const importer = config.registry.importers.get(options.from);
        if (!importer) {
          const known = [...config.registry.importers.keys()].sort();
          const near = suggest(options.from, known);
          const hint =
            near.length > 0 ? ` ${t('didYouMean', { suggestions: near.join(', ') })}` : '';
          throw new CliUsageError(
            `${t('errUnknownImporter', { id: options.from, known: known.join(', ') })}${hint}`,
            'UNKNOWN_IMPORTER',
          );
        }
        const files = await importFiles(ctx, input, importer.meta.extensions);
        const result = await validate(importRecords(files, { importer, locale: out.locale }), {
          locale: out.locale,
          rules: config.rules,
        });
        validated = [{ input, result }];
      } else {
        validated = await validateInputs(
          [input],
          { ...readInputOptions(options), rules: config.rules, keepRecords: true },
          out,
        );
      }
      if (!acceptData(validated, out, 'actionConverted')) {
        ctx.exit(EXIT_CODES.DATA_ERRORS);
        return;
      }
      await writeExport(
        validated.flatMap(({ result }) => result.records),
        {
          exporter,
          profile: 'internal',
          options: userOptions,
          folder,
          overwrite: options.overwrite === true,
          out,
        },
      );
      ctx.exit(EXIT_CODES.OK);
    });
}

async function importFiles(
  ctx: CommandContext,
  input: string,
  extensions: readonly string[],
): Promise<ImportFile[]> {
  const path = resolve(ctx.io.cwd, input);
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch {
    throw new CliUsageError(ctx.t('errFileNotFound', { path: input }), 'FILE_NOT_FOUND');
  }
  if (info.isDirectory()) return folderFiles(path, extensions);
  return [{ name: basename(path), bytes: createReadStream(path) as AsyncIterable<Uint8Array> }];
}
