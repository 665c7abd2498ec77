// Turns rows of cells (from CSV or a worksheet) into records: the header is found among the first rows, each later
// row is one record; cells convert by their field's schema type.
import { quoteValue, type SourceLocation } from '@vntip/core';
import { fieldSensitivity, type Locale, RECORD_TYPE_SCHEMA_FILES } from '@vntip/schema';
import { nestsDeeperThan } from '../json/json-records';
import type { ReadContext } from '../read-context';
import type { FieldColumn, ReadEvent } from '../read-event';
import { normalizeJsonValue, type OversizedValue, utf8Length } from '../safe-object';
import { foldKey } from '../text/vietnamese-text';
import {
  type CellValue,
  type ConvertOptions,
  convertCell,
  type ExpectedKind,
  expectedText,
} from './convert-cell';
import { DateOrderWatch } from './date-order-watch';
import { EmptyRowRun } from './empty-rows';
import { cellText, findHeaderLayout, HEADER_SEARCH_ROWS, type HeaderLayout } from './header-layout';
import { type ColumnTarget, columnLetter } from './match-header';
import { MergedCellFill } from './merged-cell-fill';
import type { MergedRange } from './merged-range';
import { RecordBuilder } from './record-builder';
import { type MissingColumn, missingRequiredColumns } from './required-columns';
import { getFieldTree, type LeafSpec } from './schema-fields';
import { suggestHeader } from './suggest-header';

/** A spreadsheet formula error such as `#N/A`, kept apart from text. */
export interface FormulaError {
  readonly formulaError: string;
}

/** A cell as a tabular source gives it; null when empty. */
export type TabularCell = CellValue | FormulaError | null;

/** One row of a sheet or CSV file, with its 1-based row number. */
export interface TabularRow {
  readonly row: number;
  readonly cells: readonly TabularCell[];
  /** Physical lines the row spans (a CSV cell may hold line breaks). @default 1 */
  readonly lines?: number;
  /** True for a row the source could not read and already reported: counted as skipped, never a record. */
  readonly skipped?: boolean;
}

/** Where the rows come from. */
export interface TabularSource extends ConvertOptions {
  /** Worksheet name, for XLSX. */
  readonly sheet?: string;
  /** True when row numbers missing from the rows are empty rows (a worksheet stores no empty rows). */
  readonly gapsAreEmptyRows?: boolean;
  /** The worksheet's merged cells: parent header cells over two-level headers, and data cells to fill down. */
  readonly merges?: readonly MergedRange[];
  /**
   * Called, instead of reporting `no_records`, when there is a header but no data row: a workbook's sheets are
   * accounted together (a template's unused sheets are normal when another sheet has records).
   */
  readonly onHeaderWithoutRows?: (headerRow: number) => void;
}

interface Column {
  readonly header: string;
  readonly letter: string;
  readonly target?: ColumnTarget;
  /** For a second column of a field: the field, and the index of the column read for it (whose value is kept). */
  readonly duplicate?: { readonly target: ColumnTarget; readonly of: number };
}

/** The column of each field a header names, keyed by the field's path joined with `.`: the first column wins. */
function columnsByField(columns: readonly Column[]): ReadonlyMap<string, FieldColumn> {
  const byField = new Map<string, FieldColumn>();
  for (const { target, letter, header } of columns) {
    if (!target) continue;
    const key = target.path.join('.');
    if (!byField.has(key)) byField.set(key, { letter, header: header || letter });
  }
  return byField;
}

/** How many title cells `title_rows_skipped` quotes (each as `quoteValue` shortens it). */
const TITLE_CELLS = 8;

/**
 * Reads records of one record type from rows. The header is found among the first rows (`findHeaderLayout`): title
 * rows above it are skipped and reported once, a two-level header maps its columns to nested fields. Reports unknown
 * (with a "did you mean" when a field is near) and duplicate columns, bad cells, empty rows, merged data cells filled
 * down, and a table with no data rows.
 */
