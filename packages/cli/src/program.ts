import type { Locale } from '@vntip/schema';
import { Command } from 'commander';
import pkg from '../package.json' with { type: 'json' };
import { defineCodes } from './commands/codes';
import type { CommandContext } from './commands/context';
import { defineConvert } from './commands/convert';
import { defineExplain } from './commands/explain';
import { defineExport } from './commands/export';
import { defineInit } from './commands/init';
import { defineKeygen } from './commands/keygen';
import { defineReport } from './commands/report';
import { defineSign } from './commands/sign';
import { defineValidate } from './commands/validate';
import { defineVerify } from './commands/verify';
import { defineXlsform } from './commands/xlsform';
import type { MessageKey } from './messages';
import { ownValue } from './own-property';

const TITLES: Readonly<Record<string, MessageKey>> = {
  'Usage:': 'titleUsage',
  'Options:': 'titleOptions',
  'Commands:': 'titleCommands',
  'Arguments:': 'titleArguments',
  'Global Options:': 'titleGlobalOptions',
};

/** The `vntip` program in the run's language: every command, its help and commander's own strings translated. */
export function createProgram(ctx: CommandContext): Command {
  const { t, io } = ctx;
  const program = new Command('vntip');
  program
    .description(t('programDescription'))
    .version(pkg.version, '-V, --version', t('optVersion'))
    .helpOption('-h, --help', t('optHelp'))
    .helpCommand('help [command]', t('helpCommandDescription'))
    .option('--lang <lang>', t('optLang'))
    .option('--json', t('optJson'))
    .option('-q, --quiet', t('optQuiet'))
    .option('-c, --config <file>', t('optConfig'))
    .option('--debug', t('optDebug'))
    .showSuggestionAfterError(false)
    .exitOverride()
    .configureHelp({
      showGlobalOptions: true,
      styleTitle: (title) => {
        const key = ownValue(TITLES, title);
        return key ? t(key) : title;
      },
    })
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // Errors are translated and printed by `run`.
      outputError: () => {},
    })
    .addHelpText('after', `\n${t('helpFooter')}`);

  defineValidate(program.command('validate'), ctx);
  defineReport(program.command('report'), ctx);
  defineExport(program.command('export'), ctx);
  defineConvert(program.command('convert'), ctx);
  defineInit(program.command('init'), ctx);
  defineKeygen(program.command('keygen'), ctx);
  defineSign(program.command('sign'), ctx);
  defineVerify(program.command('verify'), ctx);
  defineExplain(program.command('explain'), ctx);
  defineCodes(program.command('codes'), ctx);
  defineXlsform(program.command('xlsform'), ctx);
  for (const command of program.commands) {
    command.helpOption('-h, --help', t('optHelp'));
  }
  return program;
}

/** `--lang` values the CLI accepts: vi or en, with or without a region (`en-US`, `vi_VN`), any case. */
const LANG_VALUE = /^(vi|en)([-_][a-z]{2})?$/i;

/** The `--lang` value given that is no language the CLI speaks, if any (`VNTIP_LANG` is only a preference). */
export function unknownLang(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') break;
    const value =
      arg === '--lang'
        ? argv[i + 1]
        : arg.startsWith('--lang=')
          ? arg.slice('--lang='.length)
          : undefined;
    // A missing value is commander's to report.
    if (value !== undefined && !value.startsWith('-') && !LANG_VALUE.test(value)) return value;
  }
  return undefined;
}

/** The language of a run: `--lang` wherever it is, else `VNTIP_LANG`, else Vietnamese. */
export function detectLocale(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Locale {
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') break;
    if (arg === '--lang') value = argv[i + 1];
    else if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
  }
  value ??= env.VNTIP_LANG;
  return value?.toLowerCase().startsWith('en') ? 'en' : 'vi';
}
