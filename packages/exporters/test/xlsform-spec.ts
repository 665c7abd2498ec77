// A check of an XLSForm workbook against the XLSForm specification (xlsform.org, as pyxform 3.0 reads it): the sheets
// and their mandatory columns, the question types, names, choice lists, translations, groups, `${name}` references and
// custom `bind::` namespaces. No XLSForm converter installs here, so this is what stands in for pyxform.
import ExcelJS from 'exceljs';

/** The sheets of a workbook as rows of text (row 1 the header). */
export type Workbook = Readonly<Record<string, readonly (readonly string[])[]>>;

/** Question types of the XLSForm specification; selects and `_from_file` types take a list or file after a space. */
const TYPES = new Set([
  'integer',
  'decimal',
  'range',
  'text',
  'note',
  'geopoint',
  'geotrace',
  'geoshape',
  'date',
  'time',
  'dateTime',
  'image',
  'audio',
  'background-audio',
  'video',
  'file',
  'barcode',
  'calculate',
  'acknowledge',
  'hidden',
  'start',
  'end',
  'today',
  'deviceid',
  'phonenumber',
  'username',
  'email',
  'audit',
  'start-geopoint',
]);
const LIST_TYPES = new Set(['select_one', 'select_multiple', 'rank']);
const FILE_TYPES = new Set([
  'select_one_from_file',
  'select_multiple_from_file',
  'xml-external',
  'csv-external',
]);
const BEGIN = new Set(['begin_group', 'begin group', 'begin_repeat', 'begin repeat']);
const END = new Set(['end_group', 'end group', 'end_repeat', 'end repeat']);
/** Types that need no label (pyxform's `label_optional_types`, plus calculations, hidden fields and group ends). */
const LABEL_OPTIONAL = new Set([
  'calculate',
  'hidden',
  'deviceid',
  'end',
  'phonenumber',
  'simserial',
  'start',
  'start-geopoint',
  'today',
  'username',
  'audit',
  'xml-external',
  'csv-external',
  ...END,
]);
/** Columns whose text is translated with `::Language (code)`. */
const TRANSLATABLE = [
  'label',
  'hint',
  'guidance_hint',
  'constraint_message',
  'required_message',
  'image',
  'audio',
  'video',
];
/** An XML name (NCName): a letter or `_` first, then letters, digits, `-`, `_`, `.`. */
const XML_NAME = /^[\p{L}_](?:[\p{L}\p{N}_.\-\u00b7\u203f-\u2040]|\p{Mn})*$/u;
const YES_NO = new Set([
  'yes',
  'no',
  'true',
  'false',
  'YES',
  'NO',
  'TRUE',
  'FALSE',
  'Yes',
  'No',
  'true()',
  'false()',
]);

/** Reads every sheet of an XLSX file as rows of text. */
export async function readWorkbook(bytes: Uint8Array): Promise<Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  const sheets: Record<string, string[][]> = {};
  for (const sheet of book.worksheets) {
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      rows.push(
        (row.values as unknown[]).slice(1).map((value) => (value == null ? '' : String(value))),
      );
    });
    sheets[sheet.name] = rows;
  }
  return sheets;
}