export async function* tabularRecords(
  rows: AsyncIterable<TabularRow>,
  recordType: string,
  context: ReadContext,
  source: TabularSource = {},
): AsyncGenerator<ReadEvent> {
  const tree = getFieldTree(recordType);
  const sheet = source.sheet ? { sheet: source.sheet } : {};
  if (!tree) {
    context.report('unknown_record_type', {
      location: sheet,
      params: {
        received: quoteValue(recordType, context.locale),
        expected: Object.keys(RECORD_TYPE_SCHEMA_FILES).sort(),
      },
      incomplete: true,
    });
    return;
  }
  const empty = new EmptyRowRun(context, source.sheet);
  const dates = new DateOrderWatch();
  const labelsRead = new Set<string>();
  let columns: Column[] | undefined;
  let fieldColumns: ReadonlyMap<string, FieldColumn> | undefined;
  // Required fields with no column: one issue for each at the end, none per row.
  let missing: readonly MissingColumn[] = [];
  // For each, the rows it left without a value: all of them, or those holding the object it belongs to.
  let missingRows: number[] = [];
  let headerRow = 0;
  let fill: MergedCellFill | undefined;
  let headerSkipped = false;
  let index = 0;
  const unlabelledReported = new Set<number>();
  let previous = 0;
  let lines = 0;
  let recordsMade = 0;
  let rowsSkipped = 0;
  // The first rows are held back until the header is found among them.
  let lookahead: TabularRow[] | undefined = [];
  let contentRows = 0;

  const decideHeader = (): TabularRow[] => {
    const held = lookahead ?? [];
    lookahead = undefined;
    const content = held.filter((row) => !row.skipped && !row.cells.every(isEmptyCell));
    const layout = findHeaderLayout(tree, content, source.merges);
    if (!layout) return held;
    const first = content[layout.index] as TabularRow;
    const last = content[layout.index + layout.height - 1] as TabularRow;
    reportTitleRows(content.slice(0, layout.index), first, context, sheet);
    columns = headerColumns(tree, layout, context, sheet);
    fieldColumns = columnsByField(columns);
    missing = missingRequiredColumns(
      tree,
      columns.map((column) => column.target),
      context.locale,
    );
    missingRows = missing.map(() => 0);
    headerRow = last.row;
    previous = last.row;
    const known = columns;
    if (source.merges?.length) {
      fill = new MergedCellFill(
        source.merges,
        last.row,
        context,
        (col) => known[col]?.header ?? '',
        source.sheet,
        (col) => {
          const path = known[col]?.target?.path;
          return path ? fieldSensitivity(recordType, path) : undefined;
        },
      );
    }
    // Rows above the header (titles) are done with; the rows after it are read as data.
    return held.filter((row) => row.row > last.row);
  };

  function* handle(tabular: TabularRow): Generator<ReadEvent> {
    const { row, skipped } = tabular;
    if (columns && source.gapsAreEmptyRows && row > previous + 1)
      empty.addRange(previous + 1, row - 1);
    previous = row;
    if (skipped) {
      if (!columns && !headerSkipped) headerSkipped = true;
      else rowsSkipped++;
      empty.flush();
      return;
    }
    if (tabular.cells.every(isEmptyCell)) {
      if (columns) empty.add(row);
      return;
    }
    if (headerSkipped || !columns) {
      // Without its header a row cannot be matched to fields: counted, and reported once at the end.
      empty.flush();
      rowsSkipped++;
      return;
    }
    empty.flush();
    recordsMade++;
    const cells = fill ? fill.apply(tabular) : tabular.cells;
    const builder = new RecordBuilder();
    const basePath = [index++];
    const known = columns;
    const flagged: (readonly (string | number)[])[] = [];
    cells.forEach((cell, col) => {
      if (isEmptyCell(cell) || cell === null) return;
      const column = known[col];
      // Built with literal keys: spreading `sheet` into every cell's location is very slow in V8.
      const header = column?.header || columnLetter(col);
      const cellName = `${columnLetter(col)}${row}`;
      const location: Omit<SourceLocation, 'file'> = source.sheet
        ? { sheet: source.sheet, row, column: header, cell: cellName }
        : { row, column: header, cell: cellName };
      if (column?.duplicate) {
        checkDuplicate(column, cell, cells[column.duplicate.of] ?? null, known, {
          context,
          location,
          basePath,
          source,
          recordType,
        });
        return;
      }
      if (!column?.target) {
        if (!column?.header && !unlabelledReported.has(col)) {
          unlabelledReported.add(col);
          context.report('unknown_column', {
            location,
            params: { column: columnLetter(col), header: '' },
          });
        }
        return;
      }
      setCell(builder, column.target, cell, {
        context,
        location,
        basePath,
        source,
        recordType,
        dates,
        labelsRead,
        flagged,
      });
    });
    const value = builder.build();
    missing.forEach(({ path }, at) => {
      // A field of an object the row does not have is not missing: the object is not there at all.
      if (path.length > 1 && valueAt(value, path.slice(0, -1)) === undefined) return;
      flagged.push([...basePath, ...path]);
      missingRows[at] = (missingRows[at] ?? 0) + 1;
    });
    yield {
      kind: 'record',
      recordType,
      value,
      basePath,
      ...(flagged.length > 0 ? { reported: flagged } : {}),
      ...(fieldColumns && fieldColumns.size > 0 ? { columns: fieldColumns } : {}),
      location: source.sheet
        ? { file: context.file, sheet: source.sheet, row }
        : { file: context.file, row },
    };
  }

  // Rows held back while the header is searched for are read before a failing source's error goes on.
  let failure: { error: unknown } | undefined;
  try {
    for await (const tabular of rows) {
      const rowLines = tabular.lines ?? 1;
      lines = source.gapsAreEmptyRows ? tabular.row + rowLines - 1 : lines + rowLines;
      if (lookahead) {
        // A row that could not be read ends the search: the header is among the rows before it, if any.
        if (tabular.skipped && contentRows > 0) {
          for (const held of decideHeader()) yield* handle(held);
          yield* handle(tabular);
          continue;
        }
        if (tabular.skipped) {
          lookahead = undefined;
          yield* handle(tabular);
          continue;
        }
        lookahead.push(tabular);
        if (!tabular.cells.every(isEmptyCell)) contentRows++;
        if (contentRows > HEADER_SEARCH_ROWS)
          for (const held of decideHeader()) yield* handle(held);
        continue;
      }
      yield* handle(tabular);
    }
  } catch (error) {
    failure = { error };
  }
  if (lookahead) for (const held of decideHeader()) yield* handle(held);
  if (failure) throw failure.error;
  dates.report(context);
  missing.forEach(({ path, title }, at) => {
    const rows = missingRows[at] ?? 0;
    if (rows === 0) return;
    context.report('required_column_missing', {
      location: { ...sheet, row: headerRow },
      path,
      params: { column: title, field: path.join('.'), rows },
    });
  });
  if (headerSkipped) {
    context.report('invalid_csv', {
      location: sheet,
      params: { detail: headerSkippedDetail(rowsSkipped, context.locale) },
      incomplete: true,
    });
  } else if (recordsMade === 0 && rowsSkipped === 0 && columns && source.onHeaderWithoutRows) {
    source.onHeaderWithoutRows(headerRow);
  } else if (recordsMade === 0 && rowsSkipped === 0) {
    context.report('no_records', {
      location: columns ? { ...sheet, row: headerRow } : sheet,
      params: {
        reason: noRecordsReason(columns ? headerRow : undefined, source, context.locale),
        // Nothing at all, not even a header: what `requireRecords` makes an error.
        ...(columns ? {} : { nothingRead: true }),
      },
    });
  }
  yield {
    kind: 'tally',
    tally: {
      file: context.file,
      ...sheet,
      lines,
      rowsRead: recordsMade + rowsSkipped,
      recordsMade,
      rowsSkipped,
    },
  };
}

