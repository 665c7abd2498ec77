// Submissions of a VN-TIP XLSForm as ODK Central and KoboToolbox export them, read back into records.
import {
  createIssue,
  defineImporter,
  type ImportEvent,
  type IssueInput,
  type SourceLocation,
} from '@vntip/core';
import type { Locale } from '@vntip/schema';
import { columnLetter } from './internal/column-letter';
import { isObject } from './internal/is-object';
import {
  readSubmissionTables,
  type SubmissionCell,
  type SubmissionTable,
} from './internal/submission-tables';
import {
  buildFormModel,
  type FormGroup,
  type FormModel,
  type FormQuestion,
  questionsOf,
  XLSFORM_RECORD_TYPES,
} from './internal/xlsform-model';

/** Columns ODK Central and KoboToolbox add to every export; never questions of the form. */
const ODK_METADATA = new Set([
  'SubmissionDate',
  'KEY',
  'PARENT_KEY',
  'SubmitterID',
  'SubmitterName',
  'AttachmentsPresent',
  'AttachmentsExpected',
  'Status',
  'ReviewState',
  'DeviceID',
  'Edits',
  'FormVersion',
  'isValidated',
  'instanceID',
  'instanceName',
  'deprecatedID',
  'rootUuid',
  'uuid',
  'start',
  'end',
  'today',
  'deviceid',
  'username',
  'audit',
]);

/**
 * Reads submissions of a form made by `createXlsForm`: ODK Central's CSV download (the `.csv.zip` or its CSV files; group
 * names joined with `-`, repeats in `<form>-<repeat>.csv`) and KoboToolbox's XLSX or CSV export with "XML values and
 * headers" (groups joined with `/`, or left out; a sheet per repeat; `;`-separated CSV). Each row becomes a record of
 * its columns' record type: answers convert by question type, a variant question sets its variant's constant fields,
 * questions of other variants are ignored, and an object none of whose questions is answered is left out. Export
 * metadata (`KEY`, `_uuid`, `_index`…) and select-multiple detail columns are skipped; other unknown columns are reported
 * (`submission_unknown_column`), and a label-headed export is refused with how to export it again
 * (`submission_labels_export`).
 * @example
 * const result = await validate(importRecords([{ name: 'submissions.csv.zip', bytes }], { importer: odkSubmissionsImporter }));
 */
export const odkSubmissionsImporter = defineImporter({
  meta: {
    id: 'odk-submissions',
    version: '1',
    mediaType: 'text/csv',
    extensions: ['zip', 'csv', 'xlsx'],
    title: { vi: 'Dữ liệu nộp ODK/KoboToolbox', en: 'ODK/KoboToolbox submissions' },
    description: {
      vi: 'Đọc dữ liệu nộp của biểu mẫu XLSForm do vntip tạo, xuất từ ODK Central (CSV, .zip) hoặc KoboToolbox (XLSX, CSV).',
      en: 'Reads submissions of a vntip-made XLSForm exported from ODK Central (CSV, .zip) or KoboToolbox (XLSX, CSV).',
    },
  },
  async *read(files, ctx) {
    const { tables, problems } = await readSubmissionTables(files);
    for (const problem of problems) {
      yield issueEvent(
        { code: problem.code, params: problem.params, location: { file: problem.file } },
        ctx.locale,
        true,
      );
    }
    const form = formIndex();
    for (const table of tables) {
      const events = readTable(table, form, ctx.locale);
      if (events.length > 0) yield events;
    }
  },
});

// --- Internal helpers ---

interface FormIndex {
  readonly model: FormModel;
  readonly questions: ReadonlyMap<string, FormQuestion>;
  readonly records: ReadonlyMap<string, FormGroup>;
  /** Every question's label in both languages, to recognise a label-headed export. */
  readonly labels: ReadonlySet<string>;
}

let cachedIndex: FormIndex | undefined;

/** The questions of every record type's form, by name: names carry their record type, so one index serves any form. */
function formIndex(): FormIndex {
  if (cachedIndex) return cachedIndex;
  const model = buildFormModel(XLSFORM_RECORD_TYPES);
  const questions = new Map<string, FormQuestion>();
  const records = new Map<string, FormGroup>();
  const labels = new Set<string>();
  for (const record of model.records) {
    records.set(record.recordType ?? record.name, record);
    for (const question of questionsOf(record)) {
      questions.set(question.name, question);
      if (question.label) {
        labels.add(question.label.vi.normalize('NFC'));
        labels.add(question.label.en.normalize('NFC'));
      }
    }
  }
  cachedIndex = { model, questions, records, labels };
  return cachedIndex;
}

interface Column {
  readonly header: string;
  readonly letter: string;
  readonly question?: FormQuestion;
}

