import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { signingKeyId, signPackage } from '@vntip/exporters/signing';
import type { Command } from 'commander';
import { CliUsageError, EXIT_CODES } from '../errors';
import { writeFileAtomic } from '../io/write-file';
import type { CommandContext } from './context';

/** Reads a file the user named; a missing or unreadable one is a usage error (exit 2). */
export async function readUserFile(ctx: CommandContext, path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(resolve(ctx.io.cwd, path)));
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') {
      throw new CliUsageError(ctx.t('errFileNotFound', { path }), 'FILE_NOT_FOUND');
    }
    throw new CliUsageError(
      ctx.t('errFileUnreadable', { path, reason: (error as Error).message }),
      'FILE_UNREADABLE',
    );
  }
}

/** `vntip sign <zip> --key <private.pem>`: adds an Ed25519 signature to a package, replacing it atomically. */
export function defineSign(command: Command, ctx: CommandContext): void {
  const { t } = ctx;
  command
    .description(t('cmdSign'))
    .argument('<zip>', t('argInput'))
    .requiredOption('-k, --key <file>', t('optSignKey'))
    .option('-o, --out <file>', t('optSignOut'))
    .action(async (zip: string, options: { key: string; out?: string }, cmd: Command) => {
      const { out, globals } = ctx.start(cmd);
      const bytes = await readUserFile(ctx, zip);
      const key = new TextDecoder().decode(await readUserFile(ctx, options.key));
      let keyId: string;
      try {
        keyId = signingKeyId(key);
      } catch (error) {
        throw new CliUsageError(t('errSigningKey', { path: options.key }), 'BAD_KEY', {
          cause: error,
        });
      }
      let signed: Uint8Array;
      try {
        signed = signPackage(bytes, key);
      } catch (error) {
        throw new CliUsageError(
          t('errSignFailed', { path: zip, reason: (error as Error).message }),
          'SIGN_FAILED',
          { cause: error },
        );
      }
      const target = options.out ?? zip;
      await writeFileAtomic(resolve(ctx.io.cwd, target), signed, { overwrite: target === zip });
      if (globals.json) out.printJson({ path: target, keyId }, 0);
      else out.info(t('signed', { path: target, keyId }));
      ctx.exit(EXIT_CODES.OK);
    });
}