function noRecordsReason(
  headerRow: number | undefined,
  source: TabularSource,
  locale: Locale,
): string {
  const vi = locale === 'vi';
  if (headerRow === undefined) {
    if (source.sheet !== undefined)
      return vi ? `trang tính "${source.sheet}" trống` : `the sheet "${source.sheet}" is empty`;
    return vi ? 'tệp trống' : 'the file is empty';
  }
  return vi
    ? `có dòng tên cột (dòng ${headerRow}) nhưng không có dòng dữ liệu nào bên dưới`
    : `there is a header row (row ${headerRow}) but no data rows under it`;
}

function reportTitleRows(
  titles: readonly TabularRow[],
  header: TabularRow,
  context: ReadContext,
  sheet: { sheet?: string },
): void {
  const first = titles[0];
  const last = titles[titles.length - 1];
  if (!first || !last) return;
  const texts: string[] = [];
  for (const { cells } of titles) {
    for (const cell of cells) {
      const text = cellText(cell);
      if (text === '') continue;
      texts.push(`"${quoteValue(text, context.locale)}"`);
    }
  }
  const shown = texts.slice(0, TITLE_CELLS).join('; ') + (texts.length > TITLE_CELLS ? '; …' : '');
  context.report('title_rows_skipped', {
    location: { ...sheet, row: first.row },
    params: {
      count: titles.length,
      rows: first.row === last.row ? `${first.row}` : `${first.row}–${last.row}`,
      text: shown,
      header: header.row,
    },
  });
}

