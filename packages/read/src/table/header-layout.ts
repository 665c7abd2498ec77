// Finds the header of a table among its first rows: the row (or the two rows of a two-level header) whose cells
// name the most fields of the record type. Rows above it are the report's title block.
import { type ColumnTarget, matchHeaderCandidates } from './match-header';
import type { MergedRange } from './merged-range';
import type { FieldNode } from './schema-fields';
import type { TabularCell, TabularRow } from './tabular-records';

/** How many non-empty rows at the top of a table may hold the header (the rows above it being titles). */
export const HEADER_SEARCH_ROWS = 20;

/** One column of a header. */
export interface HeaderColumn {
  /** The header as the officer wrote it: `Địa bàn › Mã tỉnh` for a column under a merged parent cell. */
  readonly header: string;
  /** The name matched against the fields: `Địa bàn.Mã tỉnh`, or the header itself. */
  readonly name: string;
  /** The row of the header's lowest cell: the child row of a two-level column, else the row its text is in. */
  readonly row: number;
}

/** Where the header is among the rows given to `findHeaderLayout`, and its columns. */
export interface HeaderLayout {
  /** Index, in the rows given, of the (first) header row. */
  readonly index: number;
  /** 1, or 2 for a two-level header (a parent row over a child row). */
  readonly height: 1 | 2;
  readonly columns: readonly HeaderColumn[];
  /** The field of each column, ambiguous titles resolved; undefined for a column that names no field. */
  readonly targets: readonly (ColumnTarget | undefined)[];
}

/**
 * Picks the header among the first non-empty rows of a table: the row whose cells name the most fields (ids or
 * vi/en titles), or a parent row over a child row when the pair names more, the parent's text spread over the
 * columns its merged cell covers (or, as a merged cell saved to CSV, over the empty cells after it that have a child
 * below). Ties go to the earlier row. When no row names a field, the first row is the header. Undefined when there
 * is no row.
 */
export function findHeaderLayout(
  tree: FieldNode,
  rows: readonly TabularRow[],
  merges: readonly MergedRange[] = [],
): HeaderLayout | undefined {
  let best: (HeaderLayout & { score: number }) | undefined;
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  // Only ranges that start on a header candidate can be a parent cell: a sheet may have thousands in its data.
  const candidates = new Set(rows.slice(0, limit).map((row) => row.row));
  const parents = merges.filter((range) => range.right > range.left && candidates.has(range.top));
  for (let index = 0; index < limit; index++) {
    const row = rows[index] as TabularRow;
    const next = rows[index + 1];
    if (next && next.row === row.row + (row.lines ?? 1)) {
      const pair = pairLayout(tree, row, next, parents);
      if (pair && (!best || pair.score > best.score)) best = { ...pair, index };
    }
    const columns = row.cells.map((cell) => {
      const text = cellText(cell);
      return { header: text, name: text, row: row.row };
    });
    const targets = resolveTargets(tree, columns);
    const score = targets.filter(Boolean).length;
    if (!best || score > best.score) best = { index, height: 1, columns, targets, score };
  }
  if (!best) return undefined;
  const { score: _score, ...layout } = best;
  return layout;
}

function pairLayout(
  tree: FieldNode,
  parentRow: TabularRow,
  childRow: TabularRow,
  merges: readonly MergedRange[],
): (Omit<HeaderLayout, 'index'> & { score: number }) | undefined {
  const parents = parentTexts(parentRow, childRow, merges);
  const width = Math.max(parents.length, childRow.cells.length);
  const columns: HeaderColumn[] = [];
  let nested = false;
  for (let col = 0; col < width; col++) {
    const parent = parents[col] ?? '';
    const child = cellText(childRow.cells[col] ?? null);
    if (parent === '' || child === '' || parent === child) {
      const text = parent || child;
      columns.push({ header: text, name: text, row: child === '' ? parentRow.row : childRow.row });
      continue;
    }
    const dotted = `${parent}.${child}`;
    const header = `${parent} › ${child}`;
    if (matchHeaderCandidates(tree, dotted).length > 0) {
      nested = true;
      columns.push({ header, name: dotted, row: childRow.row });
    } else {
      columns.push({
        header,
        name: matchHeaderCandidates(tree, child).length > 0 ? child : dotted,
        row: childRow.row,
      });
    }
  }
  // A pair is a two-level header only when some parent cell names the field its children belong to.
  if (!nested) return undefined;
  const targets = resolveTargets(tree, columns);
  return { height: 2, columns, targets, score: targets.filter(Boolean).length };
}

/** The parent text over each column: its own cell, its merged cell's, or the group it continues (CSV). */
function parentTexts(
  parentRow: TabularRow,
  childRow: TabularRow,
  merges: readonly MergedRange[],
): string[] {
  const width = Math.max(parentRow.cells.length, childRow.cells.length);
  const out: string[] = [];
  let group = '';
  for (let col = 0; col < width; col++) {
    const own = cellText(parentRow.cells[col] ?? null);
    const child = cellText(childRow.cells[col] ?? null);
    if (own !== '') {
      out.push(own);
      group = child === '' ? '' : own;
      continue;
    }
    const merged = merges.find(
      (range) =>
        range.top === parentRow.row &&
        range.bottom >= parentRow.row &&
        range.left < col &&
        col <= range.right,
    );
    if (merged) {
      out.push(cellText(parentRow.cells[merged.left] ?? null));
      continue;
    }
    if (child !== '' && group !== '') {
      out.push(group);
      continue;
    }
    out.push('');
    group = '';
  }
  return out;
}

/**
 * The field of each header column. A header that could name two sibling fields (`Mã tỉnh` in an administrative
 * unit: its own code, or its province's) names the first of them in schema order that no other column names, so
 * `Cấp` + `Mã tỉnh` is a province's code, while `Mã huyện` + `Mã tỉnh` is a district's code and its province.
 */
export function resolveTargets(
  tree: FieldNode,
  columns: readonly HeaderColumn[],
): (ColumnTarget | undefined)[] {
  const candidates = columns.map(({ name }) =>
    name === '' ? [] : matchHeaderCandidates(tree, name),
  );
  const claimed = new Set<string>();
  for (const found of candidates) {
    if (found.length === 1) claimed.add(JSON.stringify((found[0] as ColumnTarget).path));
  }
  return candidates.map((found) => {
    if (found.length <= 1) return found[0];
    const free = found.find((target) => !claimed.has(JSON.stringify(target.path)));
    const chosen = free ?? found[0];
    if (chosen) claimed.add(JSON.stringify(chosen.path));
    return chosen;
  });
}

/** The text of a header cell: trimmed NFC text, a date as YYYY-MM-DD, empty for an empty or error cell. */
export function cellText(cell: TabularCell): string {
  if (cell === null) return '';
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  if (typeof cell === 'object') return '';
  return String(cell).normalize('NFC').trim();
}
