import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  signingKeyId,
  signPackage,
  signPackageFolder,
  verifyPackage,
} from '@vntip/exporters/signing';
import type { Command } from 'commander';
import { CliUsageError, EXIT_CODES } from '../errors';
import { packageFolder } from '../input/package-signature';
import { refuseInputAsOutput } from '../io/output-path';
import { exists, writeFileAtomic } from '../io/write-file';
import type { CommandContext } from './context';
import { readUserFile } from './input-options';
import { checkOutputFile } from './output-files';

export { readUserFile } from './input-options';

/**
 * `vntip sign <zip|folder> --key <private.pem>`: signs a package (signature format version 2). A zip gets a
 * `datapackage.json.sig` entry and replaces itself atomically, keeping its file mode (or is written to `--out`); a
 * folder gets a `datapackage.json.sig` file beside its `datapackage.json`. A package already signed is signed again
 * in place only with `--overwrite`.
 */
export function defineSign(command: Command, ctx: CommandContext): void {
  const { t } = ctx;
  command
    .description(t('cmdSign'))
    .argument('<package>', t('argInput'))
    .requiredOption('-k, --key <file>', t('optSignKey'))
    .option('-o, --out <file>', t('optSignOut'))
    .option('--overwrite', t('optSignOverwrite'))
    .action(
      async (
        input: string,
        options: { key: string; out?: string; overwrite?: boolean },
        cmd: Command,
      ) => {
        const { out, globals } = ctx.start(cmd);
        const path = resolve(ctx.io.cwd, input);
        const info = await stat(path).catch(() => {
          throw new CliUsageError(t('errFileNotFound', { path: input }), 'FILE_NOT_FOUND');
        });
        const overwrite = options.overwrite === true;
        // Signing again drops the signature there: only with --overwrite, as every command that replaces a file.
        if (
          info.isDirectory() &&
          !overwrite &&
          (await exists(join(path, 'datapackage.json.sig')))
        ) {
          throw new CliUsageError(t('errSignatureExistsFolder', { path: input }), 'FILE_EXISTS');
        }
        const key = new TextDecoder().decode(await readUserFile(ctx, options.key));
        let keyId: string;
        try {
          keyId = signingKeyId(key);
        } catch (error) {
          throw new CliUsageError(t('errSigningKey', { path: options.key }), 'BAD_KEY', {
            cause: error,
          });
        }
        const signFailed = (error: unknown) =>
          new CliUsageError(
            t('errSignFailed', { path: input, reason: (error as Error).message }),
            'SIGN_FAILED',
            { cause: error },
          );
        let target: string;
        if (info.isDirectory()) {
          if (options.out) throw new CliUsageError(t('errSignFolderOut'), 'USAGE');
          const folder = await packageFolder(path);
          if (!folder) throw signFailed(new Error('no datapackage.json'));
          let signature: Uint8Array;
          try {
            signature = signPackageFolder(folder, key);
          } catch (error) {
            throw signFailed(error);
          }
          target = join(input, 'datapackage.json.sig');
          // The key must not end up inside the package it signs.
          await refuseInputAsOutput({ output: options.key, inputs: [input], cwd: ctx.io.cwd }, t);
          await writeFileAtomic(join(path, 'datapackage.json.sig'), signature, {
            overwrite: true,
            mode: info.mode & 0o666,
          });
        } else {
          const bytes = await readUserFile(ctx, input);
          target = options.out ?? input;
          const inPlace = resolve(ctx.io.cwd, target) === path;
          if (inPlace && !overwrite && isSigned(bytes)) {
            throw new CliUsageError(t('errSignatureExists', { path: input }), 'FILE_EXISTS');
          }
          let signed: Uint8Array;
          try {
            signed = signPackage(bytes, key);
          } catch (error) {
            throw signFailed(error);
          }
          const destination = inPlace
            ? path
            : await checkOutputFile(ctx, target, overwrite, [input, options.key]);
          // Signing replaces the package atomically and keeps its mode: a 0600 package stays 0600.
          await writeFileAtomic(destination, signed, { overwrite: true, mode: info.mode & 0o777 });
        }
        if (globals.json) out.printJson({ path: target, keyId }, 0);
        else out.info(t('signed', { path: target, keyId }));
        ctx.exit(EXIT_CODES.OK);
      },
    );
}

/** Whether a zip already holds a `datapackage.json.sig` entry, readable or not. */
function isSigned(bytes: Uint8Array): boolean {
  const { problems } = verifyPackage(bytes, []);
  return !problems.some(
    (problem) =>
      problem.code === 'signature_missing' ||
      problem.code === 'package_unreadable' ||
      problem.code.startsWith('archive_'),
  );
}