function readTable(table: SubmissionTable, form: FormIndex, locale: Locale): ImportEvent[] {
  const events: ImportEvent[] = [];
  const at = (extra: Partial<SourceLocation> = {}): SourceLocation => ({
    file: table.file,
    ...(table.sheet ? { sheet: table.sheet } : {}),
    ...extra,
  });
  const columns: Column[] = table.header.map((header, index) => ({
    header,
    letter: columnLetter(index),
    ...matchQuestion(header, form),
  }));
  const recordType = recordTypeOf(columns);
  if (!recordType) {
    if (columns.every((column) => column.header === '' || isMetadata(column.header))) return events;
    const labelled = columns.find((column) => form.labels.has(lastSegment(column.header)));
    events.push(
      issueEvent(
        labelled
          ? {
              code: 'submission_labels_export',
              params: { file: fileLabel(table), header: labelled.header },
              location: at(),
            }
          : {
              code: 'submission_no_form_columns',
              params: { file: fileLabel(table) },
              location: at(),
            },
        locale,
      ),
    );
    return events;
  }
  for (const column of columns) {
    if (column.question?.name.startsWith(`${recordType}.`)) continue;
    if (column.header === '' || isMetadata(column.header) || isSelectDetail(column.header, form))
      continue;
    events.push(
      issueEvent(
        {
          code: 'submission_unknown_column',
          params: { column: column.letter, header: column.header },
          location: at({ row: 1, column: column.header, cell: `${column.letter}1` }),
        },
        locale,
      ),
    );
  }
  const root = form.records.get(recordType);
  if (!root) return events;
  let index = 0;
  for (const { row, cells } of table.rows) {
    const answers = new Map<string, { cell: SubmissionCell; column: Column }>();
    columns.forEach((column, col) => {
      const cell = cells[col] ?? null;
      if (column.question?.name.startsWith(`${recordType}.`) && cell !== null && cell !== '') {
        answers.set(column.question.name, { cell, column });
      }
    });
    const basePath = [index++];
    const record: Record<string, unknown> = {};
    const report = (issue: IssueInput) => events.push(issueEvent(issue, locale));
    fillGroup(root, answers, record, { basePath, row, at, report, locale });
    events.push({
      kind: 'record',
      recordType,
      value: prune(record) ?? {},
      basePath,
      location: at({ row }),
    });
  }
  return events;
}

interface RowContext {
  readonly basePath: readonly number[];
  readonly row: number;
  readonly at: (extra?: Partial<SourceLocation>) => SourceLocation;
  readonly report: (issue: IssueInput) => void;
  readonly locale: Locale;
}

type Answers = ReadonlyMap<string, { cell: SubmissionCell; column: Column }>;

function fillGroup(
  group: FormGroup,
  answers: Answers,
  record: Record<string, unknown>,
  ctx: RowContext,
): void {
  for (const child of group.children) {
    if (child.kind !== 'question') {
      fillGroup(child, answers, record, ctx);
      continue;
    }
    if (child.forVariants) {
      const chosen = answers.get(child.forVariants.selector)?.cell;
      if (typeof chosen !== 'string' || !child.forVariants.choices.includes(chosen.trim()))
        continue;
    }
    const answer = answers.get(child.name);
    if (!answer) continue;
    if (child.variants) {
      const fixed = child.variants.get(String(answer.cell).trim());
      if (fixed) {
        for (const [key, value] of Object.entries(fixed))
          setAt(record, [...child.path, key], value);
      } else {
        const { column } = answer;
        ctx.report({
          code: 'invalid_cell_value',
          path: [...ctx.basePath, ...child.path],
          params: {
            received: String(answer.cell),
            column: column.header,
            expected: [...child.variants.keys()].join(', '),
          },
          location: ctx.at({
            row: ctx.row,
            column: column.header,
            cell: `${column.letter}${ctx.row}`,
          }),
        });
      }
      continue;
    }
    const value = convert(child, answer.cell);
    if (value.ok) setAt(record, child.path, value.value);
    else {
      const { column } = answer;
      ctx.report({
        code: 'invalid_cell_value',
        path: [...ctx.basePath, ...child.path],
        params: {
          received: String(answer.cell),
          column: column.header,
          expected: expectedText(child, ctx.locale),
        },
        location: ctx.at({
          row: ctx.row,
          column: column.header,
          cell: `${column.letter}${ctx.row}`,
        }),
      });
      setAt(
        record,
        child.path,
        typeof answer.cell === 'string' ? answer.cell : String(answer.cell),
      );
    }
  }
}