/** Every way the workbook breaks the XLSForm specification, as sentences; empty when it is a valid XLSForm. */
export function checkXlsForm(book: Workbook): string[] {
  const problems: string[] = [];
  const survey = table(book.survey);
  if (!survey) return ['there is no "survey" sheet'];
  for (const column of ['type', 'name']) {
    if (!survey.columns.includes(column))
      problems.push(`the survey sheet has no "${column}" column`);
  }
  const languages = languagesOf(
    [...survey.columns, ...(table(book.choices)?.columns ?? [])],
    problems,
  );
  const labelColumns = languages.length > 0 ? languages.map((lang) => `label::${lang}`) : ['label'];
  if (!labelColumns.every((column) => survey.columns.includes(column))) {
    problems.push(
      `the survey sheet has no label column for every language (${labelColumns.join(', ')})`,
    );
  }
  for (const base of TRANSLATABLE) {
    const present = survey.columns.filter((column) => column.startsWith(`${base}::`));
    if (present.length > 0 && present.length !== languages.length) {
      problems.push(`"${base}" is not translated into every language: ${present.join(', ')}`);
    }
  }
  const settings = table(book.settings);
  const namespaces = new Set<string>(['jr', 'odk', 'orx', 'entities']);
  if (settings) {
    const row = settings.rows[0] ?? {};
    const formId = row.form_id ?? '';
    if (formId && !XML_NAME.test(formId)) problems.push(`form_id "${formId}" is not an XML name`);
    const defaultLanguage = row.default_language ?? '';
    if (defaultLanguage && !languages.includes(defaultLanguage)) {
      problems.push(`default_language "${defaultLanguage}" is none of the form's languages`);
    }
    for (const declaration of (row.namespaces ?? '').split(/\s+/).filter(Boolean)) {
      const match = /^([A-Za-z_][\w.-]*)=["']?[^"'\s]+["']?$/.exec(declaration);
      if (match?.[1]) namespaces.add(match[1]);
      else problems.push(`namespace declaration "${declaration}" is not prefix="uri"`);
    }
  }
  for (const column of survey.columns) {
    const bind = /^bind::([^:]+):/.exec(column);
    if (bind?.[1] && !namespaces.has(bind[1])) {
      problems.push(
        `column "${column}" uses the namespace "${bind[1]}", which the settings sheet does not declare`,
      );
    }
  }
  const choices = table(book.choices);
  const lists = new Map<string, Set<string>>();
  if (choices) {
    for (const column of ['list_name', 'name']) {
      if (!choices.columns.includes(column))
        problems.push(`the choices sheet has no "${column}" column`);
    }
    choices.rows.forEach((row, i) => {
      const list = row.list_name ?? '';
      const name = row.name ?? '';
      if (!list && !name) return;
      const at = `choices row ${i + 2}`;
      if (!list || !name) problems.push(`${at}: list_name and name are both required`);
      if (!labelColumns.some((column) => (row[column] ?? '') !== ''))
        problems.push(`${at}: the choice has no label`);
      const names = lists.get(list) ?? new Set<string>();
      if (names.has(name))
        problems.push(`${at}: the choice "${name}" appears twice in the list "${list}"`);
      names.add(name);
      lists.set(list, names);
    });
  }
  const names = new Map<string, number>();
  const stack: { name: string; kind: string }[] = [];
  const expressions: [string, string][] = [];
  survey.rows.forEach((row, i) => {
    const at = `survey row ${i + 2}`;
    const type = (row.type ?? '').trim();
    const name = (row.name ?? '').trim();
    if (!type && !name) return;
    const [base = '', argument] = type.split(/\s+/);
    if (BEGIN.has(type)) stack.push({ name, kind: type.includes('repeat') ? 'repeat' : 'group' });
    else if (END.has(type)) {
      const open = stack.pop();
      if (!open) problems.push(`${at}: "${type}" closes nothing`);
      else if (!type.includes(open.kind)) problems.push(`${at}: "${type}" closes a ${open.kind}`);
    } else if (LIST_TYPES.has(base)) {
      if (!argument) problems.push(`${at}: "${type}" names no choice list`);
      else if (!lists.has(argument))
        problems.push(`${at}: the choice list "${argument}" is not in the choices sheet`);
      else if (
        base === 'select_multiple' &&
        [...(lists.get(argument) ?? [])].some((choice) => /\s/.test(choice))
      ) {
        problems.push(
          `${at}: the list "${argument}" has a choice name with a space, which select_multiple cannot store`,
        );
      }
    } else if (FILE_TYPES.has(base)) {
      if (!argument) problems.push(`${at}: "${type}" names no file`);
    } else if (!TYPES.has(type)) problems.push(`${at}: "${type}" is not an XLSForm question type`);
    if (END.has(type)) return;
    if (!name) problems.push(`${at}: the row has no name`);
    else if (!XML_NAME.test(name)) problems.push(`${at}: the name "${name}" is not an XML name`);
    else if (names.has(name))
      problems.push(`${at}: the name "${name}" is used again (row ${names.get(name)})`);
    names.set(name, i + 2);
    if (!LABEL_OPTIONAL.has(base) && !labelColumns.every((column) => (row[column] ?? '') !== '')) {
      problems.push(`${at}: "${name}" has no label in every language`);
    }
    if (base === 'calculate' && !(row.calculation ?? ''))
      problems.push(`${at}: the calculation of "${name}" is empty`);
    for (const column of ['relevant', 'constraint', 'calculation', 'required', 'choice_filter']) {
      const expression = row[column] ?? '';
      if (expression === '') continue;
      if (column === 'required' && YES_NO.has(expression)) continue;
      const fault = expressionFault(expression);
      if (fault) problems.push(`${at}: the ${column} of "${name}" ${fault}`);
      expressions.push([`${at} (${column})`, expression]);
    }
  });
  for (const open of stack) problems.push(`the ${open.kind} "${open.name}" is never closed`);
  for (const [at, expression] of expressions) {
    for (const [, ref] of expression.matchAll(/\$\{([^}]*)\}/g)) {
      if (!names.has(ref ?? '')) problems.push(`${at}: \${${ref}} names no question`);
    }
  }
  return problems;
}

// --- Internal helpers ---

interface Table {
  readonly columns: readonly string[];
  readonly rows: readonly Readonly<Record<string, string>>[];
}

function table(rows: readonly (readonly string[])[] | undefined): Table | undefined {
  if (!rows || rows.length === 0) return undefined;
  const [header = [], ...body] = rows;
  const columns = header.map((cell) => cell.trim());
  return {
    columns,
    rows: body.map((cells) =>
      Object.fromEntries(columns.map((column, i) => [column, (cells[i] ?? '').trim()])),
    ),
  };
}

/** The languages of the translation columns, each `Name (code)` as ODK and Kobo require. */
function languagesOf(columns: readonly string[], problems: string[]): string[] {
  const languages = new Set<string>();
  for (const column of columns) {
    const match = /^(\w+)::(.+)$/.exec(column);
    if (!match?.[1] || !TRANSLATABLE.includes(match[1])) continue;
    const language = match[2] ?? '';
    if (!/^.+ \([a-z]{2,3}(-[A-Za-z0-9]+)?\)$/.test(language)) {
      problems.push(
        `the language "${language}" of column "${column}" has no language code in brackets`,
      );
    }
    languages.add(language);
  }
  return [...languages];
}

/** Why an XPath expression cannot be parsed: unbalanced brackets or quotes, an unclosed `${`. */
function expressionFault(expression: string): string | undefined {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < expression.length; i++) {
    const char = expression[i];
    if (quote) {
      if (char === quote) quote = undefined;
      continue;
    }
    if (char === "'" || char === '"') quote = char;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '$' && expression[i + 1] === '{' && !expression.includes('}', i))
      return 'has an unclosed ${';
    if (depth < 0) return 'closes a bracket it never opened';
  }
  if (quote) return 'has an unclosed quote';
  return depth === 0 ? undefined : 'leaves a bracket open';
}