function headerSkippedDetail(rows: number, locale: Locale): string {
  return locale === 'vi'
    ? `không đọc được dòng tiêu đề, nên ${rows} dòng dữ liệu bên dưới không được đọc`
    : `the header row could not be read, so the ${rows} data rows below it were not read`;
}

function valueAt(value: unknown, path: readonly string[]): unknown {
  let at = value;
  for (const key of path) {
    at =
      typeof at === 'object' && at !== null && Object.hasOwn(at, key)
        ? (at as Record<string, unknown>)[key]
        : undefined;
  }
  return at;
}

function isEmptyCell(cell: TabularCell): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

/** The suffix of a label column's header: `sex__label` holds, for people, the label of the code in `sex`. */
export const LABEL_COLUMN_SUFFIX = '__label';

/** True for `<header>__label` when another column of the table is headed `<header>`. */
function isLabelColumn(header: string, layout: HeaderLayout): boolean {
  if (!header.endsWith(LABEL_COLUMN_SUFFIX)) return false;
  const base = header.slice(0, -LABEL_COLUMN_SUFFIX.length);
  return layout.columns.some((column, col) => column.header === base && layout.targets[col]);
}

function headerColumns(
  tree: NonNullable<ReturnType<typeof getFieldTree>>,
  layout: HeaderLayout,
  context: ReadContext,
  sheet: { sheet?: string },
): Column[] {
  const seen = new Map<string, { header: string; col: number }>();
  return layout.columns.map(({ header, name, row }, col) => {
    const letter = columnLetter(col);
    if (header === '') return { header, letter };
    const target = layout.targets[col];
    // `sex__label` beside `sex`: the label column VN-TIP's CSV export writes for people, read past in silence.
    if (!target && isLabelColumn(header, layout)) return { header, letter };
    if (!target) {
      // A header that names no field may be data (a file with no header row): quoted as a value is.
      const shown = quoteValue(header, context.locale);
      const location = { ...sheet, row, column: shown, cell: `${letter}${row}` };
      const suggestion = suggestHeader(tree, name, context.locale);
      if (suggestion) {
        context.report('unknown_column_did_you_mean', {
          location,
          params: {
            column: letter,
            header: shown,
            suggestion: suggestion.title,
            id: suggestion.id,
          },
        });
      } else {
        context.report('unknown_column', { location, params: { column: letter, header: shown } });
      }
      return { header: shown, letter };
    }
    const location = { ...sheet, row, column: header, cell: `${letter}${row}` };
    const key = JSON.stringify(target.path);
    const first = seen.get(key);
    if (first !== undefined) {
      context.report('duplicate_column', {
        location,
        params: { column: letter, header, first: first.header, field: target.path.join('.') },
      });
      return { header, letter, duplicate: { target, of: first.col } };
    }
    seen.set(key, { header, col });
    return { header, letter, target };
  });
}

/**
 * A cell of a second column of a field, checked against the cell of the column read for it: when both hold values
 * that differ once converted (`Nữ` and `FEMALE` are one value), or only the ignored one holds a value, the value it
 * gives is lost, and that is an error at its cell. An empty duplicate cell loses nothing.
 */
