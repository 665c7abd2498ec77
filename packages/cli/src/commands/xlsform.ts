import { resolve } from 'node:path';
import {
  createXlsForm,
  VICTIM_FORM_RECORD_TYPES,
  writeXlsForm,
  XLSFORM_RECORD_TYPES,
} from '@vntip/exporters/xlsform';
import type { Command } from 'commander';
import { CliUsageError, EXIT_CODES, suggest } from '../errors';
import { FileExistsError, writeFileAtomic } from '../io/write-file';
import { type Bilingual, fill } from '../messages';
import type { CommandContext } from './context';

/** This command's texts, kept beside it. */
const TEXT = {
  description: {
    vi: 'tạo biểu mẫu XLSForm (ODK Collect, ODK Central, KoboToolbox) từ chuẩn, nhãn tiếng Việt và tiếng Anh',
    en: 'generate an XLSForm (ODK Collect, ODK Central, KoboToolbox) from the standard, labelled in Vietnamese and English',
  },
  optRecordType: {
    vi: 'các loại bản ghi, cách nhau bằng dấu phẩy (mặc định: {types})',
    en: 'record types, comma-separated (default: {types})',
  },
  optOut: {
    vi: 'tệp .xlsx ghi ra (mặc định: <form_id>.xlsx); không ghi đè tệp đã có',
    en: 'the .xlsx file to write (default: <form_id>.xlsx); never overwrites a file',
  },
  optTitle: { vi: 'tên biểu mẫu (form_title)', en: 'form title (form_title)' },
  optFormId: {
    vi: 'mã biểu mẫu (form_id) mà ODK Central, KoboToolbox dùng để nhận dữ liệu nộp',
    en: 'form id (form_id), which ODK Central and KoboToolbox key submissions by',
  },
  optFormLang: {
    vi: 'ngôn ngữ mở biểu mẫu: vi hoặc en (mặc định: vi)',
    en: 'language the form opens in: vi or en (default: vi)',
  },
  errRecordType: {
    vi: 'Không có loại bản ghi "{type}". Các loại: {known}.',
    en: 'There is no record type "{type}". The types are: {known}.',
  },
  errFormLang: { vi: '--form-lang phải là vi hoặc en.', en: '--form-lang must be vi or en.' },
  written: {
    vi: 'Đã ghi biểu mẫu {path} ({questions} câu hỏi, phiên bản {version}). Tải lên ODK Central hoặc KoboToolbox; nhập dữ liệu nộp bằng: vntip convert <tệp tải về> --from odk-submissions --to package',
    en: 'Wrote the form {path} ({questions} questions, version {version}). Upload it to ODK Central or KoboToolbox; import the submissions with: vntip convert <download> --from odk-submissions --to package',
  },
  omitted: {
    vi: 'Biểu mẫu không hỏi {path} ({recordType}): {reason}',
    en: 'The form does not ask {path} ({recordType}): {reason}',
  },
  errExists: {
    vi: 'Tệp {path} đã có; chọn tên khác bằng --out.',
    en: 'The file {path} already exists; choose another name with --out.',
  },
} as const satisfies Record<string, Bilingual>;

interface XlsFormFlags {
  recordType?: string;
  out?: string;
  title?: string;
  formId?: string;
  formLang?: string;
}

/** `vntip xlsform`: an XLSForm workbook for field collection, generated from the schemas. Never overwrites. */
export function defineXlsform(command: Command, ctx: CommandContext): void {
  const text = (key: keyof typeof TEXT, params: Record<string, unknown> = {}) =>
    fill(TEXT[key][ctx.locale], params);
  command
    .description(text('description'))
    .option(
      '--record-type <types>',
      text('optRecordType', { types: VICTIM_FORM_RECORD_TYPES.join(',') }),
    )
    .option('-o, --out <file>', text('optOut'))
    .option('--title <title>', text('optTitle'))
    .option('--form-id <id>', text('optFormId'))
    .option('--form-lang <lang>', text('optFormLang'))
    .action(async (options: XlsFormFlags, cmd: Command) => {
      const { out, globals } = ctx.start(cmd);
      const recordTypes = (options.recordType ?? VICTIM_FORM_RECORD_TYPES.join(','))
        .split(',')
        .map((type) => type.trim())
        .filter(Boolean);
      for (const type of recordTypes) {
        if (XLSFORM_RECORD_TYPES.includes(type)) continue;
        const near = suggest(type, XLSFORM_RECORD_TYPES);
        throw new CliUsageError(
          `${text('errRecordType', { type, known: XLSFORM_RECORD_TYPES.join(', ') })}${
            near.length > 0 ? ` ${ctx.t('didYouMean', { suggestions: near.join(', ') })}` : ''
          }`,
          'UNKNOWN_RECORD_TYPE',
        );
      }
      if (
        options.formLang !== undefined &&
        options.formLang !== 'vi' &&
        options.formLang !== 'en'
      ) {
        throw new CliUsageError(text('errFormLang'));
      }
      const form = createXlsForm({
        recordTypes,
        ...(options.formLang ? { defaultLanguage: options.formLang } : {}),
        ...(options.title ? { title: options.title } : {}),
        ...(options.formId ? { formId: options.formId } : {}),
      });
      const path = options.out ?? `${form.formId}.xlsx`;
      try {
        await writeFileAtomic(resolve(ctx.io.cwd, path), await writeXlsForm(form));
      } catch (error) {
        if (error instanceof FileExistsError)
          throw new CliUsageError(text('errExists', { path }), 'FILE_EXISTS');
        throw error;
      }
      const questions = form.sheets.survey.rows.filter(
        ([type]) => !type?.startsWith('begin_') && !type?.startsWith('end_'),
      ).length;
      if (globals.json) {
        out.data(
          `${JSON.stringify({ path, formId: form.formId, version: form.version, recordTypes: form.recordTypes, questions, omitted: form.omitted })}\n`,
        );
      } else {
        for (const field of form.omitted) {
          out.info(
            text('omitted', {
              path: field.path.join('.'),
              recordType: field.recordType,
              reason: field.reason[ctx.locale],
            }),
          );
        }
        out.info(text('written', { path, questions, version: form.version }));
      }
      ctx.exit(EXIT_CODES.OK);
    });
}
