import { utf8Length } from './safe-object';

/** One line of text, or the number of a line too long to keep. */
export type TextLine =
  | { readonly number: number; readonly text: string; readonly tooLong?: false }
  | { readonly number: number; readonly tooLong: true };

/**
 * Splits text chunks into lines (`\n` or `\r\n`), numbered from 1. A line longer than `maxBytes` is not kept: its
 * characters are dropped as they arrive and it is yielded as `tooLong`, so memory stays bounded by `maxBytes`.
 */
export async function* splitLines(
  chunks: AsyncIterable<string>,
  maxBytes: number,
): AsyncGenerator<TextLine> {
  let buffer = '';
  let number = 1;
  let skipping = false;
  const finish = (text: string): TextLine => {
    const line = text.endsWith('\r') ? text.slice(0, -1) : text;
    return line.length * 3 > maxBytes && utf8Length(line) > maxBytes
      ? { number, tooLong: true }
      : { number, text: line };
  };
  for await (const chunk of chunks) {
    let start = 0;
    for (;;) {
      const newline = chunk.indexOf('\n', start);
      if (newline < 0) {
        if (!skipping) {
          buffer += chunk.slice(start);
          if (buffer.length > maxBytes) {
            skipping = true;
            buffer = '';
          }
        }
        break;
      }
      if (skipping) {
        yield { number, tooLong: true };
        skipping = false;
      } else {
        const text = buffer + chunk.slice(start, newline);
        buffer = '';
        yield finish(text);
      }
      number++;
      start = newline + 1;
    }
  }
  if (skipping) yield { number, tooLong: true };
  else if (buffer.length > 0) yield finish(buffer);
}
