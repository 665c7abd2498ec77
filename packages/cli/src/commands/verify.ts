import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  type VerificationReport,
  verifyPackage,
  verifyPackageFolder,
} from '@vntip/exporters/signing';
import type { Command } from 'commander';
import { CliUsageError, EXIT_CODES } from '../errors';
import { packageFolder } from '../input/package-signature';
import { terminalText } from '../io/terminal-text';
import type { CommandContext } from './context';
import { readSignaturePolicy, readUserFile } from './input-options';

const collect = (value: string, previous: string[] = []) => [...previous, value];

/**
 * `vntip verify <zip|folder> --public-key <pem>…`: exit 0 when the signature holds with one of the trusted keys
 * (`--public-key` files and the config's `trustedKeys`), 1 listing each problem otherwise.
 */
export function defineVerify(command: Command, ctx: CommandContext): void {
  const { t } = ctx;
  command
    .description(t('cmdVerify'))
    .argument('<package>', t('argInput'))
    .option('-p, --public-key <file>', t('optPublicKey'), collect)
    .action(async (input: string, options: { publicKey?: string[] }, cmd: Command) => {
      const run = ctx.start(cmd);
      const { out, globals } = run;
      const config = await run.config({ inputs: [input] });
      const { keys } = await readSignaturePolicy(ctx, options, config);
      if (keys.length === 0) throw new CliUsageError(t('errNoTrustedKey'), 'NO_TRUSTED_KEY');
      const path = resolve(ctx.io.cwd, input);
      const info = await stat(path).catch(() => {
        throw new CliUsageError(t('errFileNotFound', { path: input }), 'FILE_NOT_FOUND');
      });
      let report: VerificationReport;
      if (info.isDirectory()) {
        const folder = await packageFolder(path);
        const signature = await readUserFile(ctx, `${input}/datapackage.json.sig`).catch(
          () => undefined,
        );
        report = folder
          ? verifyPackageFolder(signature, folder, keys)
          : verifyPackage(new Uint8Array(), keys);
      } else {
        report = verifyPackage(await readUserFile(ctx, input), keys);
      }
      if (globals.json) {
        out.printJson({ path: input, ...report });
      } else {
        const lines: string[] = [];
        if (report.valid) {
          lines.push(
            out.paint.green(
              t('verified', {
                path: input,
                keyId: report.keyId ?? '?',
                signedAt: report.signedAt ?? '—',
              }),
            ),
          );
        } else {
          lines.push(
            out.paint.red(t('notVerified', { path: input, count: report.problems.length })),
          );
        }
        for (const problem of [...report.problems, ...report.warnings]) {
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
