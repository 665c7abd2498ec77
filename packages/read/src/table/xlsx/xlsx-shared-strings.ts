// The shared strings part, held compactly: all strings joined in one string, with an offset table.
import type { XlsxParts } from './xlsx-parts';
import { decodeExcelEscapes, scanPart, XlsxError } from './xlsx-xml-scanner';

/** Strings longer than this are cut to it (a cell of Excel holds at most 32,767 characters). */
export const MAX_STRING_CHARS = 128 * 1024;

/** The workbook's shared strings, by index. */
export class SharedStrings {
  constructor(
    private readonly joined: string,
    private readonly ends: Uint32Array,
    readonly count: number,
  ) {}

  /** The string at `index`, or undefined when there is none. */
  get(index: number): string | undefined {
    if (!(index >= 0 && index < this.count)) return undefined;
    const start = index === 0 ? 0 : (this.ends[index - 1] as number);
    return this.joined.slice(start, this.ends[index]);
  }
}

/**
 * Reads the shared strings (`<si>`: plain `<t>` or rich-text runs, whose texts are joined; phonetic runs left out),
 * `_xHHHH_` escapes decoded. An absent part is an empty table.
 */
export function readSharedStrings(parts: XlsxParts, part: string | undefined): SharedStrings {
  if (!part || !parts.has(part)) return new SharedStrings('', new Uint32Array(0), 0);
  const pieces: string[] = [];
  let joined = '';
  let length = 0;
  let ends = new Uint32Array(1024);
  let count = 0;
  let current = '';
  let inItem = false;
  let inText = false;
  let phonetic = 0;
  const flush = () => {
    if (pieces.length === 0) return;
    joined += pieces.join('');
    pieces.length = 0;
  };
  scanPart(
    parts.text(part),
    {
      get wantsText() {
        return inText;
      },
      open(name) {
        if (name === 'si') {
          inItem = true;
          current = '';
        } else if (name === 'rPh') phonetic++;
        else if (name === 't' && inItem && phonetic === 0) inText = true;
      },
      close(name) {
        if (name === 't') inText = false;
        else if (name === 'rPh') phonetic--;
        else if (name === 'si' && inItem) {
          inItem = false;
          const text = decodeExcelEscapes(current);
          const kept = text.length > MAX_STRING_CHARS ? text.slice(0, MAX_STRING_CHARS) : text;
          length += kept.length;
          if (length > 0xffffffff) throw new XlsxError('the shared strings are too large');
          pieces.push(kept);
          if (pieces.length >= 4096) flush();
          if (count === ends.length) {
            const grown = new Uint32Array(ends.length * 2);
            grown.set(ends);
            ends = grown;
          }
          ends[count++] = length;
        }
      },
      text(text) {
        if (current.length < MAX_STRING_CHARS) current += text;
      },
    },
    part,
  );
  flush();
  return new SharedStrings(joined, ends.subarray(0, count), count);
}
