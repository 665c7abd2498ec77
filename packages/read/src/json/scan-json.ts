// A single pass over JSON text that checkJson has already accepted, to find each record's text without parsing the
// whole document: a reader then parses one record at a time, so a large file never lives in memory as objects.

/** Where the records of a JSON document are. */
export interface JsonRecordSpans {
  /**
   * The record array: the document itself (`container` false) or the top-level object's `records` array (`container`
   * true; the last one, as JSON.parse keeps the last of repeated keys); undefined for any other document.
   */
  readonly array?: { readonly start: number; readonly end: number; readonly container: boolean };
  /** How many elements the array holds. */
  readonly count: number;
  /** Offset of element `i`'s first character. */
  readonly starts: Uint32Array;
  /** Offset just past element `i` (trailing white space may be included). */
  readonly ends: Uint32Array;
}

const ARRAY = 0;
const OBJECT = 1;

/** Offsets kept in typed arrays grown by doubling: 8 bytes per record instead of an object each. */
class OffsetPairs {
  starts = new Uint32Array(1024);
  ends = new Uint32Array(1024);
  count = 0;

  push(start: number, end: number): void {
    if (this.count === this.starts.length) {
      const grow = (old: Uint32Array) => {
        const next = new Uint32Array(old.length * 2);
        next.set(old);
        return next;
      };
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.count++;
  }
}

/**
 * Finds the elements of a top-level array, or of the array under the top-level key `records`, in valid JSON text.
 * Runs in linear time and constant stack whatever the nesting.
 */
export function scanJsonRecords(text: string): JsonRecordSpans {
  const stack: number[] = [];
  let spans = new OffsetPairs();
  let array: { start: number; end: number; container: boolean } | undefined;
  let collectAt = -1;
  let current = -1;
  let expectingKey = false;
  let lastKey: string | undefined;
  const startElement = (at: number) => {
    if (stack.length === collectAt && current < 0) current = at;
  };
  const endElement = (at: number) => {
    if (current >= 0) spans.push(current, at);
    current = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const start = i;
      for (i++; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        if (ch === 0x5c) i++;
        else if (ch === 0x22) break;
      }
      startElement(start);
      if (stack.length === 1 && stack[0] === OBJECT && expectingKey) {
        lastKey = parseKey(text.slice(start, i + 1));
      }
      continue;
    }
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
    if (c === 0x5b || c === 0x7b) {
      startElement(i);
      stack.push(c === 0x5b ? ARRAY : OBJECT);
      const top = c === 0x5b && stack.length === 1;
      if (
        top ||
        (c === 0x5b && stack.length === 2 && stack[0] === OBJECT && lastKey === 'records')
      ) {
        collectAt = stack.length;
        spans = new OffsetPairs();
        array = { start: i, end: text.length, container: !top };
      }
      if (c === 0x7b && stack.length === 1) expectingKey = true;
      continue;
    }
    if (c === 0x5d || c === 0x7d) {
      if (stack.length === collectAt) {
        endElement(i);
        collectAt = -1;
        if (array) array.end = i + 1;
      }
      stack.pop();
      continue;
    }
    if (c === 0x2c) {
      if (stack.length === collectAt) endElement(i);
      if (stack.length === 1 && stack[0] === OBJECT) expectingKey = true;
      continue;
    }
    if (c === 0x3a) {
      if (stack.length === 1) expectingKey = false;
      continue;
    }
    startElement(i);
  }
  return {
    ...(array ? { array } : {}),
    count: spans.count,
    starts: spans.starts,
    ends: spans.ends,
  };
}

function parseKey(literal: string): string | undefined {
  try {
    const key: unknown = JSON.parse(literal);
    return typeof key === 'string' ? key : undefined;
  } catch {
    return undefined;
  }
}

/** Counts lines up to offsets in ascending order, without rescanning: `lineAt(offset)` is 1-based. */
export class LineCounter {
  private offset = 0;
  private line = 1;
  private lineStart = 0;

  constructor(private readonly text: string) {}

  lineAt(offset: number): number {
    if (offset < this.offset) {
      this.offset = 0;
      this.line = 1;
      this.lineStart = 0;
    }
    for (let i = this.offset; i < offset && i < this.text.length; i++) {
      if (this.text.charCodeAt(i) === 0x0a) {
        this.line++;
        this.lineStart = i + 1;
      }
    }
    this.offset = Math.max(this.offset, offset);
    return this.line;
  }

  /** Line and column (both 1-based, the column in UTF-16 code units) of an offset. */
  positionAt(offset: number): { line: number; column: number } {
    const line = this.lineAt(offset);
    return { line, column: offset - this.lineStart + 1 };
  }
}
