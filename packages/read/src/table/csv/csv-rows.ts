// The CSV row scanner: splits decoded text into rows of cells by RFC 4180's quote rule, streaming, and accounts for
// every physical line. A quoted field may span lines only when it closes properly; when it does not, its row is
// skipped and scanning resumes at the line after the one holding the opening quote (ADR 015).
import { utf8Length } from '../../safe-object';

/** What went wrong with the quotes (or the size) of a row. */
export type CsvProblemReason =
  | 'unclosed_quote'
  | 'text_after_quote'
  | 'stray_quote'
  | 'row_too_large';

/** A problem found in a row; lines and columns are 1-based, columns count characters. */
export interface CsvProblem {
  readonly reason: CsvProblemReason;
  /** Line and column of the quote concerned: the opening quote of a quoted field, or the stray quote. */
  readonly line: number;
  readonly column: number;
  /** 0-based index of the field in its row. */
  readonly field: number;
  /** Where text follows the closing quote, for `text_after_quote`. */
  readonly after?: { readonly line: number; readonly column: number };
}

/** A row as the scanner found it: cells (with any stray quotes kept and listed), or skipped with its problem. */
export type CsvScanned =
  | {
      readonly kind: 'row';
      /** Line the row starts on. */
      readonly line: number;
      /** Physical lines the row spans (0 only for an empty last line, which does not exist). */
      readonly lines: number;
      readonly cells: string[];
      readonly strays: readonly CsvProblem[];
    }
  | {
      readonly kind: 'skipped';
      readonly line: number;
      readonly lines: number;
      readonly problem: CsvProblem;
    };

/** Line breaks: `\n` (with `\r\n`), or a lone `\r` in files that hold no `\n` at all (old Mac exports). */
export type CsvLineBreak = '\n' | '\r';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

type Scan =
  | { readonly kind: 'more'; readonly openLine?: number }
  | { readonly kind: 'row'; readonly end: number; readonly lines: number; readonly cells: string[] }
  | {
      readonly kind: 'skipped';
      readonly end: number;
      readonly lines: number;
      readonly problem: Omit<CsvProblem, 'line'> & { readonly lineOffset: number };
      readonly afterOffset?: number;
    };

/**
 * Splits CSV text into rows, chunk by chunk: `push` returns the rows a chunk completes, `end` the rest. Memory is
 * bounded by `maxRowBytes` plus one chunk: a row growing past it is skipped (`row_too_large`).
 */
export class CsvRowScanner {
  private buffer = '';
  private line = 1;
  /** True while the rest of a too-large line is dropped; `skipLine` is where that row started. */
  private skipping = false;
  private skipLine = 0;
  private readonly delimiter: number;
  private readonly breakCode: number;
  private strays: CsvProblem[] = [];

  constructor(
    delimiter: string,
    private readonly lineBreak: CsvLineBreak,
    private readonly maxRowBytes: number,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
    this.breakCode = lineBreak === '\n' ? LF : CR;
  }

  /** The rows `text` completes, in order. */
  push(text: string): CsvScanned[] {
    this.buffer = this.buffer.length === 0 ? text : this.buffer + text;
    return this.drain(false);
  }

  /** The rows left at the end of the input. */
  end(): CsvScanned[] {
    return this.drain(true);
  }

  private drain(final: boolean): CsvScanned[] {
    const out: CsvScanned[] = [];
    const buffer = this.buffer;
    let pos = 0;
    while (pos < buffer.length || (this.skipping && final)) {
      if (this.skipping) {
        const end = buffer.indexOf(this.lineBreak, pos);
        if (end < 0 && !final) {
          pos = buffer.length;
          break;
        }
        this.skipping = false;
        pos = end < 0 ? buffer.length : end + 1;
        this.line++;
        out.push(this.tooLarge(this.skipLine, this.line - this.skipLine));
        continue;
      }
      const start = pos;
      this.strays = [];
      const scan = this.scanRow(buffer, start, final);
      if (scan.kind === 'more') {
        if (this.tooBig(buffer, start, buffer.length)) {
          const resume =
            scan.openLine === undefined ? -1 : this.lineEndAfter(buffer, start, scan.openLine);
          if (resume < 0) {
            // A line longer than the limit: drop it as it streams past, counting the lines already in the row.
            this.skipping = true;
            this.skipLine = this.line;
            for (let at = buffer.indexOf(this.lineBreak, start); at >= 0; ) {
              this.line++;
              at = buffer.indexOf(this.lineBreak, at + 1);
            }
            pos = buffer.length;
          } else {
            const lines = (scan.openLine ?? 0) + 1;
            out.push(this.tooLarge(this.line, lines));
            this.line += lines;
            pos = resume;
            continue;
          }
        }
        break;
      }
      if (scan.kind === 'row') {
        if (this.tooBig(buffer, start, scan.end)) out.push(this.tooLarge(this.line, scan.lines));
        else
          out.push({
            kind: 'row',
            line: this.line,
            lines: scan.lines,
            cells: scan.cells,
            strays: this.strays,
          });
      } else {
        const { lineOffset, ...problem } = scan.problem;
        out.push({
          kind: 'skipped',
          line: this.line,
          lines: scan.lines,
          problem: {
            ...problem,
            line: this.line + lineOffset,
            ...(problem.after
              ? {
                  after: {
                    line: this.line + problem.after.line,
                    column: problem.after.column,
                  },
                }
              : {}),
          },
        });
      }
      this.line += scan.lines;
      pos = scan.end;
    }
    this.buffer = pos >= buffer.length ? '' : buffer.slice(pos);
    return out;
  }

