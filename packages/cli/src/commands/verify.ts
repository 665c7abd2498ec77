import { signingKeyId, verifyPackage } from '@vntip/exporters/signing';
import type { Command } from 'commander';
import { CliUsageError, EXIT_CODES } from '../errors';
import { terminalText } from '../io/terminal-text';
import type { CommandContext } from './context';
import { readUserFile } from './sign';

/** `vntip verify <zip> --public-key <pem>`: exit 0 when the signature holds, 1 listing each problem otherwise. */
export function defineVerify(command: Command, ctx: CommandContext): void {
  const { t } = ctx;
  command
    .description(t('cmdVerify'))
    .argument('<zip>', t('argInput'))
    .requiredOption('-p, --public-key <file>', t('optPublicKey'))
    .action(async (zip: string, options: { publicKey: string }, cmd: Command) => {
      const { out, globals } = ctx.start(cmd);
      const bytes = await readUserFile(ctx, zip);
      const key = new TextDecoder().decode(await readUserFile(ctx, options.publicKey));
      try {
        signingKeyId(key);
      } catch (error) {
        throw new CliUsageError(t('errSigningKey', { path: options.publicKey }), 'BAD_KEY', {
          cause: error,
        });
      }
      const report = verifyPackage(bytes, key);
      if (globals.json) {
        out.printJson({ path: zip, ...report });
      } else if (report.valid) {
        out.data(`${out.paint.green(t('verified', { path: zip, keyId: report.keyId ?? '?' }))}\n`);
      } else {
        const lines = [
          out.paint.red(t('notVerified', { path: zip, count: report.problems.length })),
        ];
        for (const problem of report.problems) {
          const where = problem.path ? `${terminalText(problem.path)}: ` : '';
          lines.push(
            `  ${out.paint.dim(problem.code)}  ${where}${terminalText(problem.message[out.locale])}`,
          );
        }
        out.data(`${lines.join('\n')}\n`);
      }
      ctx.exit(report.valid ? EXIT_CODES.OK : EXIT_CODES.DATA_ERRORS);
    });
}