function convert(
  question: FormQuestion,
  cell: SubmissionCell,
): { ok: true; value: unknown } | { ok: false } {
  const text = typeof cell === 'string' ? cell.normalize('NFC').trim() : cell;
  switch (question.answer) {
    case 'integer':
    case 'decimal': {
      const number =
        typeof text === 'number'
          ? text
          : typeof text === 'string' && /^-?\d+(\.\d+)?$/.test(text)
            ? Number(text)
            : Number.NaN;
      if (!Number.isFinite(number) || (question.answer === 'integer' && !Number.isInteger(number)))
        return { ok: false };
      return { ok: true, value: number };
    }
    case 'date': {
      if (text instanceof Date) {
        return Number.isNaN(text.getTime())
          ? { ok: false }
          : { ok: true, value: text.toISOString().slice(0, 10) };
      }
      // ODK writes dates as YYYY-MM-DD; a date-time answer keeps its day.
      const match =
        typeof text === 'string'
          ? /^(\d{4}-\d{2}-\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text)
          : null;
      return match ? { ok: true, value: match[1] } : { ok: false };
    }
    case 'boolean':
      if (text === 'true' || text === true || text === '1' || text === 1)
        return { ok: true, value: true };
      if (text === 'false' || text === false || text === '0' || text === 0)
        return { ok: true, value: false };
      return { ok: false };
    case 'codes':
      return { ok: true, value: String(text).split(/\s+/).filter(Boolean) };
    case 'code':
      return { ok: true, value: typeof text === 'number' ? String(text) : String(text) };
    default:
      return {
        ok: true,
        value: text instanceof Date ? text.toISOString().slice(0, 10) : String(text),
      };
  }
}

function expectedText(question: FormQuestion, locale: Locale): string {
  const texts: Record<string, { vi: string; en: string }> = {
    integer: { vi: 'số nguyên', en: 'a whole number' },
    decimal: { vi: 'số', en: 'a number' },
    date: { vi: 'ngày YYYY-MM-DD', en: 'a YYYY-MM-DD date' },
    boolean: { vi: 'true hoặc false', en: 'true or false' },
  };
  return texts[question.answer]?.[locale] ?? (locale === 'vi' ? 'văn bản' : 'text');
}

/** The question a header names: its last `/` segment, then its last `-` segment (ODK joins groups with `-`). */
function matchQuestion(header: string, form: FormIndex): { question?: FormQuestion } {
  const question = form.questions.get(lastSegment(header));
  return question ? { question } : {};
}

function lastSegment(header: string): string {
  const slash = header.split('/').pop() ?? header;
  return slash.split('-').pop() ?? slash;
}

/** KoboToolbox's (and ODK's split) select-multiple columns, `question/choice`: the answer is in `question` already. */
function isSelectDetail(header: string, form: FormIndex): boolean {
  const parts = header.split('/');
  if (parts.length < 2) return false;
  const owner = parts[parts.length - 2] ?? '';
  const question = form.questions.get(owner.split('-').pop() ?? owner);
  return question?.answer === 'codes';
}

function isMetadata(header: string): boolean {
  if (header.startsWith('_')) return true;
  const segments = header.split(/[/-]/);
  if (segments[0] === 'meta' || segments[0] === 'formhub') return true;
  return ODK_METADATA.has(segments[segments.length - 1] ?? header);
}

/** The record type most of a table's question columns belong to. */
function recordTypeOf(columns: readonly Column[]): string | undefined {
  const counts = new Map<string, number>();
  for (const column of columns) {
    const name = column.question?.name;
    if (!name) continue;
    const type = name.slice(0, name.indexOf('.'));
    counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [type, count] of counts) if (!best || count > (counts.get(best) ?? 0)) best = type;
  return best;
}

function fileLabel(table: SubmissionTable): string {
  return table.sheet ? `${table.file} (${table.sheet})` : table.file;
}

function setAt(record: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = record;
  path.forEach((key, i) => {
    if (i === path.length - 1) {
      node[key] = value;
      return;
    }
    const next = node[key];
    if (!isObject(next)) node[key] = {};
    node = node[key] as Record<string, unknown>;
  });
}

/** Drops objects left empty: an optional object none of whose questions was answered is absent. */
function prune(value: Record<string, unknown>): Record<string, unknown> | undefined {
  for (const [key, child] of Object.entries(value)) {
    if (isObject(child)) {
      const kept = prune(child);
      if (kept === undefined) delete value[key];
    }
  }
  return Object.keys(value).length > 0 ? value : undefined;
}

function issueEvent(input: IssueInput, locale: Locale, incomplete = false): ImportEvent {
  return {
    kind: 'issue',
    issue: createIssue(input, locale),
    ...(incomplete ? { incomplete } : {}),
  };
}
