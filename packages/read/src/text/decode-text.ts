import iconv from 'iconv-lite';
import { concatBytes } from '../byte-chunks';
import type { ReadContext } from '../read-context';
import type { TextEncodingName } from '../read-options';
import { detectEncoding, ENCODING_LABELS, ICONV_NAMES } from './detect-encoding';
import {
  detectLegacyFontText,
  type LegacyEncoding,
  LegacyFontTextDecoder,
} from './legacy-font-text';
import { LocatingUtf8Decoder } from './utf8-decoder';
import { VniDecoder } from './vni';

// Detection looks at up to 1 MiB, and stops earlier once it has 64 KiB with some non-ASCII bytes to judge by.
const SAMPLE_BYTES = 64 * 1024;
const SAMPLE_MAX_BYTES = 1024 * 1024;
const SAMPLE_MIN_NON_ASCII = 32;

interface ChunkDecoder {
  write(bytes: Uint8Array): string;
  end(): string;
}

/**
 * Decodes a byte stream to NFC-normalised text chunks: detects the encoding (see `detectEncoding`) unless the
 * options force one, reports `encoding_converted` when it was not UTF-8, and reports bytes that are not UTF-8 where
 * they are (`encoding_invalid_bytes`) and in total (`invalid_encoding`).
 */
export async function* decodeText(
  chunks: AsyncIterable<Uint8Array>,
  context: ReadContext,
): AsyncGenerator<string> {
  const iterator = chunks[Symbol.asyncIterator]();
  const sample: Uint8Array[] = [];
  let sampleSize = 0;
  let nonAscii = 0;
  let ended = false;
  while (
    sampleSize < SAMPLE_MAX_BYTES &&
    !(sampleSize >= SAMPLE_BYTES && nonAscii >= SAMPLE_MIN_NON_ASCII)
  ) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    sample.push(next.value);
    sampleSize += next.value.length;
    for (const byte of next.value) if (byte >= 0x80) nonAscii++;
  }
  const head = concatBytes(sample, sampleSize);
  const forced = context.options.encoding;
  const detected =
    forced && forced !== 'auto'
      ? { ...detectEncoding(head, ended), encoding: forced, confident: true }
      : detectEncoding(head, ended);
  const bomLength =
    detected.encoding === 'utf-8' || detected.encoding.startsWith('utf-16')
      ? detected.bomLength
      : 0;
  if (detected.encoding !== 'utf-8') {
    context.report('encoding_converted', {
      params: { encoding: ENCODING_LABELS[detected.encoding] },
    });
    if (!detected.confident) {
      context.report('encoding_uncertain', {
        params: { encoding: ENCODING_LABELS[detected.encoding] },
      });
    }
  }
  let decoder = createDecoder(detected.encoding, context);
  if (detected.encoding === 'utf-8' && (!forced || forced === 'auto')) {
    // Valid Unicode may still hold text typed with a legacy font (a "CSV UTF-8" export of such a spreadsheet).
    // Replacement characters (bytes that were not UTF-8) are left out: they are reported, not legacy-font text.
    const legacy = detectLegacyFontText([
      new TextDecoder('utf-8').decode(head.subarray(detected.bomLength)).replaceAll('\ufffd', ''),
    ]);
    if (legacy) {
      context.report('encoding_converted', { params: { encoding: ENCODING_LABELS[legacy] } });
      decoder = withLegacyFontText(decoder, legacy);
    }
  }
  const normalizer = new NfcStream();
  const first = normalizer.push(decoder.write(head.subarray(bomLength)));
  if (first) yield first;
  if (!ended) {
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      const text = normalizer.push(decoder.write(next.value));
      if (text) yield text;
    }
  }
  const rest = normalizer.push(decoder.end()) + normalizer.end();
  if (rest) yield rest;
}

function withLegacyFontText(decoder: ChunkDecoder, encoding: LegacyEncoding): ChunkDecoder {
  const legacy = new LegacyFontTextDecoder(encoding);
  return {
    write: (bytes) => legacy.write(decoder.write(bytes)),
    end: () => legacy.write(decoder.end()) + legacy.end(),
  };
}

function createDecoder(encoding: TextEncodingName, context: ReadContext): ChunkDecoder {
  if (encoding === 'vni') return new VniDecoder();
  if (encoding === 'windows-1258' || encoding === 'tcvn3' || encoding === 'viscii') {
    const name = ICONV_NAMES[encoding];
    return { write: (bytes) => iconv.decode(bytes, name), end: () => '' };
  }
  if (encoding === 'utf-8') return new Utf8Decoder(context);
  const decoder = new TextDecoder(encoding, { ignoreBOM: true });
  return {
    write: (bytes) => decoder.decode(bytes, { stream: true }),
    end: () => decoder.decode(),
  };
}

/** How many runs of invalid bytes are reported one by one; past it, only the total at the end counts them. */
export const MAX_LISTED_INVALID_BYTES = 100;

/**
 * A UTF-8 decoder that reports each run of invalid bytes (`encoding_invalid_bytes`, with its line and column), up to
 * `MAX_LISTED_INVALID_BYTES` of them, and at the end the total (`invalid_encoding`); bad bytes become U+FFFD.
 */
class Utf8Decoder implements ChunkDecoder {
  private readonly decoder: LocatingUtf8Decoder;
  private runs = 0;
  private bytes = 0;

  constructor(private readonly context: ReadContext) {
    this.decoder = new LocatingUtf8Decoder((run) => {
      this.runs++;
      this.bytes += run.count;
      if (this.runs > MAX_LISTED_INVALID_BYTES) return;
      context.report('encoding_invalid_bytes', {
        location: { row: run.line, column: run.column },
        params: { bytes: run.hex, count: run.count, encoding: 'UTF-8' },
      });
    });
  }

  write(bytes: Uint8Array): string {
    return this.decoder.write(bytes);
  }

  end(): string {
    const rest = this.decoder.end();
    if (this.runs > 0) {
      this.context.report('invalid_encoding', {
        params: {
          encoding: 'UTF-8',
          count: this.bytes,
          runs: this.runs,
          listed: Math.min(this.runs, MAX_LISTED_INVALID_BYTES),
        },
      });
    }
    return rest;
  }
}

/**
 * NFC-normalises a stream of text chunks. A chunk's last base character is held back with any combining marks after
 * it, because the next chunk may add marks that compose with it.
 */
class NfcStream {
  private held = '';

  push(text: string): string {
    const all = this.held + text;
    let cut = all.length;
    // Walk back over combining marks to the base character they belong to, and hold that too.
    while (cut > 0) {
      const code = all.charCodeAt(cut - 1);
      cut--;
      if (!isCombining(code)) break;
    }
    // Never split a surrogate pair.
    if (cut > 0 && isLowSurrogate(all.charCodeAt(cut)) && isHighSurrogate(all.charCodeAt(cut - 1)))
      cut--;
    this.held = all.slice(cut);
    return all.slice(0, cut).normalize('NFC');
  }

  end(): string {
    const rest = this.held.normalize('NFC');
    this.held = '';
    return rest;
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function isCombining(code: number): boolean {
  return (
    (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f)
  );
}
