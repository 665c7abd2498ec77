import { CODELISTS } from '@vntip/schema';
import type { Command } from 'commander';
import { CliUsageError, EXIT_CODES, suggest } from '../errors';
import { formatTable } from '../io/table';
import { terminalText } from '../io/terminal-text';
import { ownValue } from '../own-property';
import type { CommandContext } from './context';

/** `vntip codes [codelist]`: the codes of a codelist with vi/en labels, or the list of codelists. */
export function defineCodes(command: Command, ctx: CommandContext): void {
  const { t } = ctx;
  command
    .description(t('cmdCodes'))
    .argument('[codelist]', t('argCodelist'))
    .action((name: string | undefined, _options: unknown, cmd: Command) => {
      const { out, globals } = ctx.start(cmd);
      const names = Object.keys(CODELISTS).sort();
      if (name === undefined) {
        if (globals.json) {
          out.printJson(names);
        } else {
          out.data(`${t('codelistsHeading', { count: names.length })}\n`);
          out.data(`${names.map((n) => `  ${terminalText(n)}`).join('\n')}\n`);
        }
        ctx.exit(EXIT_CODES.OK);
        return;
      }
      // Own properties only: `codes __proto__` or `codes constructor` name no codelist.
      const exact =
        ownValue(CODELISTS, name) ??
        ownValue(CODELISTS, names.find((n) => n.toLowerCase() === name.toLowerCase()) ?? '');
      if (!exact) {
        const near = suggest(name, names);
        const hint = near.length > 0 ? ` ${t('didYouMean', { suggestions: near.join(', ') })}` : '';
        throw new CliUsageError(`${t('errUnknownCodelist', { name })}${hint}`, 'UNKNOWN_CODELIST');
      }
      if (globals.json) {
        out.printJson(
          exact.rows.map((row) => ({
            code: row.code,
            labelVi: row.labelVi,
            labelEn: row.labelEn,
            ...(row.deprecated ? { deprecated: row.deprecated } : {}),
            status: row.status,
          })),
        );
        ctx.exit(EXIT_CODES.OK);
        return;
      }
      const rows = exact.rows.map((row) => [
        terminalText(row.code),
        terminalText(row.labelVi),
        terminalText(row.labelEn),
        [
          row.deprecated ? t('deprecatedSince', { version: row.deprecated }) : '',
          row.status === 'unconfirmed' ? t('unconfirmed') : '',
        ]
          .filter(Boolean)
          .join('; '),
      ]);
      out.data(
        `${out.paint.bold(terminalText(exact.name))}\n${formatTable(
          [t('colCode'), t('colLabelVi'), t('colLabelEn'), t('colNote')],
          rows,
        )}`,
      );
      ctx.exit(EXIT_CODES.OK);
    });
}