function checkDuplicate(
  column: Column,
  cell: TabularCell,
  firstCell: TabularCell,
  columns: readonly Column[],
  at: Pick<CellContext, 'context' | 'location' | 'basePath' | 'source' | 'recordType'>,
): void {
  const duplicate = column.duplicate;
  if (!duplicate) return;
  const value = comparable(cell, duplicate.target, at.source);
  const kept = isEmptyCell(firstCell)
    ? undefined
    : comparable(firstCell, duplicate.target, at.source);
  if (value === kept) return;
  const { context } = at;
  const field = duplicate.target.path;
  const sensitivity = fieldSensitivity(at.recordType, field);
  const first = columns[duplicate.of];
  context.report('duplicate_column_conflict', {
    location: at.location,
    path: [...at.basePath, ...field],
    params: {
      column: column.letter,
      header: column.header,
      first: first?.header || first?.letter || '',
      field: field.join('.'),
      received: quoteValue(cellText(cell), context.locale, sensitivity),
      kept:
        kept === undefined
          ? context.locale === 'vi'
            ? '(trống)'
            : '(empty)'
          : `"${quoteValue(cellText(firstCell), context.locale, sensitivity)}"`,
    },
  });
}

/** A cell's value as its field reads it, as text to compare: converted when it converts, else its trimmed text. */
function comparable(cell: TabularCell, target: ColumnTarget, source: TabularSource): string {
  if (cell !== null && typeof cell === 'object' && 'formulaError' in cell) return cell.formulaError;
  const raw = typeof cell === 'string' ? cell.normalize('NFC').trim() : cell;
  if (raw === null) return '';
  if (target.kind === 'json') return String(raw);
  const one = (item: CellValue) => {
    const converted = convertCell(item, target.leaf, source);
    return converted.ok ? converted.value : item instanceof Date ? item.toISOString() : item;
  };
  const value =
    target.kind === 'list' ? (typeof raw === 'string' ? splitList(raw) : [raw]).map(one) : one(raw);
  return JSON.stringify(value) ?? '';
}

interface CellContext {
  readonly context: ReadContext;
  readonly location: Omit<SourceLocation, 'file'>;
  readonly basePath: readonly number[];
  readonly source: TabularSource;
  readonly recordType: string;
  /** The paths of the row's cells already reported as errors: the structural check says nothing more of them. */
  readonly flagged: (readonly (string | number)[])[];
  readonly dates: DateOrderWatch;
  /** Column and text of each code already reported as read from a label, so each is said once. */
  readonly labelsRead: Set<string>;
}

function setCell(
  builder: RecordBuilder,
  target: ColumnTarget,
  raw: TabularCell,
  at: CellContext,
): void {
  const { context, location, basePath } = at;
  const path = [...basePath, ...target.path];
  if (raw !== null && typeof raw === 'object' && 'formulaError' in raw) {
    invalidCell(
      at,
      path,
      raw.formulaError,
      target.kind === 'json' ? 'json' : expectedOf(target.leaf),
    );
    return;
  }
  if (raw === null) return;
  const cell = typeof raw === 'string' ? raw.normalize('NFC').trim() : raw;
  if (typeof cell === 'string') {
    const bytes = cell.length * 3 > context.limits.maxCellBytes ? utf8Length(cell) : cell.length;
    if (bytes > context.limits.maxCellBytes) {
      at.flagged.push(path);
      context.report('cell_too_large', {
        location,
        path,
        params: { bytes, limit: context.limits.maxCellBytes },
      });
      return;
    }
  }
  if (target.kind === 'json') {
    const value = parseJsonCell(cell, at, path);
    if (value !== undefined) builder.set(target.path, value);
    return;
  }
  if (target.kind === 'list') {
    const items = typeof cell === 'string' ? splitList(cell) : [cell];
    builder.set(
      target.path,
      items.map((item) => convertOne(item, target.leaf, at, path)),
    );
    return;
  }
  builder.set(target.path, convertOne(cell, target.leaf, at, path));
}

function convertOne(
  cell: CellValue,
  leaf: LeafSpec,
  at: CellContext,
  path: readonly (string | number)[],
): unknown {
  if (leaf.date && typeof cell === 'string') at.dates.observe(cell, at.location);
  const converted = convertCell(cell, leaf, at.source);
  if (converted.ok) {
    if (converted.readFrom !== undefined) labelRead(at, path, converted.readFrom, converted.value);
    return converted.value;
  }
  invalidCell(at, path, cell, converted.expected);
  // Keep what the cell said, so the record fails its schema check rather than pass without the value.
  return cell instanceof Date ? cell.toISOString() : cell;
}

/**
 * Says once per column and text that a code cell named its code by a label or alias: nothing is matched silently.
 * Never for a field whose values are not quoted (a sensitive category), where the code read would be the value.
 */
