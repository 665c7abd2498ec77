// A single pass over JSON text that JSON.parse has already accepted, to learn what JSON.parse does not say:
// where each record starts (for line numbers) and how deeply each one nests.

/** One element of the record array: its offsets in the text and how many containers deep it goes. */
export interface JsonSpan {
  readonly start: number;
  readonly depth: number;
}

/** The layout of a JSON document. */
export interface JsonLayout {
  /** Elements of the top-level array, or of the top-level object's `records` array. */
  readonly elements: readonly JsonSpan[];
  /** Deepest nesting of the whole document (0 for a scalar, 1 for `[]`). */
  readonly depth: number;
}

const ARRAY = 0;
const OBJECT = 1;

/**
 * Scans valid JSON text for the spans of its records: the elements of a top-level array, or of the array under the
 * top-level key `records`. Runs in linear time and constant stack whatever the nesting.
 */
export function scanJson(text: string): JsonLayout {
  const stack: number[] = [];
  const elements: { start: number; depth: number }[] = [];
  let collectAt = -1;
  let current: { start: number; depth: number } | undefined;
  let expectingKey = false;
  let lastKey: string | undefined;
  let depth = 0;
  const startElement = (at: number) => {
    if (stack.length === collectAt && !current) current = { start: at, depth: 0 };
  };
  const endElement = () => {
    if (current) elements.push(current);
    current = undefined;
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
      depth = Math.max(depth, stack.length);
      if (current) current.depth = Math.max(current.depth, stack.length - collectAt);
      if (c === 0x5b && stack.length === 1) collectAt = 1;
      if (c === 0x5b && stack.length === 2 && stack[0] === OBJECT && lastKey === 'records') {
        collectAt = 2;
      }
      if (c === 0x7b && stack.length === 1) expectingKey = true;
      continue;
    }
    if (c === 0x5d || c === 0x7d) {
      if (stack.length === collectAt) {
        endElement();
        collectAt = -1;
      }
      stack.pop();
      continue;
    }
    if (c === 0x2c) {
      if (stack.length === collectAt) endElement();
      if (stack.length === 1 && stack[0] === OBJECT) expectingKey = true;
      continue;
    }
    if (c === 0x3a) {
      if (stack.length === 1) expectingKey = false;
      continue;
    }
    startElement(i);
  }
  return { elements, depth };
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
