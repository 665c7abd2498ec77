import type { BilingualText } from '@vntip/core';
import type { Command } from 'commander';
import { CliUsageError, EXIT_CODES, suggest } from '../errors';
import { type CodeOwner, explainCatalogue } from '../explain/explain-catalogue';
import { terminalText } from '../io/terminal-text';
import type { CommandContext } from './context';

/**
 * `vntip explain <code>`: the message, hint, an example that raises it and the fix, for every issue code of the
 * catalogue and the plugins and every data-quality note of the indicators.
 */
export function defineExplain(command: Command, ctx: CommandContext): void {
  const { t } = ctx;
  command
    .description(t('cmdExplain'))
    .argument('<code>', t('argIssueCode'))
    .action(async (code: string, _options: unknown, cmd: Command) => {
      const run = ctx.start(cmd);
      const { out } = run;
      const { registry } = await run.config({ formats: true });
      const owners: CodeOwner[] = [...registry.rules, ...registry.exporters];
      const catalog = explainCatalogue(owners);
      const wanted = code.trim().toLowerCase().replace(/-/g, '_');
      const found = catalog.get(wanted);
      if (!found) {
        const near = suggest(wanted, catalog.keys());
        const hint = near.length > 0 ? ` ${t('didYouMean', { suggestions: near.join(', ') })}` : '';
        throw new CliUsageError(
          `${t('errUnknownIssueCode', { code })}${hint}`,
          'UNKNOWN_ISSUE_CODE',
        );
      }
      const { definition, origin, kind, example, fix } = found;
      if (run.globals.json) {
        out.printJson({
          code: wanted,
          kind,
          origin,
          ...definition,
          ...(example ? { example } : {}),
          ...(fix ? { fix } : {}),
        });
        ctx.exit(EXIT_CODES.OK);
        return;
      }
      const other = out.locale === 'vi' ? 'en' : 'vi';
      const severity =
        kind === 'note'
          ? t('explainKindNote')
          : definition.severity === 'error'
            ? t('severityError')
            : definition.severity === 'warning'
              ? t('severityWarning')
              : t('severityInfo');
      const parts: [string, BilingualText | undefined][] = [
        [t('explainMessage'), definition.message],
        [t('explainHint'), definition.hint],
        [t('explainExample'), example],
        [t('explainFix'), fix],
      ];
      const shown = parts.filter((part): part is [string, BilingualText] => part[1] !== undefined);
      out.data(
        [
          out.paint.bold(terminalText(wanted)),
          `  ${t('explainSeverity')}: ${severity}`,
          ...shown.map(([label, text]) => `  ${label}: ${terminalText(text[out.locale])}`),
          ...shown.map(([, text]) => out.paint.dim(`  (${other}) ${terminalText(text[other])}`)),
          `  ${t('explainOrigin')}: ${terminalText(origin)}`,
          '',
        ].join('\n'),
      );
      ctx.exit(EXIT_CODES.OK);
    });
}
