import { utf8Length } from '../safe-object';

/** One line of text, or the number of a line too long to keep. */
export type TextLine =
  | { readonly number: number; readonly text: string; readonly tooLong?: false }
  | { readonly number: number; readonly tooLong: true };

/**
 * Splits text chunks into lines (`\n` or `\r\n`), numbered from 1, synchronously: `push` returns the lines a chunk
 * completes, `end` the last one. A line longer than `maxBytes` is not kept: its characters are dropped as they
 * arrive and it is returned as `tooLong`, so memory stays bounded by `maxBytes`.
 */
export class LineSplitter {
  private buffer = '';
  private number = 1;
  private skipping = false;

  constructor(private readonly maxBytes: number) {}

  /** The lines `chunk` completes, in order. */
  push(chunk: string): TextLine[] {
    const lines: TextLine[] = [];
    let start = 0;
    for (;;) {
      const newline = chunk.indexOf('\n', start);
      if (newline < 0) {
        if (!this.skipping) {
          this.buffer += chunk.slice(start);
          if (this.buffer.length > this.maxBytes) {
            this.skipping = true;
            this.buffer = '';
          }
        }
        break;
      }
      if (this.skipping) {
        lines.push({ number: this.number, tooLong: true });
        this.skipping = false;
      } else if (this.buffer.length > 0) {
        const text = this.buffer + chunk.slice(start, newline);
        this.buffer = '';
        lines.push(this.finish(text));
      } else {
        lines.push(this.finish(chunk.slice(start, newline)));
      }
      this.number++;
      start = newline + 1;
    }
    return lines;
  }

  /** The last line, when the input does not end with a newline. */
  end(): TextLine[] {
    if (this.skipping) return [{ number: this.number, tooLong: true }];
    if (this.buffer.length > 0) {
      const line = this.finish(this.buffer);
      this.buffer = '';
      return [line];
    }
    return [];
  }

  private finish(text: string): TextLine {
    const line = text.charCodeAt(text.length - 1) === 13 ? text.slice(0, -1) : text;
    return line.length * 3 > this.maxBytes && utf8Length(line) > this.maxBytes
      ? { number: this.number, tooLong: true }
      : { number: this.number, text: line };
  }
}
