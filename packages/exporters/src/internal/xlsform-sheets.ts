// The survey, choices and settings sheets of an XLSForm, as rows of text, from the form's question tree.
import type { BilingualText } from '@vntip/core';
import type { FormModel, FormNode } from './xlsform-model';

/** The language columns' suffixes, as XLSForm writes them: a name and the language code in brackets. */
export const XLSFORM_LANGUAGES = { vi: 'Tiếng Việt (vi)', en: 'English (en)' } as const;

/** The namespace of the `bind::vntip:sensitivity` column, declared in the settings sheet. */
export const VNTIP_XFORMS_NAMESPACE = 'https://vntip.org/xforms';

/** One sheet: its header and its rows, every cell text (empty for none). */
export interface XlsFormSheet {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** The three sheets of an XLSForm. */
export interface XlsFormSheets {
  readonly survey: XlsFormSheet;
  readonly choices: XlsFormSheet;
  readonly settings: XlsFormSheet;
}

/** What the settings sheet says. */
export interface XlsFormSettings {
  readonly formTitle: string;
  readonly formId: string;
  readonly version: string;
  readonly defaultLanguage: 'vi' | 'en';
}

const LANGS = ['vi', 'en'] as const;

const SURVEY_COLUMNS = [
  'type',
  'name',
  ...LANGS.map((lang) => `label::${XLSFORM_LANGUAGES[lang]}`),
  ...LANGS.map((lang) => `hint::${XLSFORM_LANGUAGES[lang]}`),
  'required',
  ...LANGS.map((lang) => `required_message::${XLSFORM_LANGUAGES[lang]}`),
  'relevant',
  'constraint',
  ...LANGS.map((lang) => `constraint_message::${XLSFORM_LANGUAGES[lang]}`),
  'calculation',
  'appearance',
  'bind::vntip:sensitivity',
];

const REQUIRED_MESSAGE: BilingualText = {
  vi: 'Câu hỏi này bắt buộc.',
  en: 'This question is required.',
};

/** Lays out the form's questions and choice lists as the three XLSForm sheets. */
export function xlsFormSheets(model: FormModel, settings: XlsFormSettings): XlsFormSheets {
  const rows: string[][] = [];
  for (const record of model.records) writeNode(record, rows);
  const choices: string[][] = [];
  for (const [list, entries] of model.lists) {
    if (!usesList(rows, list)) continue;
    for (const choice of entries)
      choices.push([list, choice.name, choice.label.vi, choice.label.en]);
  }
  return {
    survey: { columns: SURVEY_COLUMNS, rows },
    choices: {
      columns: ['list_name', 'name', ...LANGS.map((lang) => `label::${XLSFORM_LANGUAGES[lang]}`)],
      rows: choices,
    },
    settings: {
      columns: ['form_title', 'form_id', 'version', 'default_language', 'namespaces'],
      rows: [
        [
          settings.formTitle,
          settings.formId,
          settings.version,
          XLSFORM_LANGUAGES[settings.defaultLanguage],
          `vntip="${VNTIP_XFORMS_NAMESPACE}"`,
        ],
      ],
    },
  };
}

// --- Internal helpers ---

function usesList(rows: readonly (readonly string[])[], list: string): boolean {
  return rows.some((row) => {
    const [type = ''] = row;
    const [kind, name] = type.split(' ');
    return (kind === 'select_one' || kind === 'select_multiple') && name === list;
  });
}

function writeNode(node: FormNode, rows: string[][]): void {
  if (node.kind === 'question') {
    rows.push(
      row({
        type: node.type,
        name: node.name,
        label: node.label,
        hint: node.hint,
        required: node.required,
        requiredMessage: node.required ? REQUIRED_MESSAGE : undefined,
        relevant: node.relevant,
        constraint: node.constraint,
        constraintMessage: node.constraintMessage,
        calculation: node.calculation,
        appearance: node.appearance,
        sensitivity: node.sensitivity,
      }),
    );
    return;
  }
  const begin = node.kind === 'repeat' ? 'begin_repeat' : 'begin_group';
  const end = node.kind === 'repeat' ? 'end_repeat' : 'end_group';
  rows.push(
    row({
      type: begin,
      name: node.name,
      label: node.label,
      relevant: node.relevant,
      sensitivity: node.sensitivity,
    }),
  );
  for (const child of node.children) writeNode(child, rows);
  rows.push(row({ type: end, name: node.name }));
}

interface RowInput {
  type: string;
  name: string;
  label?: BilingualText | undefined;
  hint?: BilingualText | undefined;
  required?: string | undefined;
  requiredMessage?: BilingualText | undefined;
  relevant?: string | undefined;
  constraint?: string | undefined;
  constraintMessage?: BilingualText | undefined;
  calculation?: string | undefined;
  appearance?: string | undefined;
  sensitivity?: string | undefined;
}

function row(input: RowInput): string[] {
  return [
    input.type,
    input.name,
    ...LANGS.map((lang) => input.label?.[lang] ?? ''),
    ...LANGS.map((lang) => input.hint?.[lang] ?? ''),
    input.required ?? '',
    ...LANGS.map((lang) => input.requiredMessage?.[lang] ?? ''),
    input.relevant ?? '',
    input.constraint ?? '',
    ...LANGS.map((lang) => input.constraintMessage?.[lang] ?? ''),
    input.calculation ?? '',
    input.appearance ?? '',
    input.sensitivity ?? '',
  ];
}
