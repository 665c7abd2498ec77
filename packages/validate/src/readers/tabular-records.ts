import { quoteValue, type SourceLocation } from '@vntip/core';
import { fieldSensitivity, type Locale, RECORD_TYPE_SCHEMA_FILES } from '@vntip/schema';
import type { ReadEvent } from '../read-event';
import {
  type CellValue,
  type ConvertOptions,
  convertCell,
  type ExpectedKind,
  expectedText,
} from './convert-cell';
import { EmptyRowRun } from './empty-rows';
import { nestsDeeperThan } from './json-records';
import { type ColumnTarget, columnLetter, matchHeader } from './match-header';
import type { ReadContext } from './read-context';
import { RecordBuilder } from './record-builder';
import { normalizeJsonValue, type OversizedValue, utf8Length } from './safe-object';
import { getFieldTree, type LeafSpec } from './schema-fields';

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
}

interface Column {
  readonly header: string;
  readonly letter: string;
  readonly target?: ColumnTarget;
}

/** Reads records of one record type from rows; reports unknown and duplicate columns, bad cells and empty rows. */
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
  let columns: Column[] | undefined;
  let headerSkipped = false;
  let index = 0;
  const unlabelledReported = new Set<number>();
  let previous = 0;
  let lines = 0;
  let recordsMade = 0;
  let rowsSkipped = 0;
  for await (const { row, cells, lines: rowLines = 1, skipped } of rows) {
    if (columns && source.gapsAreEmptyRows && row > previous + 1)
      empty.addRange(previous + 1, row - 1);
    previous = row;
    lines = source.gapsAreEmptyRows ? row + rowLines - 1 : lines + rowLines;
    if (skipped) {
      if (!columns && !headerSkipped) headerSkipped = true;
      else rowsSkipped++;
      empty.flush();
      continue;
    }
    if (cells.every(isEmptyCell)) {
      if (columns) empty.add(row);
      continue;
    }
    if (headerSkipped) {
      // Without its header a row cannot be matched to fields: counted, and reported once at the end.
      empty.flush();
      rowsSkipped++;
      continue;
    }
    if (!columns) {
      columns = headerColumns(tree, cells, row, context, sheet);
      continue;
    }
    empty.flush();
    recordsMade++;
    const builder = new RecordBuilder();
    const basePath = [index++];
    cells.forEach((cell, col) => {
      if (isEmptyCell(cell) || cell === null) return;
      const column = columns?.[col];
      // Built with literal keys: spreading `sheet` into every cell's location is very slow in V8.
      const header = column?.header || columnLetter(col);
      const cellName = `${columnLetter(col)}${row}`;
      const location: Omit<SourceLocation, 'file'> = source.sheet
        ? { sheet: source.sheet, row, column: header, cell: cellName }
        : { row, column: header, cell: cellName };
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
      setCell(builder, column.target, cell, { context, location, basePath, source, recordType });
    });
    yield {
      kind: 'record',
      recordType,
      value: builder.build(),
      basePath,
      location: source.sheet
        ? { file: context.file, sheet: source.sheet, row }
        : { file: context.file, row },
    };
  }
  if (headerSkipped) {
    context.report('invalid_csv', {
      location: sheet,
      params: { detail: headerSkippedDetail(rowsSkipped, context.locale) },
      incomplete: true,
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

function headerSkippedDetail(rows: number, locale: Locale): string {
  return locale === 'vi'
    ? `không đọc được dòng tiêu đề, nên ${rows} dòng dữ liệu bên dưới không được đọc`
    : `the header row could not be read, so the ${rows} data rows below it were not read`;
}

function isEmptyCell(cell: TabularCell): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

function headerColumns(
  tree: NonNullable<ReturnType<typeof getFieldTree>>,
  cells: readonly TabularCell[],
  row: number,
  context: ReadContext,
  sheet: { sheet?: string },
): Column[] {
  const seen = new Map<string, string>();
  return cells.map((cell, col) => {
    const header =
      cell === null
        ? ''
        : typeof cell === 'object' && 'formulaError' in cell
          ? ''
          : headerText(cell);
    const letter = columnLetter(col);
    if (header === '') return { header, letter };
    const location = { ...sheet, row, column: header, cell: `${letter}${row}` };
    const target = matchHeader(tree, header);
    if (!target) {
      context.report('unknown_column', { location, params: { column: letter, header } });
      return { header, letter };
    }
    const key = JSON.stringify(target.path);
    const first = seen.get(key);
    if (first !== undefined) {
      context.report('duplicate_column', {
        location,
        params: { column: letter, header, first, field: target.path.join('.') },
      });
      return { header, letter };
    }
    seen.set(key, header);
    return { header, letter, target };
  });
}

function headerText(cell: CellValue): string {
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).normalize('NFC').trim();
}

interface CellContext {
  readonly context: ReadContext;
  readonly location: Omit<SourceLocation, 'file'>;
  readonly basePath: readonly number[];
  readonly source: TabularSource;
  readonly recordType: string;
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
  const converted = convertCell(cell, leaf, at.source);
  if (converted.ok) return converted.value;
  invalidCell(at, path, cell, converted.expected);
  // Keep what the cell said, so the record fails its schema check rather than pass without the value.
  return cell instanceof Date ? cell.toISOString() : cell;
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
): void {
  const sensitivity = fieldSensitivity(at.recordType, path.slice(at.basePath.length));
  at.context.report('invalid_cell_value', {
    location: at.location,
    path,
    params: {
      received: quoteValue(received, at.context.locale, sensitivity),
      column: at.location.column ?? '',
      expected:
        expected === 'text'
          ? at.context.locale === 'vi'
            ? 'văn bản'
            : 'text'
          : expectedText(expected, at.context.locale),
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

function parseJsonCell(
  cell: CellValue,
  at: CellContext,
  path: readonly (string | number)[],
): unknown {
  if (typeof cell !== 'string') {
    invalidCell(at, path, cell, 'json');
    return undefined;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(cell);
  } catch {
    invalidCell(at, path, cell, 'json');
    return undefined;
  }
  if (nestsDeeperThan(parsed, at.context.limits.maxDepth)) {
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
