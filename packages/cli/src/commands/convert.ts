import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { type ImportFile, importRecords } from '@vntip/core';
import { folderFiles } from '@vntip/exporters/node';
import type { Command } from 'commander';
import type { ResolvedConfig } from '../config/load-config';
import { CliUsageError, EXIT_CODES, suggest } from '../errors';
import { type ValidatedInput, validateInputs, validateSource } from '../input/validate-inputs';
import { RecordSpill } from '../io/record-spill';
import { stageFolder } from '../io/staged-folder';
import { acceptData } from './compute';
import { type CommandContext, oneOf } from './context';
import {
  checkOutFolder,
  type ExportFlags,
  findExporter,
  readExporterOptions,
  readFiles,
  resolveProfile,
  writeExport,
} from './export';
import {
  addReadFlags,
  ENCODINGS,
  readInputOptions,
  readLimits,
  readSignaturePolicy,
} from './input-options';

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
    .option('--encoding <encoding>', t('optEncoding'));
  addReadFlags(command, t).action(
    async (input: string, options: ExportFlags & { from?: string }, cmd: Command) => {
      const run = ctx.start(cmd);
      const { out } = run;
      const config = await run.config({ formats: true, inputs: [input] });
      const exporter = findExporter(config, options.to, out);
      resolveProfile(exporter, 'internal', out);
      oneOf(t, '--encoding', options.encoding, ENCODINGS);
      const limits = readLimits(t, options, config);
      const signatures = await readSignaturePolicy(ctx, options, config);
      const folder = await checkOutFolder(ctx, options, [
        input,
        ...readFiles(options),
        ...(config.path ? [config.path] : []),
      ]);
      const userOptions = await readExporterOptions(ctx, options.options);
      const importer = options.from ? findImporter(ctx, config, options.from) : undefined;
      const staged = await stageFolder(folder, 0o700);
      try {
        const spill = await RecordSpill.create(staged.scratch);
        const inputOptions = {
          ...readInputOptions(options),
          rules: config.rules,
          limits,
          signatures,
          spill,
        };
        let validated: ValidatedInput[];
        if (importer) {
          const files = await importFiles(ctx, input, importer.meta.extensions);
          const result = await validateSource(
            importRecords(files, { importer, locale: out.locale }),
            input,
            inputOptions,
            out,
          );
          validated = [{ input, result }];
        } else {
          validated = await validateInputs([input], inputOptions, out);
        }
        if (!acceptData(validated, out, 'actionConverted')) {
          ctx.exit(EXIT_CODES.DATA_ERRORS);
          return;
        }
        await writeExport(spill.records(), {
          exporter,
          profile: 'internal',
          options: userOptions,
          folder,
          staged,
          mode: 0o600,
          out,
        });
        ctx.exit(EXIT_CODES.OK);
      } finally {
        await staged.discard();
      }
    },
  );
}

/** The importer named by `--from`, from the registry of built-ins and plugins. */
function findImporter(ctx: CommandContext, config: ResolvedConfig, id: string) {
  const { t } = ctx;
  const importer = config.registry.importers.get(id);
  if (importer) return importer;
  const known = [...config.registry.importers.keys()].sort();
  const near = suggest(id, known);
  const hint = near.length > 0 ? ` ${t('didYouMean', { suggestions: near.join(', ') })}` : '';
  throw new CliUsageError(
    `${t('errUnknownImporter', { id, known: known.join(', ') })}${hint}`,
    'UNKNOWN_IMPORTER',
  );
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
