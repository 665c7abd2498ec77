// XLSForm for field collection with ODK Collect, ODK Central and KoboToolbox, generated from the standard's schemas;
// the submissions those tools export come back through `odkSubmissionsImporter` (`./odk-submissions`).
import { VntipError } from '@vntip/core';
import { RECORD_TYPE_SCHEMA_FILES, STANDARD_VERSION } from '@vntip/schema';
import type Excel from 'exceljs';
import { buildFormModel, type OmittedField, XLSFORM_RECORD_TYPES } from './internal/xlsform-model';
import {
  VNTIP_XFORMS_NAMESPACE,
  XLSFORM_LANGUAGES,
  type XlsFormSheet,
  type XlsFormSheets,
  xlsFormSheets,
} from './internal/xlsform-sheets';

export type { OmittedField, XlsFormSheet, XlsFormSheets };
export { VNTIP_XFORMS_NAMESPACE, XLSFORM_LANGUAGES, XLSFORM_RECORD_TYPES };

/** Revision of the form layout; the form's `version` is `<standard version>-<revision>`. Bump it when forms change. */
export const XLSFORM_REVISION = '1';

/** The record types of the victim-support form: a person with their process steps and support. */
export const VICTIM_FORM_RECORD_TYPES = ['person', 'process_event', 'support_service'] as const;

/** Options of `createXlsForm`. */
export interface XlsFormOptions {
  /** Record types the form collects; with `person`, the others are repeats under the person. @default VICTIM_FORM_RECORD_TYPES */
  readonly recordTypes?: readonly string[];
  /** Language the form opens in. @default 'vi' */
  readonly defaultLanguage?: 'vi' | 'en';
  /** `form_title` in the settings sheet. @default the record types' Vietnamese titles */
  readonly title?: string;
  /** `form_id`, which ODK Central and KoboToolbox key submissions by. @default `vntip_<record types>` */
  readonly formId?: string;
}

/** A generated XLSForm: its sheets as text and the fields it does not ask. */
export interface XlsForm {
  readonly sheets: XlsFormSheets;
  readonly formId: string;
  readonly version: string;
  readonly recordTypes: readonly string[];
  readonly omitted: readonly OmittedField[];
}

/**
 * Generates an XLSForm (pyxform 3.0 layout: `survey`, `choices`, `settings`) for the record types from the schemas:
 * labels and hints in Vietnamese and English (`label::Tiếng Việt (vi)`), one choice list per codelist (current codes
 * only), constraints from the schema's bounds and patterns, `required` from the schema (inside an optional object:
 * once anything else in it is answered), a variant question per `oneOf` with its fields relevant to the variant
 * chosen, and each field's sensitivity class in `bind::vntip:sensitivity`. With `person`, the other record types are
 * repeats whose person id and record id are computed. Throws `INVALID_ARGUMENT` for a record type the standard lacks.
 * @example
 * const form = createXlsForm({ recordTypes: ['person', 'process_event', 'support_service'] });
 * await writeFile('vntip-form.xlsx', await writeXlsForm(form));
 */
export function createXlsForm(options: XlsFormOptions = {}): XlsForm {
  const recordTypes = [...new Set(options.recordTypes ?? VICTIM_FORM_RECORD_TYPES)];
  const unknown = recordTypes.filter((type) => !Object.hasOwn(RECORD_TYPE_SCHEMA_FILES, type));
  if (recordTypes.length === 0 || unknown.length > 0) {
    throw new VntipError(
      'INVALID_ARGUMENT',
      recordTypes.length === 0
        ? 'createXlsForm needs at least one record type.'
        : `createXlsForm: unknown record type ${unknown.map((type) => `"${type}"`).join(', ')}; expected one of ${XLSFORM_RECORD_TYPES.join(', ')}.`,
    );
  }
  const model = buildFormModel(recordTypes);
  const ordered = model.records.map((record) => record.recordType ?? record.name);
  const formId = options.formId ?? `vntip_${ordered.join('_')}`;
  const version = `${STANDARD_VERSION}-${XLSFORM_REVISION}`;
  const title =
    options.title ??
    `VN-TIP ${STANDARD_VERSION}: ${model.records.map((record) => record.label.vi).join(', ')}`;
  const sheets = xlsFormSheets(model, {
    formTitle: title,
    formId,
    version,
    defaultLanguage: options.defaultLanguage ?? 'vi',
  });
  return { sheets, formId, version, recordTypes: ordered, omitted: model.omitted };
}

/**
 * Writes a form as an `.xlsx` workbook with exceljs: the `survey`, `choices` and `settings` sheets, header row frozen
 * and bold. ODK Central, KoboToolbox and pyxform read it as it is.
 * @example
 * const bytes = await writeXlsForm(createXlsForm());
 */
export async function writeXlsForm(form: XlsForm): Promise<Uint8Array> {
  const excelModule = await import('exceljs');
  // exceljs is CommonJS: ESM sees its exports under `default`, bundlers may also lift them to the namespace.
  const ExcelJS =
    (excelModule as { default?: typeof Excel }).default ?? (excelModule as typeof Excel);
  const book = new ExcelJS.Workbook();
  book.creator = 'vntip';
  const fixed = new Date(Date.UTC(2025, 0, 1));
  book.created = fixed;
  book.modified = fixed;
  for (const [name, sheet] of Object.entries(form.sheets) as [string, XlsFormSheet][]) {
    const worksheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.addRow([...sheet.columns]).font = { bold: true };
    for (const row of sheet.rows) worksheet.addRow([...row]);
    worksheet.columns.forEach((column, index) => {
      const header = sheet.columns[index] ?? '';
      column.width = header.startsWith('hint') || header.startsWith('constraint') ? 48 : 24;
    });
  }
  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
