// A small, strict, incremental XML tokenizer for the SpreadsheetML parts of a workbook: no DOM, no namespaces (prefixes
// are dropped), no DTD. Text arrives in pieces; elements, text and attributes go to a handler as they complete.
import { ReaderError } from '../../read-context';

/** Where a workbook part cannot be read; becomes an `invalid_xlsx` issue. */
export class XlsxError extends ReaderError {
  constructor(
    detail: string,
    readonly location: { readonly sheet?: string; readonly row?: number } = {},
  ) {
    super('invalid_xlsx', { detail });
    this.name = 'XlsxError';
  }
}

/** Receives the tokens of a part, in document order. */
export interface XmlHandler {
  /** An element opens; `attributes()` reads its attributes as name/value pairs (see `readAttributes`). */
  open(name: string, attributes: () => string[], selfClosing: boolean): void;
  /** An element closes (also called right after `open` for a self-closing element). */
  close(name: string): void;
  /** Decoded character data; one text node may come in several pieces. Only called while `wantsText` is true. */
  text(text: string): void;
  /** True while the handler needs the character data it is inside of. */
  readonly wantsText: boolean;
}

/** Longest tag, comment or processing instruction held while waiting for its end. */
const MAX_TAG_CHARS = 1024 * 1024;
/** Text longer than this is handed over in pieces rather than held whole. */
const TEXT_PIECE_CHARS = 64 * 1024;

const ENTITIES: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
};

/** Decodes the five XML entities and character references; throws on anything else. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&([^;&<]{0,12});?/g, (match, body: string) => {
    if (!match.endsWith(';')) throw new Error(`bad entity reference "${match.slice(0, 20)}"`);
    const named = ENTITIES[body];
    if (named !== undefined) return named;
    const code =
      body[0] === '#'
        ? body[1] === 'x' || body[1] === 'X'
          ? Number.parseInt(body.slice(2), 16)
          : Number.parseInt(body.slice(1), 10)
        : Number.NaN;
    if (!Number.isInteger(code) || code < 0 || code > 0x10ffff || !/^#(x[\da-f]+|\d+)$/i.test(body))
      throw new Error(`unknown entity &${body};`);
    return String.fromCodePoint(code);
  });
}

/**
 * Reads the attributes of a tag (the text between `<` and `>`, or its range `start`–`end` in a longer text) as
 * name/value pairs (`[name, value, name, value…]`, prefixes kept); throws on bad syntax.
 */
export function readAttributes(tag: string, start = 0, end = tag.length): string[] {
  const out: string[] = [];
  let i = start;
  const n = end;
  while (i < n && !isSpace(tag.charCodeAt(i)) && tag[i] !== '/') i++;
  for (;;) {
    while (i < n && isSpace(tag.charCodeAt(i))) i++;
    if (i >= n || tag[i] === '/' || tag[i] === '?') break;
    const eq = tag.indexOf('=', i);
    if (eq < 0 || eq >= n) throw new Error(`bad attribute in <${tag.slice(start, start + 40)}>`);
    const name = tag.slice(i, eq).trim();
    let q = eq + 1;
    while (q < n && isSpace(tag.charCodeAt(q))) q++;
    const quote = tag[q];
    if (name === '' || (quote !== '"' && quote !== "'"))
      throw new Error(`bad attribute in <${tag.slice(start, start + 40)}>`);
    const close = tag.indexOf(quote, q + 1);
    if (close < 0 || close >= n)
      throw new Error(`unterminated attribute in <${tag.slice(start, start + 40)}>`);
    out.push(name, decodeEntities(tag.slice(q + 1, close)));
    i = close + 1;
    if (i < n && !isSpace(tag.charCodeAt(i)) && tag[i] !== '/' && tag[i] !== '?')
      throw new Error(`bad attribute in <${tag.slice(start, start + 40)}>`);
  }
  return out;
}