  private tooBig(buffer: string, start: number, end: number): boolean {
    const chars = end - start;
    if (chars <= this.maxRowBytes / 3) return false;
    return chars > this.maxRowBytes || utf8Length(buffer.slice(start, end)) > this.maxRowBytes;
  }

  private tooLarge(line: number, lines: number): CsvScanned {
    return {
      kind: 'skipped',
      line,
      lines,
      problem: { reason: 'row_too_large', line, column: 1, field: 0 },
    };
  }

  /** Index just past the line break ending line `offset` (0 = the row's first line) after `start`, or -1. */
  private lineEndAfter(buffer: string, start: number, offset: number): number {
    let at = start;
    for (let i = 0; i <= offset; i++) {
      const end = buffer.indexOf(this.lineBreak, at);
      if (end < 0) return -1;
      at = end + 1;
    }
    return at;
  }

  /** Scans one row from `start`, a line start. */
  private scanRow(buffer: string, start: number, final: boolean): Scan {
    const length = buffer.length;
    const delimiter = this.delimiter;
    const breakCode = this.breakCode;
    const crlf = breakCode === LF;
    const cells: string[] = [];
    let p = start;
    let lines = 0;
    let lineStart = start;
    for (;;) {
      if (p < length && buffer.charCodeAt(p) === QUOTE) {
        const openLine = lines;
        const openColumn = p - lineStart + 1;
        const field = cells.length;
        let value = '';
        let segment = p + 1;
        let q = p + 1;
        for (;;) {
          const next = buffer.indexOf('"', q);
          const stop = next < 0 ? length : next;
          // Line breaks inside the quotes: count them for the lines the row spans.
          for (let at = buffer.indexOf(this.lineBreak, q); at >= 0 && at < stop; ) {
            lines++;
            lineStart = at + 1;
            at = buffer.indexOf(this.lineBreak, at + 1);
          }
          if (next < 0) {
            if (!final) return { kind: 'more', openLine };
            return this.skip(buffer, start, openLine, final, {
              reason: 'unclosed_quote',
              column: openColumn,
              field,
            });
          }
          if (next + 1 >= length && !final) return { kind: 'more', openLine };
          const after = next + 1 < length ? buffer.charCodeAt(next + 1) : -1;
          if (after === QUOTE) {
            value += buffer.slice(segment, next + 1);
            q = next + 2;
            segment = q;
            continue;
          }
          value += buffer.slice(segment, next);
          p = next + 1;
          if (after === -1) {
            cells.push(value);
            return { kind: 'row', end: length, lines: lines + 1, cells };
          }
          if (after === delimiter) {
            cells.push(value);
            p++;
            break;
          }
          if (after === breakCode) {
            cells.push(value);
            return { kind: 'row', end: p + 1, lines: lines + 1, cells };
          }
          if (crlf && after === CR) {
            if (p + 1 >= length && !final) return { kind: 'more', openLine };
            if (buffer.charCodeAt(p + 1) === LF) {
              cells.push(value);
              return { kind: 'row', end: p + 2, lines: lines + 1, cells };
            }
          }
          return this.skip(buffer, start, openLine, final, {
            reason: 'text_after_quote',
            column: openColumn,
            field,
            after: { line: lines, column: p - lineStart + 1 },
          });
        }
        continue;
      }
      let q = p;
      let stray = -1;
      for (; q < length; q++) {
        const c = buffer.charCodeAt(q);
        if (c === delimiter || c === breakCode) break;
        if (c === QUOTE && stray < 0) stray = q;
      }
      if (q >= length && !final) return { kind: 'more' };
      let end = q;
      if (crlf && q < length && end > p && buffer.charCodeAt(end - 1) === CR) end--;
      cells.push(buffer.slice(p, end));
      if (stray >= 0) {
        this.strays.push({
          reason: 'stray_quote',
          line: this.line + lines,
          column: stray - lineStart + 1,
          field: cells.length - 1,
        });
      }
      if (q >= length) return { kind: 'row', end: length, lines: lines + 1, cells };
      if (buffer.charCodeAt(q) === delimiter) {
        p = q + 1;
        continue;
      }
      return { kind: 'row', end: q + 1, lines: lines + 1, cells };
    }
  }

  /** A row whose quoted field went wrong: skipped through the line holding the opening quote. */
  private skip(
    buffer: string,
    start: number,
    openLine: number,
    final: boolean,
    problem: Omit<CsvProblem, 'line'>,
  ): Scan {
    const resume = this.lineEndAfter(buffer, start, openLine);
    // The line of the opening quote has not ended yet: its rest belongs to this row.
    if (resume < 0 && !final) return { kind: 'more', openLine };
    return {
      kind: 'skipped',
      end: resume < 0 ? buffer.length : resume,
      lines: openLine + 1,
      problem: { ...problem, lineOffset: openLine },
    };
  }
}

/** The line break a CSV file uses, from its first chunk of text: `\r` only when it holds no `\n`. */
export function detectLineBreak(head: string): CsvLineBreak {
  return !head.includes('\n') && head.includes('\r') ? '\r' : '\n';
}
