import { collectArchiveBytes } from '../../package/collect-archive-bytes';
import { EventBatch, guardReader, ReadContext } from '../../read-context';
import type { InputFile, ReadChunk, ReadEvent } from '../../read-event';
import type { ReadOptions } from '../../read-options';
import type { MergedRange } from '../merged-range';
import {
  reportUnreadableWorkbook,
  type WorkbookRow,
  type WorkbookSheet,
  workbookRecords,
} from '../workbook-records';
import { XlsxParts } from '../xlsx/xlsx-parts';
import { cellBudget } from '../xlsx/xlsx-sheet-rows';
import { asXlsxError, XmlScanner } from '../xlsx/xlsx-xml-scanner';
import { OdsContentHandler, type OdsItem } from './ods-content';

const CONTENT = 'content.xml';
const BATCH_EVENTS = 100;

/**
 * Reads an OpenDocument spreadsheet (.ods, LibreOffice's own format) as `readXlsx` reads a workbook: sheets named
 * after record types, the header found under any title block, two-row merged headers, merged data cells filled down,
 * the same issues. Its zip is checked against the archive limits before anything is inflated; `content.xml`, which
 * holds every sheet, is inflated twice, piece by piece, never held whole: once ahead for the sheet names and merged
 * ranges, then for the rows. Malformed content is an incomplete `invalid_ods`, located by sheet and row.
 */
export function readOds(file: InputFile, options: ReadOptions = {}): AsyncIterable<ReadChunk> {
  const context = new ReadContext(file.name, options);
  return guardReader(context, () => readOdsEvents(file, context));
}

async function* readOdsEvents(file: InputFile, context: ReadContext): AsyncGenerator<ReadChunk> {
  const bytes = await collectArchiveBytes(file, context);
  if (!bytes) return;
  const batch = new EventBatch(context);
  try {
    const parts = XlsxParts.open(bytes, context.limits, 'ods');
    const budget = cellBudget(context.limits.maxArchiveBytes);
    const outline = readOutline(parts);
    if (outline.length === 0) {
      context.report('invalid_ods', {
        params: { detail: 'the spreadsheet has no sheet' },
        incomplete: true,
      });
      return;
    }
    const stream = new OdsRowStream(
      parts,
      budget,
      outline.map((sheet) => sheet.name),
    );
    const sheets = outline.map(
      ({ name, merges }, index): WorkbookSheet => ({
        name,
        rows: () => stream.rowsOf(index),
        merges: () => merges,
      }),
    );
    for await (const event of workbookRecords(sheets, context, { date1904: false })) {
      batch.push(event);
      if (batch.size >= BATCH_EVENTS) yield batch.take();
    }
  } catch (error) {
    if (!reportUnreadableWorkbook(error, context, 'invalid_ods')) {
      const events = batch.take();
      if (events.length > 0) yield events;
      throw error;
    }
  }
  const events: ReadEvent[] = batch.take();
  if (events.length > 0) yield events;
}

/**
 * The sheets' names and merged ranges, from a look-ahead scan of `content.xml` that keeps no rows. Damaged content
 * ends the outline where it is: the read of the rows then stops at the same place, with the sheet and row.
 */
function readOutline(parts: XlsxParts): { name: string; merges: MergedRange[] }[] {
  const sheets: { name: string; merges: MergedRange[] }[] = [];
  const handler = new OdsContentHandler({ remaining: Number.POSITIVE_INFINITY });
  const scanner = new XmlScanner(handler);
  const take = () => {
    for (const item of handler.items) {
      if (item.kind === 'sheet') sheets.push({ name: item.name, merges: [] });
      else if (item.kind === 'merge') sheets[sheets.length - 1]?.merges.push(item.range);
    }
    handler.items = [];
  };
  try {
    for (const piece of parts.text(CONTENT, true)) {
      scanner.push(piece);
      take();
    }
    scanner.end();
  } catch (error) {
    take();
    if (sheets.length === 0) throw asXlsxError(error, CONTENT, {});
  }
  return sheets;
}

/**
 * The rows of `content.xml`, scanned once in order and handed out sheet by sheet: the rows of sheet `i` are read
 * when that sheet asks for them, passing over any earlier sheet that was not read (a reference sheet).
 */
class OdsRowStream {
  private readonly handler: OdsContentHandler;
  private readonly scanner: XmlScanner;
  private readonly pieces: Iterator<string>;
  private queue: OdsItem[] = [];
  private at = 0;
  private sheet = -1;
  private ended = false;
  private failure: unknown;

  constructor(
    parts: XlsxParts,
    budget: { remaining: number },
    private readonly names: readonly string[],
  ) {
    this.handler = new OdsContentHandler(budget);
    this.scanner = new XmlScanner(this.handler);
    this.pieces = parts.text(CONTENT)[Symbol.iterator]();
  }

  *rowsOf(index: number): Generator<WorkbookRow> {
    for (let item = this.next(); item; item = this.next()) {
      if (item.kind === 'sheet') {
        this.sheet++;
        if (this.sheet > index) {
          this.at--; // leave the next sheet's start for its own read
          this.sheet--;
          return;
        }
        continue;
      }
      if (item.kind === 'row' && this.sheet === index) {
        yield item.row;
      }
    }
  }

  private next(): OdsItem | undefined {
    while (this.at >= this.queue.length) {
      // The rows read before damaged content are handed out first; then the damage stops the read.
      if (this.failure) throw this.failure;
      if (this.ended) return undefined;
      this.queue = [];
      this.at = 0;
      this.handler.items = this.queue;
      try {
        const piece = this.pieces.next();
        if (piece.done) {
          this.ended = true;
          this.scanner.end();
        } else this.scanner.push(piece.value);
      } catch (error) {
        const sheet = this.names[this.handler.sheets - 1];
        this.failure = asXlsxError(error, CONTENT, {
          ...(sheet !== undefined ? { sheet } : {}),
          row: this.handler.row + 1,
        });
      }
    }
    return this.queue[this.at++];
  }
}