/** The value of attribute `name` (local name, any prefix) among pairs from `readAttributes`. */
export function attribute(pairs: readonly string[], name: string): string | undefined {
  for (let i = 0; i < pairs.length; i += 2) {
    const key = pairs[i] as string;
    if (key === name || (key.endsWith(name) && key[key.length - name.length - 1] === ':'))
      return pairs[i + 1];
  }
  return undefined;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Feeds text to a handler token by token, across chunks; `end()` checks the document was complete. */
export class XmlScanner {
  private rest = '';
  private readonly stack: string[] = [];
  private sawRoot = false;
  private source = '';
  private tagStart = 0;
  private tagEnd = 0;
  /** Reads the attributes of the tag being opened; one function for every tag, so nothing is allocated per tag. */
  private readonly attributes = () => readAttributes(this.source, this.tagStart, this.tagEnd);

  constructor(private readonly handler: XmlHandler) {}

  /** Scans a piece of the document; throws `Error` on malformed XML. */
  push(piece: string): void {
    const text = this.rest.length > 0 ? this.rest + piece : piece;
    this.rest = '';
    const { handler, stack } = this;
    const n = text.length;
    let i = 0;
    while (i < n) {
      const lt = text.indexOf('<', i);
      if (lt !== i) {
        const end = lt < 0 ? n : lt;
        if (lt < 0) {
          // The text may go on in the next piece: keep it, or hand over what is safe when it is long.
          if (end - i <= TEXT_PIECE_CHARS) {
            this.rest = text.slice(i);
            return;
          }
          let cut = end;
          const amp = text.lastIndexOf('&', end - 1);
          if (amp >= i && text.indexOf(';', amp) < 0) cut = amp;
          this.emitText(text.slice(i, cut));
          this.rest = text.slice(cut);
          return;
        }
        this.emitText(text.slice(i, end));
        i = end;
        continue;
      }
      const next = text.charCodeAt(lt + 1);
      if (next === 33 /* ! */) {
        if (text.startsWith('<!--', lt)) {
          const close = text.indexOf('-->', lt + 4);
          if (close < 0) {
            this.keep(text, lt);
            return;
          }
          i = close + 3;
          continue;
        }
        if (text.startsWith('<![CDATA[', lt)) {
          const close = text.indexOf(']]>', lt + 9);
          if (close < 0) {
            this.keep(text, lt);
            return;
          }
          if (stack.length === 0) throw new Error('character data outside the root element');
          if (handler.wantsText) handler.text(text.slice(lt + 9, close));
          i = close + 3;
          continue;
        }
        if (n - lt < 9) {
          this.keep(text, lt);
          return;
        }
        throw new Error('document type declarations are not allowed');
      }
      if (next === 63 /* ? */) {
        const close = text.indexOf('?>', lt + 2);
        if (close < 0) {
          this.keep(text, lt);
          return;
        }
        i = close + 2;
        continue;
      }
      const gt = tagEnd(text, lt);
      if (gt < 0) {
        this.keep(text, lt);
        return;
      }
      i = gt + 1;
      if (next === 47 /* / */) {
        const open = stack.pop();
        // Most closing tags are exactly `</name>` of the open element: compare in place.
        if (open === undefined || gt !== lt + 2 + open.length || !text.startsWith(open, lt + 2)) {
          const name = text.slice(lt + 2, gt).trim();
          if (open !== name)
            throw new Error(
              open === undefined ? `unexpected </${name}>` : `</${name}> closes <${open}>`,
            );
        }
        handler.close(localName(open));
        continue;
      }
      const selfClosing = text.charCodeAt(gt - 1) === 47;
      const attrEnd = selfClosing ? gt - 1 : gt;
      let nameEnd = lt + 1;
      while (nameEnd < attrEnd && !isSpace(text.charCodeAt(nameEnd))) nameEnd++;
      if (nameEnd === lt + 1) throw new Error('empty tag');
      const name = text.slice(lt + 1, nameEnd);
      if (stack.length === 0) {
        if (this.sawRoot) throw new Error('content after the root element');
        this.sawRoot = true;
      }
      const local = localName(name);
      this.source = text;
      this.tagStart = lt + 1;
      this.tagEnd = attrEnd;
      handler.open(local, this.attributes, selfClosing);
      if (selfClosing) handler.close(local);
      else stack.push(name);
    }
  }

  /** Checks that the document ended with its root element closed. */
  end(): void {
    if (this.rest.trim() !== '' || this.stack.length > 0) {
      const open = this.stack[this.stack.length - 1];
      throw new Error(
        open ? `the part ends inside <${open}> (cut short?)` : 'the part is cut short',
      );
    }
    if (!this.sawRoot) throw new Error('the part is empty');
  }

  private keep(text: string, from: number): void {
    if (text.length - from > MAX_TAG_CHARS) throw new Error('a tag is too long');
    this.rest = text.slice(from);
  }

  private emitText(raw: string): void {
    if (this.stack.length === 0) {
      if (raw.trim() !== '') throw new Error('text outside the root element');
      return;
    }
    if (this.handler.wantsText) this.handler.text(decodeEntities(raw));
  }
}

/** Index of the `>` ending the tag opened at `lt`, skipping quoted attribute values; -1 when not in `text` yet. */
function tagEnd(text: string, lt: number): number {
  let quote = 0;
  const n = text.length;
  for (let i = lt + 1; i < n; i++) {
    const code = text.charCodeAt(i);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === 62) return i;
    else if (code === 34 || code === 39) quote = code;
    else if (code === 60) throw new Error('"<" inside a tag');
  }
  return -1;
}

/** Decodes Excel's `_xHHHH_` escapes (`_x000D_` is a carriage return; `_x005F_` escapes an underscore). */
export function decodeExcelEscapes(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([\da-fA-F]{4})_/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

/** Runs a scanner over decoded pieces of a part; malformed XML becomes an `XlsxError` naming the part. */
export function scanPart(
  pieces: Iterable<string>,
  handler: XmlHandler,
  part: string,
  where: () => { sheet?: string; row?: number } = () => ({}),
): void {
  const scanner = new XmlScanner(handler);
  try {
    for (const piece of pieces) scanner.push(piece);
    scanner.end();
  } catch (error) {
    throw asXlsxError(error, part, where());
  }
}

/** Wraps a scanning error as an `XlsxError` naming the part; leaves reader errors as they are. */
export function asXlsxError(
  error: unknown,
  part: string,
  location: { sheet?: string; row?: number },
): unknown {
  if (error instanceof ReaderError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new XlsxError(`${part}: ${message}`, location);
}
