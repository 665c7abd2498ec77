import type { Issue } from '@vntip/core';
import type { FieldColumn } from '@vntip/read';

/** The columns of a table's fields, and how many parts of an issue's path lead to a row's record (`[12]`: one). */
export interface TableColumns {
  readonly basePathLength: number;
  readonly columns: ReadonlyMap<string, FieldColumn>;
}

/** The key of a table among the inputs: its file and sheet. */
export function tableKey(location: { readonly file?: string; readonly sheet?: string }): string {
  return `${location.file ?? ''}\u0000${location.sheet ?? ''}`;
}

/**
 * The issue with the column and cell of the field it is about, when it is located at a row of a table (of `table`,
 * the one its file and sheet name) and has no cell yet: raised by the structural check, or by a rule, during the
 * read or at its end. The cell is that of its path, or of the nearest enclosing field that has one (a JSON cell
 * holding an object), or, for an issue about a whole object (`location` matching none of its forms), the first of
 * its fields' columns, leftmost in the table. `location.column` is the header as the officer wrote it, as the readers give it for the
 * cells they report themselves; an issue about no single field (or a field with no column) is left as it is.
 */
export function locateField(issue: Issue, table: TableColumns): Issue {
  const location = issue.location;
  if (location?.row === undefined || location.cell !== undefined) return issue;
  const { basePathLength, columns } = table;
  if (issue.path.length <= basePathLength) return issue;
  const field = issue.path.slice(basePathLength);
  const column = columnOf(field.map(String), columns);
  if (column === undefined) return issue;
  return {
    ...issue,
    location: { ...location, column: column.header, cell: `${column.letter}${location.row}` },
  };
}

/** The field's column, else that of the nearest enclosing field, else the first column of a field inside it. */
function columnOf(
  field: readonly string[],
  columns: ReadonlyMap<string, FieldColumn>,
): FieldColumn | undefined {
  for (let end = field.length; end > 0; end--) {
    const column = columns.get(field.slice(0, end).join('.'));
    if (column !== undefined) return column;
  }
  const inside = `${field.join('.')}.`;
  for (const [key, column] of columns) if (key.startsWith(inside)) return column;
  return undefined;
}
