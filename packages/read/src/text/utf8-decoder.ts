// UTF-8 decoding that says where it went wrong: valid chunks take the native decoder's fast path; a chunk with bad
// bytes is walked by hand, each run of invalid bytes replaced by U+FFFD (one per maximal invalid subpart, as the
// WHATWG decoder does) and reported with its line and column.

/** A run of adjacent bytes that are not UTF-8, where the decoded text shows it. */
export interface InvalidBytes {
  /** 1-based line and character column of the first replacement character. */
  readonly line: number;
  readonly column: number;
  /** The bytes, as hex (`93`, `ED A0 80`), at most 8 of them. */
  readonly hex: string;
  /** How many bytes the run has. */
  readonly count: number;
}

/** What a byte sample holds: multi-byte UTF-8 sequences and maximal invalid subparts. */
export interface Utf8Census {
  readonly multiByte: number;
  /** Well-formed sequences of precomposed Vietnamese letters with a tone (U+1EA0–U+1EF9), which legacy text all but never forms. */
  readonly vietnamese: number;
  readonly invalid: number;
}

const REPLACEMENT = '\ufffd';
const MAX_HEX_BYTES = 8;

/**
 * Length of the valid UTF-8 sequence starting at `at`, or the negated length of its maximal invalid subpart (at least
 * 1). A sequence cut by the end of `bytes` counts as invalid unless `more` says bytes may follow, which returns 0.
 */
function sequenceAt(bytes: Uint8Array, at: number, more: boolean): number {
  const b = bytes[at] as number;
  if (b < 0x80) return 1;
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) length = 2;
  else if (b >= 0xe0 && b <= 0xef) {
    length = 3;
    if (b === 0xe0) low = 0xa0;
    else if (b === 0xed) high = 0x9f;
  } else if (b >= 0xf0 && b <= 0xf4) {
    length = 4;
    if (b === 0xf0) low = 0x90;
    else if (b === 0xf4) high = 0x8f;
  } else return -1;
  for (let k = 1; k < length; k++) {
    if (at + k >= bytes.length) return more ? 0 : -k;
    const c = bytes[at + k] as number;
    if (c < low || c > high) return -k;
    low = 0x80;
    high = 0xbf;
  }
  return length;
}

/** Counts multi-byte sequences and invalid subparts, to tell UTF-8 with a few bad bytes from a legacy encoding. */
export function censusUtf8(bytes: Uint8Array, atEnd: boolean): Utf8Census {
  let multiByte = 0;
  let vietnamese = 0;
  let invalid = 0;
  for (let at = 0; at < bytes.length; ) {
    if ((bytes[at] as number) < 0x80) {
      at++;
      continue;
    }
    const length = sequenceAt(bytes, at, !atEnd);
    if (length === 0) break;
    if (length > 0) {
      multiByte++;
      // E1 BA 80 – E1 BB B9: U+1EA0–U+1EF9, the precomposed Vietnamese letters with a tone (ạ ả ấ … ỹ).
      if (
        length === 3 &&
        bytes[at] === 0xe1 &&
        (bytes[at + 1] === 0xba
          ? (bytes[at + 2] as number) >= 0xa0
          : bytes[at + 1] === 0xbb && (bytes[at + 2] as number) <= 0xb9)
      )
        vietnamese++;
      at += length;
    } else {
      invalid++;
      at -= length;
    }
  }
  return { multiByte, vietnamese, invalid };
}

/**
 * A streaming UTF-8 decoder that reports every run of invalid bytes through `onInvalid`. The byte-order mark is the
 * caller's business. Lines are counted on `\n`; columns in UTF-16 code units of the decoded text.
 */
export class LocatingUtf8Decoder {
  private carry: Uint8Array = new Uint8Array(0);
  private line = 1;
  private column = 1;
  private readonly fast = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private readonly lenient = new TextDecoder('utf-8', { ignoreBOM: true });
  /** Bytes not yet shown in a reported run, when a run continues into the next chunk. */
  private pending: { line: number; column: number; bytes: number[]; count: number } | undefined;

  constructor(private readonly onInvalid: (run: InvalidBytes) => void) {}

  write(chunk: Uint8Array): string {
    let bytes = chunk;
    if (this.carry.length > 0) {
      bytes = new Uint8Array(this.carry.length + chunk.length);
      bytes.set(this.carry);
      bytes.set(chunk, this.carry.length);
    }
    const cut = incompleteTail(bytes);
    this.carry = cut < bytes.length ? bytes.slice(cut) : new Uint8Array(0);
    return this.decode(bytes.subarray(0, cut), false);
  }

  end(): string {
    const rest = this.decode(this.carry, true);
    this.carry = new Uint8Array(0);
    this.flush();
    return rest;
  }

  private decode(bytes: Uint8Array, final: boolean): string {
    if (bytes.length === 0) return '';
    let text: string | undefined;
    try {
      text = this.fast.decode(bytes);
    } catch {
      text = undefined;
    }
    if (text !== undefined) {
      this.flush();
      this.advance(text);
      return text;
    }
    let out = '';
    let run = 0;
    for (let at = 0; at < bytes.length; ) {
      const length = (bytes[at] as number) < 0x80 ? 1 : sequenceAt(bytes, at, false);
      if (length > 0) {
        at += length;
        continue;
      }
      if (at > run) {
        this.flush();
        const valid = this.lenient.decode(bytes.subarray(run, at));
        this.advance(valid);
        out += valid;
      }
      this.note(bytes.subarray(at, at - length));
      out += REPLACEMENT;
      this.column++;
      at -= length;
      run = at;
    }
    if (run < bytes.length) {
      this.flush();
      const valid = this.lenient.decode(bytes.subarray(run));
      this.advance(valid);
      out += valid;
    }
    if (final) this.flush();
    return out;
  }

  /** Adds invalid bytes to the current run (adjacent subparts make one run). */
  private note(bytes: Uint8Array): void {
    if (!this.pending) this.pending = { line: this.line, column: this.column, bytes: [], count: 0 };
    for (const byte of bytes) {
      if (this.pending.bytes.length < MAX_HEX_BYTES) this.pending.bytes.push(byte);
      this.pending.count++;
    }
  }

  private flush(): void {
    const run = this.pending;
    if (!run) return;
    this.pending = undefined;
    const hex = run.bytes.map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
    this.onInvalid({
      line: run.line,
      column: run.column,
      hex: run.count > run.bytes.length ? `${hex} …` : hex,
      count: run.count,
    });
  }

  private advance(text: string): void {
    const last = text.lastIndexOf('\n');
    if (last < 0) {
      this.column += text.length;
      return;
    }
    for (let at = text.indexOf('\n'); at >= 0 && at <= last; at = text.indexOf('\n', at + 1))
      this.line++;
    this.column = text.length - last;
  }
}

/** Where a chunk's last, incomplete but so far valid, multi-byte sequence starts (the chunk length when none). */
function incompleteTail(bytes: Uint8Array): number {
  const length = bytes.length;
  for (let back = 1; back <= 3 && back <= length; back++) {
    const at = length - back;
    const b = bytes[at] as number;
    if (b < 0x80) return length;
    if (b >= 0xc0) return sequenceAt(bytes, at, true) === 0 ? at : length;
  }
  return length;
}
