import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { generateSigningKeyPair } from '@vntip/exporters/signing';
import { keyWeakness, pseudonymKey } from '@vntip/privacy';
import type { Command } from 'commander';
import { CliUsageError, EXIT_CODES } from '../errors';
import { exists, FileExistsError, writeFileAtomic } from '../io/write-file';
import type { CommandContext } from './context';

const PRIVATE = 0o600;

/** `vntip keygen`: an Ed25519 signing key pair, or with `--pseudonym` a 32-byte pseudonymisation key. Never overwrites. */
export function defineKeygen(command: Command, ctx: CommandContext): void {
  const { t } = ctx;
  command
    .description(t('cmdKeygen'))
    .option('--pseudonym', t('optPseudonym'))
    .option('-o, --out <prefix>', t('optKeyOut'))
    .action(async (options: { pseudonym?: boolean; out?: string }, cmd: Command) => {
      const { out, globals } = ctx.start(cmd);
      const cwd = ctx.io.cwd;
      const refuse = (path: string) =>
        new CliUsageError(t('errFileExists', { path }), 'FILE_EXISTS');
      if (options.pseudonym) {
        const file = options.out ?? 'vntip-pseudonym.key';
        // Draws again in the (about 1 in 10^12) case that random bytes look made up; loading would refuse them.
        let secret = new Uint8Array(randomBytes(32));
        while (keyWeakness(secret)) secret = new Uint8Array(randomBytes(32));
        const key = pseudonymKey(secret);
        try {
          await writeFileAtomic(resolve(cwd, file), `${Buffer.from(secret).toString('hex')}\n`, {
            mode: PRIVATE,
          });
        } catch (error) {
          if (error instanceof FileExistsError) throw refuse(file);
          throw error;
        }
        if (globals.json) out.printJson({ keyId: key.id, path: file }, 0);
        else out.info(t('pseudonymKeyWritten', { path: file, keyId: key.id }));
        ctx.exit(EXIT_CODES.OK);
        return;
      }
      const prefix = options.out ?? 'vntip-signing';
      const privatePath = `${prefix}.key`;
      const publicPath = `${prefix}.pub`;
      for (const path of [privatePath, publicPath]) {
        if (await exists(resolve(cwd, path))) throw refuse(path);
      }
      const pair = generateSigningKeyPair();
      await writeFileAtomic(resolve(cwd, privatePath), pair.privateKey, { mode: PRIVATE });
      await writeFileAtomic(resolve(cwd, publicPath), pair.publicKey);
      if (globals.json) {
        out.printJson({ keyId: pair.keyId, privatePath, publicPath }, 0);
      } else {
        out.info(t('keysWritten', { keyId: pair.keyId, privatePath, publicPath }));
      }
      ctx.exit(EXIT_CODES.OK);
    });
}