function labelRead(
  at: CellContext,
  path: readonly (string | number)[],
  text: string,
  code: unknown,
): void {
  const key = `${at.location.column ?? ''}\u0000${text}`;
  if (at.labelsRead.has(key)) return;
  at.labelsRead.add(key);
  const sensitivity = fieldSensitivity(at.recordType, path.slice(at.basePath.length));
  if (sensitivity === 'direct_identifier' || sensitivity === 'sensitive') return;
  at.context.report('code_read_from_label', {
    location: at.location,
    path,
    params: {
      received: quoteValue(text, at.context.locale),
      column: at.location.column ?? '',
      code: String(code),
    },
  });
}

function expectedOf(leaf: LeafSpec): ExpectedKind | 'text' {
  if (leaf.date) return 'date';
  if (leaf.kinds.has('string')) return 'text';
  if (leaf.kinds.has('number')) return 'number';
  if (leaf.kinds.has('integer')) return 'integer';
  return leaf.kinds.has('boolean') ? 'boolean' : 'text';
}

function invalidCell(
  at: CellContext,
  path: readonly (string | number)[],
  received: unknown,
  expected: ExpectedKind | 'text',
  expectedWords?: string,
): void {
  const sensitivity = fieldSensitivity(at.recordType, path.slice(at.basePath.length));
  at.flagged.push(path);
  at.context.report('invalid_cell_value', {
    location: at.location,
    path,
    params: {
      received: quoteValue(received, at.context.locale, sensitivity),
      column: at.location.column ?? '',
      expected:
        expectedWords ??
        (expected === 'text'
          ? at.context.locale === 'vi'
            ? 'văn bản'
            : 'text'
          : expectedText(expected, at.context.locale)),
    },
  });
}

/** Splits a list cell on `;`, `|` or line breaks; a cell that is a JSON array is read as JSON. */
function splitList(cell: string): string[] {
  if (cell.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(cell);
      if (Array.isArray(parsed) && parsed.every((item) => typeof item === 'string')) {
        return parsed.map((item) => item.normalize('NFC').trim()).filter(Boolean);
      }
    } catch {
      // not JSON: split as text
    }
  }
  return cell
    .split(/[;|\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * What a cell of a field made of parts (an object, or a list of them) must hold, in words: its parts in columns of
 * their own, named like the first part, or else JSON. "Bắc Giang" typed under `Nơi cư trú` is told to use the
 * `Nơi cư trú.Mã` column, not that it is bad JSON.
 */
function jsonExpected(at: CellContext, path: readonly (string | number)[]): string {
  const vi = at.context.locale === 'vi';
  let node = getFieldTree(at.recordType);
  for (const part of path.slice(at.basePath.length)) {
    if (typeof part === 'number') continue;
    node = node?.children?.get(part);
    if (node?.kind === 'array') node = node.item;
  }
  const column = String(at.location.column ?? '');
  const child = node?.children ? [...node.children.values()][0] : undefined;
  if (!node || !child) return vi ? 'một đối tượng JSON' : 'a JSON object';
  // The part named in the language of the officer's header: its vi title, its en title, or its id.
  const language = [...node.titles].findIndex((title) => foldKey(title) === foldKey(column));
  const childName = (language >= 0 ? [...child.titles][language] : undefined) ?? child.id;
  return vi
    ? `một đối tượng JSON; hãy tách các phần ra cột riêng (ví dụ cột "${column}.${childName}")`
    : `a JSON object; put its parts in columns of their own instead (e.g. a "${column}.${childName}" column)`;
}

function parseJsonCell(
  cell: CellValue,
  at: CellContext,
  path: readonly (string | number)[],
): unknown {
  if (typeof cell !== 'string') {
    invalidCell(at, path, cell, 'json', jsonExpected(at, path));
    return undefined;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(cell);
  } catch {
    invalidCell(at, path, cell, 'json', jsonExpected(at, path));
    return undefined;
  }
  if (nestsDeeperThan(parsed, at.context.limits.maxDepth)) {
    at.flagged.push(path);
    at.context.report('nesting_too_deep', {
      location: at.location,
      path,
      params: { limit: at.context.limits.maxDepth },
    });
    return undefined;
  }
  const oversized: OversizedValue[] = [];
  const value = normalizeJsonValue(parsed, at.context.limits.maxCellBytes, oversized);
  return value;
}
