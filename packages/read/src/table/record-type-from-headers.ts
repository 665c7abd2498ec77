// The last way to find a table's record type, when neither the option, the sheet nor the file name says it: the
// record type whose fields its header names best.
import { RECORD_TYPE_SCHEMA_FILES } from '@vntip/schema';
import { findHeaderLayout, HEADER_SEARCH_ROWS } from './header-layout';
import { getFieldTree } from './schema-fields';
import type { TabularCell, TabularRow } from './tabular-records';

/** Fewest header cells that must name fields of a record type for the header to tell it. */
const MIN_MATCHED = 2;
/** Most rows held back to look for the header (empty rows included). */
const MAX_HELD_ROWS = 200;

/** The first rows of a table, held back to look at, and every row (those first ones again) to read on. */
export interface PeekedRows {
  readonly head: readonly TabularRow[];
  readonly rows: AsyncIterable<TabularRow>;
}

/** Holds back the rows that may hold the header (up to `HEADER_SEARCH_ROWS` non-empty ones), to be read again. */
export async function peekHeaderRows(rows: AsyncIterable<TabularRow>): Promise<PeekedRows> {
  const iterator = rows[Symbol.asyncIterator]();
  const head: TabularRow[] = [];
  let content = 0;
  let ended = false;
  while (content < HEADER_SEARCH_ROWS && head.length < MAX_HELD_ROWS) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
    if (!next.value.skipped && !next.value.cells.every(isEmpty)) content++;
  }
  async function* replay(): AsyncGenerator<TabularRow> {
    yield* head;
    if (ended) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      yield next.value;
    }
  }
  return { head, rows: replay() };
}

/**
 * The record type whose fields (ids or vi/en titles) the header among these rows names most, at least two of them;
 * undefined when none does, or when two record types are named equally well.
 */
export function recordTypeFromHeaders(rows: readonly TabularRow[]): string | undefined {
  const content = rows.filter((row) => !row.skipped && !row.cells.every(isEmpty));
  let best: string | undefined;
  let bestScore = MIN_MATCHED - 1;
  let tied = false;
  for (const recordType of Object.keys(RECORD_TYPE_SCHEMA_FILES)) {
    const tree = getFieldTree(recordType);
    if (!tree) continue;
    const layout = findHeaderLayout(tree, content);
    const score = layout ? layout.targets.filter(Boolean).length : 0;
    if (score > bestScore) {
      best = recordType;
      bestScore = score;
      tied = false;
    } else if (score === bestScore && best !== undefined) {
      tied = true;
    }
  }
  return tied ? undefined : best;
}

function isEmpty(cell: TabularCell): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}
