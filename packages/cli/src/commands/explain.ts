import { ISSUE_CODES, type IssueCodeDefinition } from '@vntip/core';
import type { Command } from 'commander';
import { CliUsageError, EXIT_CODES, suggest } from '../errors';
import { terminalText } from '../io/terminal-text';
import type { CommandContext } from './context';

/** `vntip explain <issue-code>`: message, hint and severity of a code, from the catalogue and the plugins. */
export function defineExplain(command: Command, ctx: CommandContext): void {
  const { t } = ctx;
  command
    .description(t('cmdExplain'))
    .argument('<code>', t('argIssueCode'))
    .action(async (code: string, _options: unknown, cmd: Command) => {
      const run = ctx.start(cmd);
      const { out } = run;
      const catalog = new Map<string, { definition: IssueCodeDefinition; origin: string }>();
      for (const [id, definition] of Object.entries(ISSUE_CODES)) {
        catalog.set(id, { definition, origin: '@vntip/core' });
      }
      const { registry } = await run.config({ formats: true });
      for (const kind of [registry.rules, registry.exporters] as const) {
        for (const [id, owner] of kind) {
          for (const [name, definition] of Object.entries(owner.messages ?? {})) {
            if (!catalog.has(name)) catalog.set(name, { definition, origin: id });
          }
        }
      }
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
      const { definition, origin } = found;
      if (run.globals.json) {
        out.printJson({ code: wanted, origin, ...definition });
        ctx.exit(EXIT_CODES.OK);
        return;
      }
      const other = out.locale === 'vi' ? 'en' : 'vi';
      const severity =
        definition.severity === 'error'
          ? t('severityError')
          : definition.severity === 'warning'
            ? t('severityWarning')
            : t('severityInfo');
      out.data(
        [
          out.paint.bold(terminalText(wanted)),
          `  ${t('explainSeverity')}: ${severity}`,
          `  ${t('explainMessage')}: ${terminalText(definition.message[out.locale])}`,
          `  ${t('explainHint')}: ${terminalText(definition.hint[out.locale])}`,
          out.paint.dim(`  (${other}) ${terminalText(definition.message[other])}`),
          out.paint.dim(`  (${other}) ${terminalText(definition.hint[other])}`),
          `  ${t('explainOrigin')}: ${terminalText(origin)}`,
          '',
        ].join('\n'),
      );
      ctx.exit(EXIT_CODES.OK);
    });
}
